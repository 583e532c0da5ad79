using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;
using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.AnonymousSystemEntityAccessCheck>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR0013: Anonymous access to a specialization of a System entity (strict set).</summary>
public class AR0013Tests
{
    [Fact]
    public async Task AR0013_AnonymousAccessToUsersFilesAndImages_IsReported_ConstrainedOrNot()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [{|#0:AccessRule("Shop.Guest", Read = [nameof(Nickname)], XPath = "[id = '[%CurrentUser%]']")|}]
            public class Member : SystemUser { public string? Nickname { get; set; } }

            [Entity("Shop")]
            [{|#1:AccessRule("Shop.Guest", Create = true, XPath = "[System.owner='[%CurrentUser%]']")|}]
            public class Invoice : FileDocument { }

            [Entity("Shop")]
            [{|#2:AccessRule("Shop.Guest", Read = [nameof(Caption)])|}]
            [AccessRule("Shop.Customer", Read = [nameof(Caption)])]
            public class Photo : Image { public string? Caption { get; set; } }

            [Entity("Shop")]
            [AccessRule("Shop.Guest", Read = [nameof(Name)])]
            public class Product { public string? Name { get; set; } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("'Shop.Guest'", "Shop.Member", "System.User"),
            Verify.Diagnostic().WithLocation(1).WithArguments("'Shop.Guest'", "Shop.Invoice", "System.FileDocument"),
            Verify.Diagnostic().WithLocation(2).WithArguments("'Shop.Guest'", "Shop.Photo", "System.Image"));
    }
}
