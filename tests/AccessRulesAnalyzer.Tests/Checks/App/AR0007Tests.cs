using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;
using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.AnonymousUserManagementCheck>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR0007: The anonymous user role can manage users.</summary>
public class AR0007Tests
{
    [Fact]
    public async Task AR0007_AnonymousRoleManagingUsers_IsReportedOnTheArgument()
    {
        await Verify.VerifyAnalyzerAsync("""
            using AccessRules;

            [assembly: UserRole("Customer", "Shop.Customer", ManagesAllRoles = true)]
            [assembly: UserRole("Anonymous", "Shop.Guest", ManagesAllRoles = {|#0:true|}, ManagedRoles = {|#1:["Customer"]|})]
            [assembly: AnonymousUsers("Anonymous")]
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Anonymous", "every user role"),
            Verify.Diagnostic().WithLocation(1).WithArguments("Anonymous", "'Customer'"));
    }

    [Fact]
    public async Task AR0007_WithoutAnonymousUsers_IsNotReported()
    {
        await Verify.VerifyAnalyzerAsync("""
            using AccessRules;

            [assembly: UserRole("Anonymous", "Shop.Guest", ManagesAllRoles = true)]
            """);
    }
}
