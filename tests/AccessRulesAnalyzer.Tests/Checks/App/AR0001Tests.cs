using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;
using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.AnonymousRoleReusesNamedModuleRoleCheck>;

namespace AccessRulesAnalyzer.Tests.Checks;

public class AR0001Tests
{
    [Fact]
    public async Task AnonymousRoleSharingAModuleRoleWithANamedRole_IsReportedOnThatArgument()
    {
        await Verify.VerifyAnalyzerAsync("""
            using AccessRules;

            [assembly: ModuleRole("Shop.Customer")]
            [assembly: ModuleRole("Shop.Guest")]
            [assembly: UserRole("Customer", "Shop.Customer")]
            [assembly: UserRole("Anonymous", "Shop.Guest", {|#0:"Shop.Customer"|})]
            [assembly: AnonymousUsers("Anonymous")]
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Anonymous", "Shop.Customer", "'Customer'"));
    }

    [Fact]
    public async Task EveryNamedRoleThatSharesTheModuleRole_IsNamed()
    {
        await Verify.VerifyAnalyzerAsync("""
            using AccessRules;

            [assembly: ModuleRole("Shop.Customer")]
            [assembly: UserRole("Customer", "Shop.Customer")]
            [assembly: UserRole("Administrator", "Shop.Customer")]
            [assembly: UserRole("Anonymous", {|#0:"Shop.Customer"|})]
            [assembly: AnonymousUsers("Anonymous")]
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Anonymous", "Shop.Customer", "'Customer', 'Administrator'"));
    }

    [Fact]
    public async Task ModuleRolesGivenAsAnArray_AreLocatedInsideIt()
    {
        await Verify.VerifyAnalyzerAsync("""
            using AccessRules;

            [assembly: UserRole("Customer", "Shop.Customer")]
            [assembly: UserRole("Anonymous", new[] { "Shop.Guest", {|#0:"Shop.Customer"|} })]
            [assembly: AnonymousUsers("Anonymous")]
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Anonymous", "Shop.Customer", "'Customer'"));
    }

    [Fact]
    public async Task ModuleRolesGivenAsACollectionExpression_AreLocatedInsideIt()
    {
        await Verify.VerifyAnalyzerAsync("""
            using AccessRules;

            [assembly: UserRole("Customer", "Shop.Customer")]
            [assembly: UserRole("Anonymous", ["Shop.Guest", {|#0:"Shop.Customer"|}])]
            [assembly: AnonymousUsers("Anonymous")]
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Anonymous", "Shop.Customer", "'Customer'"));
    }

    [Fact]
    public async Task AnonymousRoleWithModuleRolesOfItsOwn_IsNotReported()
    {
        await Verify.VerifyAnalyzerAsync("""
            using AccessRules;

            [assembly: UserRole("Customer", "Shop.Customer", "Catalog.Reader")]
            [assembly: UserRole("Anonymous", "Shop.Guest")]
            [assembly: AnonymousUsers("Anonymous")]
            """);
    }

    [Fact]
    public async Task SharedModuleRolesWithoutAnonymousUsers_AreNotReported()
    {
        await Verify.VerifyAnalyzerAsync("""
            using AccessRules;

            [assembly: UserRole("Customer", "Shop.Customer")]
            [assembly: UserRole("Anonymous", "Shop.Customer")]
            """);
    }

    [Fact]
    public async Task NamedRolesSharingModuleRolesWithEachOther_AreNotReported()
    {
        await Verify.VerifyAnalyzerAsync("""
            using AccessRules;

            [assembly: UserRole("Customer", "Shop.Customer")]
            [assembly: UserRole("Administrator", "Shop.Customer", "Shop.Admin")]
            [assembly: UserRole("Anonymous", "Shop.Guest")]
            [assembly: AnonymousUsers("Anonymous")]
            """);
    }

    [Fact]
    public async Task AnonymousUsersNamingAnUndeclaredRole_IsNotReportedHere()
    {
        await Verify.VerifyAnalyzerAsync("""
            using AccessRules;

            [assembly: UserRole("Customer", "Shop.Customer")]
            [assembly: AnonymousUsers("Visitor")]
            """);
    }

    [Fact]
    public async Task DeclarationsInAnotherFile_AreReportedInTheFileOfTheAnonymousRole()
    {
        await Verify.VerifyAnalyzerAsync(
            new[]
            {
                """
                using AccessRules;
                [assembly: UserRole("Customer", "Shop.Customer")]
                [assembly: AnonymousUsers("Anonymous")]
                """,
                """
                using AccessRules;
                [assembly: UserRole("Anonymous", {|#0:"Shop.Customer"|})]
                """,
            },
            Verify.Diagnostic().WithLocation(0).WithArguments("Anonymous", "Shop.Customer", "'Customer'"));
    }

    [Fact]
    public async Task AR0001_SystemModuleRolesAreSharedByEveryUserRole_AndAreNotReported()
    {
        await Verify.VerifyAnalyzerAsync(Sources.SystemRoles + """
            [assembly: UserRole("Visitor", "Shop.Customer")]
            """);
    }

    [Fact]
    public async Task AR0001_AnotherModuleRoleSharedBesideSystemUser_IsStillReported()
    {
        await Verify.VerifyAnalyzerAsync("""
            using AccessRules;
            [assembly: ModuleRole("Shop.Customer")]
            [assembly: UserRole("Customer", "Shop.Customer", "System.User")]
            [assembly: UserRole("Anonymous", "System.User", {|#0:"Shop.Customer"|})]
            [assembly: AnonymousUsers("Anonymous")]
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Anonymous", "Shop.Customer", "'Customer'"));
    }
}
