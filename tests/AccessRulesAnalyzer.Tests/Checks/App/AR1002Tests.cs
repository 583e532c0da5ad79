using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;
using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.ModuleRoleOfAnotherModuleCheck>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR1002: Access rule names a module role of another module.</summary>
public class AR1002Tests
{
    [Fact]
    public async Task AR1002_RoleOfAnotherModule_IsReported()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [assembly: ModuleRole("Sales.Clerk")]

            [Entity("Shop")]
            [AccessRule("Shop.Customer", {|#0:"Sales.Clerk"|}, "Unknown.Role", Read = [nameof(Name)])]
            public class Product { public string? Name { get; set; } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Sales.Clerk", "Sales", "Shop.Product", "Shop"));
    }
}
