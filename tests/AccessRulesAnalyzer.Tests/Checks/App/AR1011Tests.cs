using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Tests.Verification;
using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.SecurityLevelCheck>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR1011: Security level is not Production.</summary>
public class AR1011Tests
{
    [Theory]
    [InlineData("Off")]
    [InlineData("Prototype")]
    public async Task AR1011_SecurityLevelForTestingOnly_IsReported(string level)
    {
        await Verify.VerifyAnalyzerAsync(
            "using AccessRules;\n[assembly: AppSecurity({|#0:SecurityLevel.LEVEL|})]".Replace("LEVEL", level),
            Verify.Diagnostic().WithLocation(0).WithArguments(level));
    }

    [Fact]
    public async Task AR1011_Production_OrNoDeclaration_IsNotReported()
    {
        await Verify.VerifyAnalyzerAsync("using AccessRules;\n[assembly: AppSecurity(SecurityLevel.Production)]");
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles);
    }
}
