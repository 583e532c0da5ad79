using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;
using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.AdministratorReachableAnonymouslyCheck>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR0015: The administrator account is within anonymous reach.</summary>
public class AR0015Tests
{
    private const string Roles = """
        using AccessRules;

        [assembly: ModuleRole("Shop.Guest")]
        [assembly: ModuleRole("Shop.Admin")]
        [assembly: UserRole("Administrator", "Shop.Admin")]

        """;

    [Fact]
    public async Task AR0015_TheAdministratorHavingTheAnonymousUserRole_IsReported()
    {
        await Verify.VerifyAnalyzerAsync(Roles + """
            [assembly: UserRole("Anonymous", "Shop.Guest")]
            [assembly: AnonymousUsers("Anonymous")]
            [assembly: AdministratorAccount("MxAdmin", UserRole = {|#0:"Anonymous"|})]
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("MxAdmin", "its user role 'Anonymous' is the anonymous user role"));
    }

    [Theory]
    [InlineData("ManagesAllRoles = true")]
    [InlineData("ManagedRoles = [\"Administrator\"]")]
    [InlineData("ManagedRoles = [\"Anonymous\", \"Administrator\"]")]
    public async Task AR0015_AnAnonymousUserRoleThatCanManageTheAdministrators_IsReported(string management)
    {
        await Verify.VerifyAnalyzerAsync(Roles + $$"""
            [assembly: UserRole("Anonymous", "Shop.Guest", {{management}})]
            [assembly: AnonymousUsers("Anonymous")]
            [assembly: AdministratorAccount("MxAdmin", UserRole = {|#0:"Administrator"|})]
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("MxAdmin", "the anonymous user role 'Anonymous' can manage its user role 'Administrator'"));
    }

    [Fact]
    public async Task AR0015_AnAdministratorOutOfAnonymousReach_IsNotReported()
    {
        await Verify.VerifyAnalyzerAsync(Roles + """
            [assembly: UserRole("Anonymous", "Shop.Guest", ManagedRoles = ["Anonymous"])]
            [assembly: AnonymousUsers("Anonymous")]
            [assembly: AdministratorAccount("MxAdmin", UserRole = "Administrator")]
            """);
    }

    [Fact]
    public async Task AR0015_AnAdministratorWithoutAName_IsReportedWithAnEmptyName()
    {
        await Verify.VerifyAnalyzerAsync(Roles + """
            [assembly: UserRole("Anonymous", "Shop.Guest")]
            [assembly: AnonymousUsers("Anonymous")]
            [assembly: AdministratorAccount(null!, UserRole = {|#0:"Anonymous"|})]
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("", "its user role 'Anonymous' is the anonymous user role"));
    }
}
