using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.SecurityChecksOffCheck>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR1028: Security checks are off.</summary>
public class AR1028Tests
{
    [Fact]
    public async Task AR1028_ChecksOffForTheAppOrAUserRole_AreReportedOnTheArgument()
    {
        await Verify.VerifyAnalyzerAsync("""
            using AccessRules;

            [assembly: AppSecurity(SecurityLevel.Production, CheckSecurity = {|#0:false|})]
            [assembly: ModuleRole("Shop.Customer")]
            [assembly: UserRole("Customer", "Shop.Customer", CheckSecurity = {|#1:false|})]
            [assembly: UserRole("Clerk", "Shop.Customer", CheckSecurity = true)]
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("the app", "its user roles"),
            Verify.Diagnostic().WithLocation(1).WithArguments("user role 'Customer'", "its users"));
    }

    [Fact]
    public async Task AR1028_ChecksOnByDefault_IsNotReported()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + "[assembly: AppSecurity(SecurityLevel.Production)]");
    }
}
