using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.StrictPageUrlCheckingOffCheck>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR1031: Strict page URL checking is off at the Production security level.</summary>
public class AR1031Tests
{
    [Fact]
    public async Task AR1031_StrictPageUrlCheckingOffAtProduction_IsReportedOnTheArgument()
    {
        await Verify.VerifyAnalyzerAsync(
            "using AccessRules;\n[assembly: AppSecurity(SecurityLevel.Production, StrictPageUrlChecking = {|#0:false|})]",
            Verify.Diagnostic().WithLocation(0));
    }

    [Theory]
    [InlineData("[assembly: AppSecurity(SecurityLevel.Production)]")]
    [InlineData("[assembly: AppSecurity(SecurityLevel.Production, StrictPageUrlChecking = true)]")]
    [InlineData("[assembly: AppSecurity(SecurityLevel.Prototype, StrictPageUrlChecking = false)]")]
    public async Task AR1031_OnByDefault_OrAnotherLevel_IsNotReported(string declaration)
    {
        await Verify.VerifyAnalyzerAsync("using AccessRules;\n" + declaration);
    }
}
