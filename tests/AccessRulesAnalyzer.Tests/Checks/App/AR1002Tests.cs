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
            Verify.Diagnostic().WithLocation(0).WithArguments("Sales.Clerk", "Sales", "entity 'Shop.Product'", "Shop"));
    }

    [Fact]
    public async Task AR1002_ADocumentNamingARoleOfAnotherModule_IsReported()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [assembly: ModuleRole("Sales.Clerk")]

            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Customer", {|#0:"Sales.Clerk"|}])]
                public static void ACT_Open() { }

                [Nanoflow("Shop", AllowedRoles = [{|#1:"Sales.Clerk"|}])]
                public static void NAV_Open() { }
            }

            [Page("Shop", VisibleFor = [{|#2:"Sales.Clerk"|}, "Unknown.Role"])]
            public class Orders { }

            [PublishedService(ServiceKind.Rest, "Shop", AllowedRoles = [{|#3:"Sales.Clerk"|}])]
            public class Api { }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Sales.Clerk", "Sales", "microflow 'Shop.ACT_Open'", "Shop"),
            Verify.Diagnostic().WithLocation(1).WithArguments("Sales.Clerk", "Sales", "nanoflow 'Shop.NAV_Open'", "Shop"),
            Verify.Diagnostic().WithLocation(2).WithArguments("Sales.Clerk", "Sales", "page 'Shop.Orders'", "Shop"),
            Verify.Diagnostic().WithLocation(3).WithArguments("Sales.Clerk", "Sales", "published service 'Shop.Api'", "Shop"));
    }

    [Fact]
    public async Task AR1002_RolesOfTheOwnModule_SystemRolesOnlyOnSystemDocuments_AndUndeclaredRoles_AreNotReported()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Customer", "Shop.Typo"])]
                public static void ACT_Open() { }
            }

            [Page("Shop", VisibleFor = ["Shop.Customer", "Shop.Guest"])]
            public class Orders { }

            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(Name)])]
            public class Product { public string? Name { get; set; } }
            """);
    }
}
