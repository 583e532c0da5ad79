using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.OpenServiceCheck>;
using VerifyFix = AccessRulesAnalyzer.Tests.Verification.CSharpCodeFixVerifier<AccessRulesAnalyzer.Checks.OpenServiceCheck, AccessRulesAnalyzer.CodeFixes.RequireAuthenticationCodeFixProvider>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR0017: Published service open to anyone reaches data.</summary>
public class AR0017Tests
{
    private const string Shop = """
        [Entity("Shop")]
        [AccessRule("Shop.Customer", Read = [nameof(Status)])]
        public class Order { public string? Status { get; set; } }

        [Entity("Shop", Persistable = false)] public class Quote { public decimal Total { get; set; } }

        public static class Flows
        {
            [Microflow("Shop")]
            [Retrieves(typeof(Order))]
            public static void OP_Orders() { }

            [Microflow("Shop", ApplyEntityAccess = true)]
            [Retrieves(typeof(Order))]
            public static void OP_OrdersWithAccess() { }
        }

        """;

    [Fact]
    public async Task AR0017_AServiceWithoutAuthenticationThatPublishesData_IsReportedOnTheService()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + Shop + """
            [{|#0:PublishedService(ServiceKind.OData, "Shop", RequiresAuthentication = false)|}]
            [Publishes(typeof(Order))]
            public class OrdersApi { }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("OData", "Shop.OrdersApi", "it requires no authentication", "publishes 'Shop.Order'", "set RequiresAuthentication = true"));
    }

    [Fact]
    public async Task AR0017_AServiceThatAllowsTheAnonymousRole_AndWhoseOperationReachesData_IsReported()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + Shop + """
            [{|#0:PublishedService(ServiceKind.Rest, "Shop", Name = "Orders", AllowedRoles = ["Shop.Customer", "Shop.Guest"])|}]
            [Operation("Shop.OP_Orders", Method = "GET")]
            [Operation("Shop.OP_OrdersWithAccess", Method = "GET")]
            public class OrdersRest { }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments(
                "REST", "Shop.Orders", "it allows anonymous module role 'Shop.Guest'", "its operation Shop.OP_Orders retrieves every 'Shop.Order'", "remove 'Shop.Guest' from AllowedRoles"));
    }

    [Theory]
    [InlineData("[PublishedService(ServiceKind.OData, \"Shop\")]\n[Publishes(typeof(Order))]")]
    [InlineData("[PublishedService(ServiceKind.OData, \"Shop\", AllowedRoles = [\"Shop.Customer\"])]\n[Publishes(typeof(Order))]")]
    [InlineData("[PublishedService(ServiceKind.OData, \"Shop\", RequiresAuthentication = false)]\n[Publishes(typeof(Quote))]")]
    [InlineData("[PublishedService(ServiceKind.Rest, \"Shop\", RequiresAuthentication = false)]\n[Operation(\"Shop.OP_OrdersWithAccess\")]")]
    [InlineData("[PublishedService(ServiceKind.Soap, \"Shop\", RequiresAuthentication = false)]")]
    public async Task AR0017_AuthenticatedServices_AndOpenOnesThatReachNoData_AreNotReported(string declaration)
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + Shop + declaration + "\npublic class Api { }");
    }

    [Fact]
    public async Task AR0017_EverythingAnOpenServiceReaches_IsNamedInOneFinding()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + Shop + """
            [{|#0:PublishedService(ServiceKind.OData, "Shop", RequiresAuthentication = false)|}]
            [Publishes(typeof(Order))]
            [Publishes(typeof(Quote))]
            [Operation("Shop.OP_Orders")]
            public class OrdersApi { }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments(
                "OData", "Shop.OrdersApi", "it requires no authentication", "publishes 'Shop.Order'; its operation Shop.OP_Orders retrieves every 'Shop.Order'", "set RequiresAuthentication = true"));
    }

    [Fact]
    public async Task AR0017_AServiceOpenBothWays_IsToldToDoBoth()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + Shop + """
            [{|#0:PublishedService(ServiceKind.OData, "Shop", RequiresAuthentication = false, AllowedRoles = ["Shop.Guest", "Shop.Customer"])|}]
            [Publishes(typeof(Order))]
            public class OrdersApi { }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments(
                "OData", "Shop.OrdersApi", "it requires no authentication", "publishes 'Shop.Order'", "set RequiresAuthentication = true and remove 'Shop.Guest' from AllowedRoles"));
    }

    [Fact]
    public async Task AR0017_Fix_RequiresAuthentication_AndRemovesTheAnonymousRoles_AndFixAllClosesEachService()
    {
        await VerifyFix.VerifyCodeFixAsync(
            Sources.ShopRoles + Shop + """
            [{|#0:PublishedService(ServiceKind.OData, "Shop", RequiresAuthentication = false)|}]
            [Publishes(typeof(Order))]
            public class OrdersApi { }

            [{|#1:PublishedService(ServiceKind.Rest, "Shop", AllowedRoles = ["Shop.Guest", "Shop.Customer"], Location = "rest/orders/v1")|}]
            [Operation("Shop.OP_Orders")]
            public class OrdersRest { }

            [{|#2:PublishedService(ServiceKind.Soap, "Shop", AllowedRoles = ["Shop.Guest"], RequiresAuthentication = false)|}]
            [Operation("Shop.OP_Orders")]
            public class OrdersSoap { }
            """,
            new[]
            {
                Verify.Diagnostic().WithLocation(0).WithArguments("OData", "Shop.OrdersApi", "it requires no authentication", "publishes 'Shop.Order'", "set RequiresAuthentication = true"),
                Verify.Diagnostic().WithLocation(1).WithArguments(
                    "REST", "Shop.OrdersRest", "it allows anonymous module role 'Shop.Guest'", "its operation Shop.OP_Orders retrieves every 'Shop.Order'", "remove 'Shop.Guest' from AllowedRoles"),
                Verify.Diagnostic().WithLocation(2).WithArguments(
                    "SOAP", "Shop.OrdersSoap", "it requires no authentication", "its operation Shop.OP_Orders retrieves every 'Shop.Order'", "set RequiresAuthentication = true and remove 'Shop.Guest' from AllowedRoles"),
            },
            Sources.ShopRoles + Shop + """
            [PublishedService(ServiceKind.OData, "Shop")]
            [Publishes(typeof(Order))]
            public class OrdersApi { }

            [PublishedService(ServiceKind.Rest, "Shop", AllowedRoles = ["Shop.Customer"], Location = "rest/orders/v1")]
            [Operation("Shop.OP_Orders")]
            public class OrdersRest { }

            [PublishedService(ServiceKind.Soap, "Shop")]
            [Operation("Shop.OP_Orders")]
            public class OrdersSoap { }
            """);
    }

    [Fact]
    public async Task AR0017_Fix_RemovesEveryAnonymousRole_AndLeavesAnAuthenticationTheServiceAlreadyRequires()
    {
        const string Roles = """
            using AccessRules;

            [assembly: ModuleRole("Shop.Customer")]
            [assembly: ModuleRole("Shop.Guest")]
            [assembly: ModuleRole("Shop.Visitor")]
            [assembly: UserRole("Customer", "Shop.Customer")]
            [assembly: UserRole("Anonymous", "Shop.Guest", "Shop.Visitor")]
            [assembly: AnonymousUsers("Anonymous")]

            """;
        await VerifyFix.VerifyCodeFixAsync(
            Roles + Shop + """
            [{|#0:PublishedService(ServiceKind.Rest, "Shop", AllowedRoles = ["Shop.Guest", "Shop.Customer", "Shop.Visitor"], RequiresAuthentication = true)|}]
            [Operation("Shop.OP_Orders")]
            public class OrdersRest { }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments(
                "REST", "Shop.OrdersRest", "it allows anonymous module role 'Shop.Guest'", "its operation Shop.OP_Orders retrieves every 'Shop.Order'", "remove 'Shop.Guest', 'Shop.Visitor' from AllowedRoles"),
            Roles + Shop + """
            [PublishedService(ServiceKind.Rest, "Shop", AllowedRoles = ["Shop.Customer"], RequiresAuthentication = true)]
            [Operation("Shop.OP_Orders")]
            public class OrdersRest { }
            """);
    }

    [Fact]
    public async Task AR0017_Fix_RemovesAnonymousRolesFromArrayCreations_AndRolesNamedByConstants()
    {
        // Array creations are what code before C# 12 writes; a constant names the role as well as a literal does.
        await VerifyFix.VerifyCodeFixAsync(
            Sources.ShopRoles + Shop + """
            public static class Roles { public const string Guest = "Shop.Guest"; }

            [{|#0:PublishedService(ServiceKind.Rest, "Shop", AllowedRoles = new[] { "Shop.Customer", Roles.Guest })|}]
            [Operation("Shop.OP_Orders")]
            public class OrdersRest { }

            [{|#1:PublishedService(ServiceKind.Soap, "Shop", AllowedRoles = new string[] { "Shop.Guest" }, RequiresAuthentication = false)|}]
            [Operation("Shop.OP_Orders")]
            public class OrdersSoap { }
            """,
            new[]
            {
                Verify.Diagnostic().WithLocation(0).WithArguments(
                    "REST", "Shop.OrdersRest", "it allows anonymous module role 'Shop.Guest'", "its operation Shop.OP_Orders retrieves every 'Shop.Order'", "remove 'Shop.Guest' from AllowedRoles"),
                Verify.Diagnostic().WithLocation(1).WithArguments(
                    "SOAP", "Shop.OrdersSoap", "it requires no authentication", "its operation Shop.OP_Orders retrieves every 'Shop.Order'", "set RequiresAuthentication = true and remove 'Shop.Guest' from AllowedRoles"),
            },
            Sources.ShopRoles + Shop + """
            public static class Roles { public const string Guest = "Shop.Guest"; }

            [PublishedService(ServiceKind.Rest, "Shop", AllowedRoles = new[] { "Shop.Customer" })]
            [Operation("Shop.OP_Orders")]
            public class OrdersRest { }

            [PublishedService(ServiceKind.Soap, "Shop")]
            [Operation("Shop.OP_Orders")]
            public class OrdersSoap { }
            """);
    }
}
