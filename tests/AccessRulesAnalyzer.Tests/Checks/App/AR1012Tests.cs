using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR1012: Duplicate role declaration.</summary>
public class AR1012Tests
{
    [Fact]
    public async Task AR1012_SecondDeclarations_AreReported()
    {
        await CSharpAnalyzerVerifier<DuplicateRoleDeclarationCheck>.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [assembly: ModuleRole({|#0:"Shop.Guest"|})]
            [assembly: UserRole({|#1:"Customer"|}, "Shop.Customer", "Shop.Guest")]
            """,
            Expect.Diagnostic("AR1012").WithLocation(0).WithArguments("Module role", "Shop.Guest"),
            Expect.Diagnostic("AR1012").WithLocation(1).WithArguments("User role", "Customer"));
    }
}
