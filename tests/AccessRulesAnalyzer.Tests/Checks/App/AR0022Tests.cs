using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.AnonymousUsersEnabledCheck>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR0022: Anonymous users are enabled (strict set; the tests turn it on).</summary>
public class AR0022Tests
{
    [Fact]
    public async Task AR0022_AnonymousUsersDeclared_IsReportedOnTheDeclaration()
    {
        await Verify.VerifyAnalyzerAsync("""
            using AccessRules;

            [assembly: ModuleRole("Shop.Guest")]
            [assembly: UserRole("Anonymous", "Shop.Guest")]
            [assembly: {|#0:AnonymousUsers("Anonymous")|}]
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Anonymous"));
    }

    [Fact]
    public async Task AR0022_AnAnonymousUsersDeclarationWithoutARole_IsStillReported()
    {
        await Verify.VerifyAnalyzerAsync("""
            using AccessRules;

            [assembly: {|#0:AnonymousUsers(null)|}]
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments(string.Empty));
    }

    [Fact]
    public async Task AR0022_AnAppWithoutAnonymousUsers_IsNotReported()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRolesWithoutAnonymous);
    }

    [Fact]
    public void AR0022_IsOffByDefault()
    {
        Assert.False(AccessRulesAnalyzer.Checks.AnonymousUsersEnabledCheck.Descriptor.IsEnabledByDefault);
    }
}
