using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Tests.Verification;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR1011: Security level is not Production.</summary>
public class AR1011Tests
{
    [Theory]
    [InlineData("Off")]
    [InlineData("Prototype")]
    public async Task AR1011_SecurityLevelForTestingOnly_IsReported(string level)
    {
        await CSharpAnalyzerVerifier<SecurityLevelCheck>.VerifyAnalyzerAsync(
            "using AccessRules;\n[assembly: AppSecurity({|#0:SecurityLevel.LEVEL|})]".Replace("LEVEL", level),
            Expect.Diagnostic("AR1011").WithLocation(0).WithArguments(level));
    }

    [Fact]
    public async Task AR1011_Production_OrNoDeclaration_IsNotReported()
    {
        await CSharpAnalyzerVerifier<SecurityLevelCheck>.VerifyAnalyzerAsync("using AccessRules;\n[assembly: AppSecurity(SecurityLevel.Production)]");
        await CSharpAnalyzerVerifier<SecurityLevelCheck>.VerifyAnalyzerAsync(Sources.ShopRoles);
    }
}
