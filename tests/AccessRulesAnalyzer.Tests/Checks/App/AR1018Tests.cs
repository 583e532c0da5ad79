using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;
using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.DemoUsersInProductionCheck>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR1018: Demo users declared at the Production security level.</summary>
public class AR1018Tests
{
    [Theory]
    [InlineData("")]
    [InlineData("[assembly: AppSecurity(SecurityLevel.Production)]")]
    public async Task AR1018_DemoUsersAtProduction_AreReported(string level)
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + level + """

            [assembly: {|#0:DemoUser("demo_customer", "Customer")|}]
            [assembly: {|#1:DemoUser("demo_guest", "Anonymous")|}]
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("demo_customer"),
            Verify.Diagnostic().WithLocation(1).WithArguments("demo_guest"));
    }

    [Fact]
    public async Task AR1018_DemoUsersAtPrototype_AreNotReported()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [assembly: AppSecurity(SecurityLevel.Prototype)]
            [assembly: DemoUser("demo_customer", "Customer")]
            """);
    }

    [Fact]
    public async Task AR1018_ADemoUserWithoutAName_IsReportedWithAnEmptyName()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [assembly: {|#0:DemoUser(null!, "Customer")|}]
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments(""));
    }
}
