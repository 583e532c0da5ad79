using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.OpenServiceCheck>;

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
            Verify.Diagnostic().WithLocation(0).WithArguments("OData", "Shop.OrdersApi", "it requires no authentication", "publishes 'Shop.Order'", string.Empty));
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
                "REST", "Shop.Orders", "it allows anonymous module role 'Shop.Guest'", "its operation Shop.OP_Orders retrieves every 'Shop.Order'", " and remove 'Shop.Guest' from AllowedRoles"));
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
                "OData", "Shop.OrdersApi", "it requires no authentication", "publishes 'Shop.Order'; its operation Shop.OP_Orders retrieves every 'Shop.Order'", string.Empty));
    }
}
