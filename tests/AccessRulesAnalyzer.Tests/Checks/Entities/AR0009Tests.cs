using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;
using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.AnonymousUserEntityAccessCheck>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR0009: Anonymous access to an entity of registered users.</summary>
public class AR0009Tests
{
    [Fact]
    public async Task AR0009_AnonymousAccessToAUserSpecialization_IsReported()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [{|#0:AccessRule("Shop.Guest", Read = [nameof(Nickname)], XPath = "[id = '[%CurrentUser%]']")|}]
            [AccessRule("Shop.Customer", AllMembers = MemberAccess.Read)]
            public class Customer : SystemUser { public string? Nickname { get; set; } }

            [Entity("Shop")]
            [AccessRule("Shop.Guest", Read = [nameof(Name)])]
            public class Product { public string? Name { get; set; } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("'Shop.Guest'", "Shop.Customer"));
    }

    [Fact]
    public async Task AnEntityBehindAPlainBaseClass_SpecializesSystemUser()
    {
        // AR0009 reports anonymous access to entities of registered users: the specialization is found through UserBase.
        await Verify.VerifyAnalyzerAsync(Sources.SystemRoles + """
            [Entity("Shop")]
            [{|#0:AccessRule("Shop.Guest", Read = [nameof(Nickname)])|}]
            public class Member : UserBase { public string? Nickname { get; set; } }

            public abstract class UserBase : SystemUser { }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("'Shop.Guest'", "Shop.Member", "System.User"));
    }
}
