using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR1002: Access rule names a module role of another module.</summary>
public class AR1002Tests
{
    [Fact]
    public async Task AR1002_RoleOfAnotherModule_IsReported()
    {
        await CSharpAnalyzerVerifier<ModuleRoleOfAnotherModuleCheck>.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [assembly: ModuleRole("Sales.Clerk")]

            [Entity("Shop")]
            [AccessRule("Shop.Customer", {|#0:"Sales.Clerk"|}, "Unknown.Role", Read = [nameof(Name)])]
            public class Product { public string? Name { get; set; } }
            """,
            Expect.Diagnostic("AR1002").WithLocation(0).WithArguments("Sales.Clerk", "Sales", "Shop.Product", "Shop"));
    }
}
