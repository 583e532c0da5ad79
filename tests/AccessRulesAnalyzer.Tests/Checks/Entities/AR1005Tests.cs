using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR1005: Access rule grants nothing.</summary>
public class AR1005Tests
{
    [Fact]
    public async Task AR1005_RuleGrantingNothing_IsReported()
    {
        await CSharpAnalyzerVerifier<RuleGrantsNothingCheck>.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [{|#0:AccessRule("Shop.Customer", XPath = "[Name = 'x']")|}]
            [{|#1:AccessRule("Shop.Customer", Read = ["Nme"])|}]
            [AccessRule("Shop.Customer", Create = true)]
            [AccessRule("Shop.Customer", Delete = true)]
            [AccessRule("Shop.Customer", Read = [nameof(Name)])]
            [AccessRule("Shop.Customer", AllMembers = MemberAccess.Read)]
            public class Product { public string? Name { get; set; } }
            """,
            Expect.Diagnostic("AR1005").WithLocation(0).WithArguments("Shop.Product"),
            Expect.Diagnostic("AR1005").WithLocation(1).WithArguments("Shop.Product"));
    }
}
