using AccessRulesAnalyzer.Rules;
using AccessRulesAnalyzer.Tests.Verification;

namespace AccessRulesAnalyzer.Tests.Rules;

/// <summary>AR3002: Approved anonymous access that is no longer granted.</summary>
public class AR3002Tests
{
    private static readonly string Shop = AR3001Tests.Shop.Replace("{|#0:", "").Replace("{|#1:", "").Replace("{|#2:", "").Replace(")|}]", ")]");

    [Fact]
    public async Task AR3002_AnApprovedLineNoRuleGrants_IsReportedOnTheLine()
    {
        await CSharpAnalyzerVerifier<ApprovedAccessNoLongerGrantedCheck>.VerifyAnalyzerAsync(
            Shop,
            [("AnonymousAccess.approved.txt", """
                # approved
                Shop.CartLine | [System.owner='[%CurrentUser%]'] | user | create; read Note, Quantity; write Quantity
                {|#0:Shop.Product | * | none | read Name, Price|}
                {|#1:Shop.Wish | * | none | read Text|}
                Shop.Product | * | none | read Name
                """)],
            Expect.Diagnostic("AR3002").WithLocation(0).WithArguments("Shop.Product | * | none | read Name, Price"),
            Expect.Diagnostic("AR3002").WithLocation(1).WithArguments("Shop.Wish | * | none | read Text"));
    }

    [Fact]
    public async Task AR3002_WithoutAnonymousUsers_EveryApprovedLineIsStale()
    {
        await CSharpAnalyzerVerifier<ApprovedAccessNoLongerGrantedCheck>.VerifyAnalyzerAsync(
            Sources.ShopRolesWithoutAnonymous + """
            [Entity("Shop")]
            [AccessRule("Shop.Guest", Read = [nameof(Name)])]
            public class Product { public string? Name { get; set; } }
            """,
            [("AnonymousAccess.approved.txt", "{|#0:Shop.Product | * | none | read Name|}\n")],
            Expect.Diagnostic("AR3002").WithLocation(0).WithArguments("Shop.Product | * | none | read Name"));
    }
}
