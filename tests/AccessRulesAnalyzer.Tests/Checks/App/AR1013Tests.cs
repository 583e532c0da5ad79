using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;
using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.InvalidAnonymousUsersCheck>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR1013: Invalid anonymous users declaration.</summary>
public class AR1013Tests
{
    [Fact]
    public async Task AR1013_UndeclaredOrRepeatedAnonymousUsers_IsReported()
    {
        await Verify.VerifyAnalyzerAsync("""
            using AccessRules;

            [assembly: UserRole("Anonymous", "Shop.Guest")]
            [assembly: AnonymousUsers({|#0:"Anonymus"|})]
            [assembly: {|#1:AnonymousUsers("Anonymous")|}]
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("User role 'Anonymus' of anonymous users is not declared; did you mean 'Anonymous'?"),
            Verify.Diagnostic().WithLocation(1).WithArguments("[AnonymousUsers] appears more than once: only the first declaration is in force"));
    }

    [Fact]
    public async Task AR1013_AValidDeclaration_IsNotReported()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles);
    }
}
