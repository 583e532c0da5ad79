using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;
using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.RuleGrantsNothingCheck>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR1005: Access rule grants nothing.</summary>
public class AR1005Tests
{
    [Fact]
    public async Task AR1005_RuleGrantingNothing_IsReported()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [{|#0:AccessRule("Shop.Customer", XPath = "[Name = 'x']")|}]
            [{|#1:AccessRule("Shop.Customer", Read = ["Nme"])|}]
            [AccessRule("Shop.Customer", Create = true)]
            [AccessRule("Shop.Customer", Delete = true)]
            [AccessRule("Shop.Customer", Read = [nameof(Name)])]
            [AccessRule("Shop.Customer", AllMembers = MemberAccess.Read)]
            public class Product { public string? Name { get; set; } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.Product"),
            Verify.Diagnostic().WithLocation(1).WithArguments("Shop.Product"));
    }
}
