using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;
using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.DuplicateRoleDeclarationCheck>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR1012: Duplicate role declaration.</summary>
public class AR1012Tests
{
    [Fact]
    public async Task AR1012_SecondDeclarations_AreReported()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [assembly: ModuleRole({|#0:"Shop.Guest"|})]
            [assembly: UserRole({|#1:"Customer"|}, "Shop.Customer", "Shop.Guest")]
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Module role", "Shop.Guest"),
            Verify.Diagnostic().WithLocation(1).WithArguments("User role", "Customer"));
    }
}
