using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.StrictModeOffCheck>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR0023: Strict mode is off at the Production security level.</summary>
public class AR0023Tests
{
    [Fact]
    public async Task AR0023_StrictModeOffAtProduction_IsReportedOnTheArgument()
    {
        await Verify.VerifyAnalyzerAsync(
            "using AccessRules;\n[assembly: AppSecurity(SecurityLevel.Production, StrictMode = {|#0:false|})]",
            Verify.Diagnostic().WithLocation(0));
    }

    [Theory]
    [InlineData("[assembly: AppSecurity(SecurityLevel.Production)]")]
    [InlineData("[assembly: AppSecurity(SecurityLevel.Production, StrictMode = true)]")]
    [InlineData("[assembly: AppSecurity(SecurityLevel.Prototype, StrictMode = false)]")]
    [InlineData("")]
    public async Task AR0023_StrictModeOnByDefault_OrAnotherLevel_IsNotReported(string declaration)
    {
        await Verify.VerifyAnalyzerAsync("using AccessRules;\n" + declaration);
    }
}
