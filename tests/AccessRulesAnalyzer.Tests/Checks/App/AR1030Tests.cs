using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.DefaultAdministratorNameCheck>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR1030: The administrator account keeps its default name.</summary>
public class AR1030Tests
{
    [Theory]
    [InlineData("MxAdmin")]
    [InlineData("mxadmin")]
    public async Task AR1030_TheDefaultNameAtProduction_IsReportedOnTheName(string name)
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRolesWithoutAnonymous + $$"""
            [assembly: AdministratorAccount({|#0:"{{name}}"|}, UserRole = "Customer")]
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments(name));
    }

    [Theory]
    [InlineData("[assembly: AdministratorAccount(\"shop_admin\", UserRole = \"Customer\")]")]
    [InlineData("[assembly: AdministratorAccount(\"MxAdmin\")]\n[assembly: AppSecurity(SecurityLevel.Prototype)]")]
    [InlineData("")]
    public async Task AR1030_AnotherName_AnotherLevel_OrNoAccount_IsNotReported(string declarations)
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRolesWithoutAnonymous + declarations);
    }
}
