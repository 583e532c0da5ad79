using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;
using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.DemoUserUnknownRoleCheck>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR1021: Demo user with an unknown user role.</summary>
public class AR1021Tests
{
    [Fact]
    public async Task AR1021_UndeclaredUserRolesOfDemoUsers_AreReportedOnTheRole()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [assembly: DemoUser("demo_customer", "Customer", {|#0:"Custmer"|})]
            [assembly: DemoUser("demo_clerk", {|#1:"Clerk"|})]
            [assembly: DemoUser("demo_guest", "Anonymous")]
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("demo_customer", "Custmer", "; did you mean 'Customer'?"),
            Verify.Diagnostic().WithLocation(1).WithArguments("demo_clerk", "Clerk", ""));
    }

    [Fact]
    public async Task AR1021_ADemoUserWithoutAName_IsReportedWithAnEmptyName()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [assembly: AppSecurity(SecurityLevel.Prototype)]
            [assembly: DemoUser(null!, {|#0:"Clerk"|})]
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("", "Clerk", ""));
    }
}
