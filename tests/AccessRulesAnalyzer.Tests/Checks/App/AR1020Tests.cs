using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR1020: No password policy.</summary>
public class AR1020Tests
{
    [Fact]
    public async Task AR1020_AnAppWithNamedUserRolesAndNoPolicy_IsReportedOnItsFirstNamedUserRole()
    {
        await CSharpAnalyzerVerifier<NoPasswordPolicyCheck>.VerifyAnalyzerAsync("""
            using AccessRules;

            [assembly: ModuleRole("Shop.Guest")]
            [assembly: ModuleRole("Shop.Customer")]
            [assembly: UserRole("Anonymous", "Shop.Guest")]
            [assembly: {|#0:UserRole("Customer", "Shop.Customer")|}]
            [assembly: AnonymousUsers("Anonymous")]
            """,
            Expect.Diagnostic("AR1020").WithLocation(0));
    }

    [Theory]
    [InlineData("[assembly: PasswordPolicy(MinimumLength = 8)]\n[assembly: UserRole(\"Customer\", \"Shop.Customer\")]")]
    [InlineData("[assembly: UserRole(\"Anonymous\", \"Shop.Guest\")]\n[assembly: AnonymousUsers(\"Anonymous\")]")]
    public async Task AR1020_WithAPolicy_OrOnlyAnonymousUsers_IsNotReported(string declarations)
    {
        await CSharpAnalyzerVerifier<NoPasswordPolicyCheck>.VerifyAnalyzerAsync("""
            using AccessRules;

            [assembly: ModuleRole("Shop.Guest")]
            [assembly: ModuleRole("Shop.Customer")]

            """ + declarations);
    }
}
