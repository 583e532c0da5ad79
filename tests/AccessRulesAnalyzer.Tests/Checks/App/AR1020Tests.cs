using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;
using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.NoPasswordPolicyCheck>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR1020: No password policy.</summary>
public class AR1020Tests
{
    [Fact]
    public async Task AR1020_AnAppWithNamedUserRolesAndNoPolicy_IsReportedOnItsFirstNamedUserRole()
    {
        await Verify.VerifyAnalyzerAsync("""
            using AccessRules;

            [assembly: ModuleRole("Shop.Guest")]
            [assembly: ModuleRole("Shop.Customer")]
            [assembly: UserRole("Anonymous", "Shop.Guest")]
            [assembly: {|#0:UserRole("Customer", "Shop.Customer")|}]
            [assembly: AnonymousUsers("Anonymous")]
            """,
            Verify.Diagnostic().WithLocation(0));
    }

    [Theory]
    [InlineData("[assembly: PasswordPolicy(MinimumLength = 8)]\n[assembly: UserRole(\"Customer\", \"Shop.Customer\")]")]
    [InlineData("[assembly: UserRole(\"Anonymous\", \"Shop.Guest\")]\n[assembly: AnonymousUsers(\"Anonymous\")]")]
    public async Task AR1020_WithAPolicy_OrOnlyAnonymousUsers_IsNotReported(string declarations)
    {
        await Verify.VerifyAnalyzerAsync("""
            using AccessRules;

            [assembly: ModuleRole("Shop.Guest")]
            [assembly: ModuleRole("Shop.Customer")]

            """ + declarations);
    }
}
