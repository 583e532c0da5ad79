using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;
using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.AnonymousAdministrationRoleCheck>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR0014: Anonymous user role includes a module role of module Administration (strict set).</summary>
public class AR0014Tests
{
    [Fact]
    public async Task AR0014_AnAdministrationModuleRoleOfTheAnonymousUserRole_IsReported()
    {
        await Verify.VerifyAnalyzerAsync("""
            using AccessRules;

            [assembly: ModuleRole("Shop.Guest")]
            [assembly: ModuleRole("Administration.User")]
            [assembly: ModuleRole("AdministrationTools.Viewer")]
            [assembly: UserRole("Anonymous", "Shop.Guest", {|#0:"Administration.User"|}, "AdministrationTools.Viewer")]
            [assembly: UserRole("Admin", "Administration.User")]
            [assembly: AnonymousUsers("Anonymous")]
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Anonymous", "Administration.User"));
    }

    [Fact]
    public async Task AR0014_WithoutAnonymousUsers_NothingIsReported()
    {
        await Verify.VerifyAnalyzerAsync("""
            using AccessRules;

            [assembly: ModuleRole("Administration.User")]
            [assembly: UserRole("Anonymous", "Administration.User")]
            """);
    }
}
