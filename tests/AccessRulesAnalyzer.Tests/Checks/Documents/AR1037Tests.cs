using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.DocumentAttributeUnreadCheck>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR1037: An attribute of a document is on no document.</summary>
public class AR1037Tests
{
    private const string Shop = """
        [Entity("Shop")]
        [AccessRule("Shop.Customer", Read = [nameof(Status)])]
        public class Order { public string? Status { get; set; } }

        """;

    private const string NoFlow = "the method declares no flow; add [Microflow] or [Nanoflow] to it, or remove the attribute";
    private const string NotInClass = "flows are declared on methods of classes; move the method into a class";
    private const string NoPage = "the class declares no page; add [Page] to it, or remove the attribute";
    private const string NoService = "the class declares no published service; add [PublishedService] to it, or remove the attribute";

    [Fact]
    public async Task AR1037_ActionsAndCallsOnAMethodWithoutAFlow_AreReportedOnEachAttribute()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + Shop + """
            public class Flows
            {
                // [Microflow] forgotten: the retrieve would hide from AR0016 what a visitor reaches.
                [{|#0:Retrieves(typeof(Order))|}]
                [{|#1:Changes(typeof(Order), "Status")|}]
                [System.Obsolete]
                public static void ACT_Orders() { }

                [{|#2:Calls("Shop.ACT_Orders")|}]
                [{|#3:Deletes(typeof(Order), Parameter = "order")|}]
                [{|#4:Creates(typeof(Order))|}]
                public void Remove(Order order) { }
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Retrieves", "method", "Flows.ACT_Orders", NoFlow),
            Verify.Diagnostic().WithLocation(1).WithArguments("Changes", "method", "Flows.ACT_Orders", NoFlow),
            Verify.Diagnostic().WithLocation(2).WithArguments("Calls", "method", "Flows.Remove", NoFlow),
            Verify.Diagnostic().WithLocation(3).WithArguments("Deletes", "method", "Flows.Remove", NoFlow),
            Verify.Diagnostic().WithLocation(4).WithArguments("Creates", "method", "Flows.Remove", NoFlow));
    }

    [Fact]
    public async Task AR1037_AFlowOnAMethodOfAStructOrAnInterface_IsReportedWithItsActions()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + Shop + """
            public struct Steps
            {
                [{|#0:Microflow("Shop", AllowedRoles = ["Shop.Guest"])|}]
                [{|#1:Retrieves(typeof(Order))|}]
                public static void ACT_All() { }
            }

            public interface IFlows
            {
                [{|#2:Nanoflow("Shop")|}]
                void NAV_Open();
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Microflow", "method", "Steps.ACT_All", NotInClass),
            Verify.Diagnostic().WithLocation(1).WithArguments("Retrieves", "method", "Steps.ACT_All", NotInClass),
            Verify.Diagnostic().WithLocation(2).WithArguments("Nanoflow", "method", "IFlows.NAV_Open", NotInClass));
    }

    // C# lets a method's attributes stand on accessors, operators and explicit interface implementations too; the model
    // reads flows from ordinary methods alone, so a visitor's microflow there would be in no check.
    [Fact]
    public async Task AR1037_AFlowOnAnAccessorAnOperatorOrAnExplicitInterfaceImplementation_IsReportedWithItsActions()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + Shop + """
            public interface IOrders { void Checkout(); }

            public class Odd : IOrders
            {
                public static int Count
                {
                    [{|#0:Microflow("Shop", AllowedRoles = ["Shop.Guest"])|}]
                    [{|#1:Retrieves(typeof(Order))|}]
                    get => 0;
                }

                [{|#2:Microflow("Shop", AllowedRoles = ["Shop.Guest"])|}]
                public static Odd operator +(Odd a, Odd b) => a;

                [{|#3:Microflow("Shop", AllowedRoles = ["Shop.Guest"])|}]
                void IOrders.Checkout() { }

                [{|#4:Deletes(typeof(Order))|}]
                public static explicit operator int(Odd odd) => 0;

                public event System.Action? Changed
                {
                    [{|#5:Nanoflow("Shop")|}]
                    add { }
                    remove { }
                }

                [{|#6:Microflow("Shop")|}]
                ~Odd() { }

                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                public static void ACT_Ordinary() { }
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Microflow", "method", "Odd.get_Count", NotOrdinary("a property accessor")),
            Verify.Diagnostic().WithLocation(1).WithArguments("Retrieves", "method", "Odd.get_Count", NotOrdinary("a property accessor")),
            Verify.Diagnostic().WithLocation(2).WithArguments("Microflow", "method", "Odd.op_Addition", NotOrdinary("an operator")),
            Verify.Diagnostic().WithLocation(3).WithArguments("Microflow", "method", "Odd.IOrders.Checkout", NotOrdinary("an explicit interface implementation")),
            Verify.Diagnostic().WithLocation(4).WithArguments("Deletes", "method", "Odd.op_Explicit", NotOrdinary("a conversion operator")),
            Verify.Diagnostic().WithLocation(5).WithArguments("Nanoflow", "method", "Odd.add_Changed", NotOrdinary("an event accessor")),
            Verify.Diagnostic().WithLocation(6).WithArguments("Microflow", "method", "Odd.Finalize", NotOrdinary("a finalizer")));
    }

    private static string NotOrdinary(string kind) => $"flows are declared on ordinary methods, and this is {kind}; declare the flow on a method of its own";

    [Fact]
    public async Task AR1037_APagesPartsWithoutPage_AndAServicesPartsWithoutService_AreReportedOnEachAttribute()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + Shop + """
            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Customer"])]
                public static void ACT_Orders() { }
            }

            // [Page] forgotten.
            [{|#0:Shows(typeof(Order), XPath = "[Status = 'Open']")|}]
            [{|#1:Calls("Shop.ACT_Orders")|}]
            public class OrderOverview { }

            // A service is no page, and a page no service.
            [PublishedService(ServiceKind.Rest, "Shop", AllowedRoles = ["Shop.Customer"])]
            [Operation("Shop.ACT_Orders")]
            [{|#2:Shows(typeof(Order))|}]
            public class OrdersApi { }

            [Page("Shop", VisibleFor = ["Shop.Customer"])]
            [Shows(typeof(Order), Members = ["Status"])]
            [Calls("Shop.ACT_Orders")]
            [{|#3:Operation("Shop.ACT_Orders")|}]
            [{|#4:Publishes(typeof(Order))|}]
            public class Orders { }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shows", "class", "OrderOverview", NoPage),
            Verify.Diagnostic().WithLocation(1).WithArguments("Calls", "class", "OrderOverview", NoPage),
            Verify.Diagnostic().WithLocation(2).WithArguments("Shows", "class", "OrdersApi", NoPage),
            Verify.Diagnostic().WithLocation(3).WithArguments("Operation", "class", "Orders", NoService),
            Verify.Diagnostic().WithLocation(4).WithArguments("Publishes", "class", "Orders", NoService));
    }

    [Fact]
    public async Task AR1037_DocumentsWithTheirParts_AClassThatIsPageAndService_AndHalfTypedDeclarations_AreNotReported()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + Shop + """
            public class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Customer"])]
                [Retrieves(typeof(Order), XPath = "[Status = 'Open']")]
                [Changes(typeof(Order), "Status")]
                [Calls("Shop.SUB_Log")]
                public static void ACT_Orders() { }

                [Microflow("Shop")]
                [Creates(typeof(Order))]
                public void SUB_Log() { }

                [Nanoflow("Shop", AllowedRoles = ["Shop.Customer"])]
                [Retrieves(typeof(Order))]
                [Calls("Shop.ACT_Orders")]
                public static void NAV_Orders() { }

                // A declaration without its module is the compiler's error alone; its actions are not reported with it.
                [{|CS7036:Microflow|}]
                [Deletes(typeof(Order))]
                public static void ACT_HalfTyped() { }

                [{|CS7036:Nanoflow|}]
                [Retrieves(typeof(Order))]
                [Calls("Shop.ACT_Orders")]
                public static void NAV_HalfTyped() { }

                [System.Obsolete]
                public static void Helper() { }
            }

            [Page("Shop", VisibleFor = ["Shop.Customer"])]
            [Shows(typeof(Order), Members = ["Status"])]
            [Calls("Shop.ACT_Orders")]
            [PublishedService(ServiceKind.OData, "Shop", AllowedRoles = ["Shop.Customer"])]
            [Operation("Shop.ACT_Orders")]
            [Publishes(typeof(Order))]
            public class OrdersEverywhere { }

            [{|CS7036:Page|}]
            [Shows(typeof(Order))]
            public class HalfTypedPage { }

            [{|CS7036:PublishedService|}]
            [Publishes(typeof(Order))]
            public class HalfTypedService { }
            """);
    }
}
