using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;
using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.XPathOnNonPersistableEntityCheck>;
using VerifyFix = AccessRulesAnalyzer.Tests.Verification.CSharpCodeFixVerifier<AccessRulesAnalyzer.Checks.XPathOnNonPersistableEntityCheck, AccessRulesAnalyzer.CodeFixes.RemoveXPathCodeFixProvider>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR1006: XPath constraint on a non-persistable entity.</summary>
public class AR1006Tests
{
    [Fact]
    public async Task AR1006_XPathOnANonPersistableEntity_IsRemovedByTheFix()
    {
        await VerifyFix.VerifyCodeFixAsync(Sources.ShopRoles + """
            [Entity("Shop", Persistable = false)]
            [AccessRule("Shop.Guest", AllMembers = MemberAccess.ReadWrite, XPath = {|AR1006:"[System.owner='[%CurrentUser%]']"|})]
            [AccessRule("Shop.Customer", XPath = {|AR1006:"[Query != empty]"|}, Read = [nameof(Query)])]
            public class SearchForm { public string? Query { get; set; } }

            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Guest", AllMembers = MemberAccess.ReadWrite, XPath = "[System.owner='[%CurrentUser%]']")]
            public class Stored { public string? Query { get; set; } }
            """, Sources.ShopRoles + """
            [Entity("Shop", Persistable = false)]
            [AccessRule("Shop.Guest", AllMembers = MemberAccess.ReadWrite)]
            [AccessRule("Shop.Customer", Read = [nameof(Query)])]
            public class SearchForm { public string? Query { get; set; } }

            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Guest", AllMembers = MemberAccess.ReadWrite, XPath = "[System.owner='[%CurrentUser%]']")]
            public class Stored { public string? Query { get; set; } }
            """);
    }
}
