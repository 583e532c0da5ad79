using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.WeakPasswordHashingCheck>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR1029: Weak password hashing.</summary>
public class AR1029Tests
{
    [Theory]
    [InlineData("SHA256", " and unsalted")]
    [InlineData("MD5", " and broken")]
    public async Task AR1029_Sha256OrMd5_IsReportedOnTheArgument(string algorithm, string why)
    {
        await Verify.VerifyAnalyzerAsync(
            "using AccessRules;\n[assembly: AppSecurity(SecurityLevel.Production, HashAlgorithm = {|#0:PasswordHashing.ALGORITHM|})]".Replace("ALGORITHM", algorithm),
            Verify.Diagnostic().WithLocation(0).WithArguments(algorithm, why));
    }

    [Theory]
    [InlineData("[assembly: AppSecurity(SecurityLevel.Production, HashAlgorithm = PasswordHashing.BCrypt)]")]
    [InlineData("[assembly: AppSecurity(SecurityLevel.Production, HashAlgorithm = PasswordHashing.SSHA256)]")]
    [InlineData("[assembly: AppSecurity(SecurityLevel.Production)]")]
    public async Task AR1029_BCryptByDefault_OrSaltedSha256_IsNotReported(string declaration)
    {
        await Verify.VerifyAnalyzerAsync("using AccessRules;\n" + declaration);
    }
}
