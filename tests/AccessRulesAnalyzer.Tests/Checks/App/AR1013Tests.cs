using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR1013: Invalid anonymous users declaration.</summary>
public class AR1013Tests
{
    [Fact]
    public async Task AR1013_UndeclaredOrRepeatedAnonymousUsers_IsReported()
    {
        await CSharpAnalyzerVerifier<InvalidAnonymousUsersCheck>.VerifyAnalyzerAsync("""
            using AccessRules;

            [assembly: UserRole("Anonymous", "Shop.Guest")]
            [assembly: AnonymousUsers({|#0:"Anonymus"|})]
            [assembly: {|#1:AnonymousUsers("Anonymous")|}]
            """,
            Expect.Diagnostic("AR1013").WithLocation(0).WithArguments("User role 'Anonymus' of anonymous users is not declared; did you mean 'Anonymous'?"),
            Expect.Diagnostic("AR1013").WithLocation(1).WithArguments("[AnonymousUsers] appears more than once: only the first declaration is in force"));
    }

    [Fact]
    public async Task AR1013_AValidDeclaration_IsNotReported()
    {
        await CSharpAnalyzerVerifier<InvalidAnonymousUsersCheck>.VerifyAnalyzerAsync(Sources.ShopRoles);
    }
}
