using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;
using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.UnusedModuleRoleCheck>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR1016: Module role that no user role includes.</summary>
public class AR1016Tests
{
    [Fact]
    public async Task AR1016_ModuleRoleNoUserRoleIncludes_IsReportedInAnApp_NotInAModuleLibrary()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [assembly: ModuleRole({|#0:"Shop.Auditor"|})]
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.Auditor"));
        await Verify.VerifyAnalyzerAsync("""
            using AccessRules;
            [assembly: ModuleRole("Shop.Auditor")]
            """);
    }

    [Fact]
    public async Task AR1016_DeclaredSystemModuleRoles_AreNotReportedAsUnused()
    {
        await Verify.VerifyAnalyzerAsync("""
            using AccessRules;
            [assembly: ModuleRole("System.User")]
            [assembly: ModuleRole("System.Administrator")]
            [assembly: ModuleRole("Shop.Customer")]
            [assembly: ModuleRole({|#0:"Shop.Clerk"|})]
            [assembly: UserRole("Customer", "Shop.Customer", "System.User")]
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.Clerk"));
    }
}
