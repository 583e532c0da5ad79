using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;
using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.WeakPasswordPolicyCheck>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR1019: Password policy weaker than recommended.</summary>
public class AR1019Tests
{
    [Theory]
    [InlineData("MinimumLength = 8, RequireDigit = true, RequireMixedCase = true, RequireSymbol = true", "accepts passwords of 8 characters")]
    [InlineData("MinimumLength = 12, RequireMixedCase = true, RequireSymbol = true", "requires no digit")]
    [InlineData("MinimumLength = 14, RequireDigit = true, RequireSymbol = true", "requires no mixed case")]
    [InlineData("MinimumLength = 12, RequireDigit = true, RequireMixedCase = true", "requires no symbol")]
    [InlineData("", "accepts passwords of 0 characters, requires no digit, requires no mixed case, requires no symbol")]
    [InlineData("MinimumLength = 1, RequireDigit = true, RequireMixedCase = true, RequireSymbol = true", "accepts passwords of 1 character")]
    public async Task AR1019_AWeakPolicy_IsReportedWithWhatItLacks(string settings, string weaknesses)
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + $$"""
            [assembly: {|#0:PasswordPolicy({{settings}})|}]
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments(weaknesses));
    }

    [Fact]
    public async Task AR1019_TheRecommendedPolicy_IsNotReported()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [assembly: PasswordPolicy(MinimumLength = 12, RequireDigit = true, RequireMixedCase = true, RequireSymbol = true)]
            """);
    }
}
