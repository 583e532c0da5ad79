using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.ClientCalledMicroflowWithoutRolesCheck>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR1025: A microflow the client calls has no allowed roles.</summary>
public class AR1025Tests
{
    [Fact]
    public async Task AR1025_MicroflowsANanoflowAUrlOrAServiceCalls_WithoutAllowedRoles_AreReported()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            public static class Flows
            {
                [Nanoflow("Shop", AllowedRoles = ["Shop.Customer"])]
                public static void NAV_Open() => ACT_Open();

                [{|#0:Microflow("Shop")|}]
                public static void ACT_Open() { }

                [{|#1:Microflow("Shop", Url = "orders/open")|}]
                public static void ACT_ByUrl() { }

                [{|#2:Microflow("Shop")|}]
                public static void OP_List() { }
            }

            [PublishedService(ServiceKind.Rest, "Shop", AllowedRoles = ["Shop.Customer"])]
            [Operation("Shop.OP_List")]
            public class Api { }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.ACT_Open", "nanoflow 'Shop.NAV_Open' calls it"),
            Verify.Diagnostic().WithLocation(1).WithArguments("Shop.ACT_ByUrl", "its URL"),
            Verify.Diagnostic().WithLocation(2).WithArguments("Shop.OP_List", "it runs an operation of service 'Shop.Api'"));
    }

    [Fact]
    public async Task AR1025_EachOperationsMicroflow_AndEachDataSourceOfAPage_IsCalledFromTheClient()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(Number)])]
            public class Order { public string? Number { get; set; } }

            public static class Flows
            {
                [{|#0:Microflow("Shop")|}]
                public static void OP_List() { }

                [{|#1:Microflow("Shop")|}]
                public static void OP_Get() { }

                [{|#2:Microflow("Shop")|}]
                public static List<Order> DS_Open() => new();

                [{|#3:Microflow("Shop")|}]
                public static List<Order> DS_Closed() => new();

                // An empty URL is none.
                [Microflow("Shop", Url = "")]
                public static void ACT_NoUrl() { }
            }

            [PublishedService(ServiceKind.Rest, "Shop", AllowedRoles = ["Shop.Customer"])]
            [Operation("Shop.OP_List")]
            [Operation("Shop.OP_Get")]
            public class Api { }

            [Page("Shop", VisibleFor = ["Shop.Customer"])]
            [Shows(typeof(Order), DataSource = "Shop.DS_Open")]
            [Shows(typeof(Order), DataSource = "Shop.DS_Closed")]
            public class Orders { }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.OP_List", "it runs an operation of service 'Shop.Api'"),
            Verify.Diagnostic().WithLocation(1).WithArguments("Shop.OP_Get", "it runs an operation of service 'Shop.Api'"),
            Verify.Diagnostic().WithLocation(2).WithArguments("Shop.DS_Open", "page 'Shop.Orders' shows its data"),
            Verify.Diagnostic().WithLocation(3).WithArguments("Shop.DS_Closed", "page 'Shop.Orders' shows its data"));
    }

    [Fact]
    public async Task AR1025_APageThatCallsAMicroflowThroughAConstant_InParentheses_IsFound()
    {
        // A name the page writes as a constant is known only to the binder: the page is read for every question.
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            public static class FlowNames { public const string Checkout = "Shop.ACT_Checkout"; }

            public static class Flows
            {
                [{|#0:Microflow("Shop")|}]
                public static void ACT_Checkout() { }
            }

            [Page("Shop", VisibleFor = ["Shop.Customer"])]
            [Calls((FlowNames.Checkout))]
            public class Cart { }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.ACT_Checkout", "page 'Shop.Cart' calls it"));
    }

    [Fact]
    public async Task AR1025_APartialPageCallingThroughConstantsInEachPart_IsFound()
    {
        // Each part writes a name only the binder knows: two such parts leave the page read for every question.
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            public static class FlowNames
            {
                public const string Checkout = "Shop.ACT_Checkout";
                public const string Pay = "Shop.ACT_Pay";
            }

            public static class Flows
            {
                [{|#0:Microflow("Shop")|}]
                public static void ACT_Checkout() { }

                [{|#1:Microflow("Shop")|}]
                public static void ACT_Pay() { }
            }

            [Page("Shop", VisibleFor = ["Shop.Customer"])]
            [Calls(FlowNames.Checkout)]
            public partial class Cart { }

            [Calls(FlowNames.Pay)]
            public partial class Cart { }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.ACT_Checkout", "page 'Shop.Cart' calls it"),
            Verify.Diagnostic().WithLocation(1).WithArguments("Shop.ACT_Pay", "page 'Shop.Cart' calls it"));
    }

    [Fact]
    public async Task AR1025_MicroflowsOnlyMicroflowsCall_TheSignInMicroflow_AndThoseWithRoles_AreNotReported()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Customer"])]
                [Calls("Shop.SUB_Find")]
                public static void ACT_Find() { }

                [Microflow("Shop")]
                public static void SUB_Find() { }

                [Microflow("Shop")]
                public static void TransferCart() { }

                [Nanoflow("Shop", AllowedRoles = ["Shop.Customer"])]
                [Calls("Shop.ACT_Find")]
                public static void NAV_Find() { }
            }
            """);
    }

    [Fact]
    public async Task AR1025_MicroflowsAPageCallsOrShows_WithoutAllowedRoles_AreReported()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            public class Order { public string? Number { get; set; } }

            public static class Flows
            {
                [{|#0:Microflow("Shop")|}]
                public static void ACT_Cancel() { }

                [{|#1:Microflow("Shop")|}]
                public static Order[] DS_Orders() => [];
            }

            [Page("Shop", VisibleFor = ["Shop.Customer"])]
            [Calls("Shop.ACT_Cancel")]
            [Shows(typeof(Order), DataSource = "Shop.DS_Orders")]
            public class Orders { }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.ACT_Cancel", "page 'Shop.Orders' calls it"),
            Verify.Diagnostic().WithLocation(1).WithArguments("Shop.DS_Orders", "page 'Shop.Orders' shows its data"));
    }

    [Fact]
    public async Task AR1025_AMicroflowDeclaredInAnEntityClass_OrInAPartOfAPartialClass_IsRead()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            public partial class Order
            {
                public string? Number { get; set; }

                [{|#0:Microflow("Shop")|}]
                public static void ACT_Cancel() { }
            }

            public partial class Order { }

            [Page("Shop", VisibleFor = ["Shop.Customer"])]
            public partial class Orders { }

            [Calls("Shop.ACT_Cancel")]
            public partial class Orders { }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.ACT_Cancel", "page 'Shop.Orders' calls it"));
    }

    [Fact]
    public async Task AR1025_AModuleLibrarysMicroflowWithoutAllowedRoles_IsReportedOnEachCallOfTheApps_AndOneWithRolesIsNot()
    {
        // The library's own build reports what its own pages call; the app's calls only the app can see.
        await Verify.VerifyAnalyzerWithLibraryAsync("""
            using AccessRules;

            [assembly: ModuleRole("Shop.Customer")]

            namespace Shop;

            [Entity("Shop")]
            public class Item { public string? Name { get; set; } }

            public static class ItemFlows
            {
                [Microflow("Shop")]
                public static System.Collections.Generic.List<Item> SUB_Items() => new();

                [Microflow("Shop", AllowedRoles = ["Shop.Customer"])]
                public static void ACT_Items() { }

                [Nanoflow("Shop")]
                public static void NAV_Items() { }
            }
            """, """
            using AccessRules;

            [assembly: ModuleRole("Web.User")]
            [assembly: UserRole("Customer", "Shop.Customer", "Web.User")]

            [Page("Web", VisibleFor = ["Web.User"])]
            [Calls({|#0:"Shop.SUB_Items"|})]
            [Calls("Shop.ACT_Items")]
            [Calls("Shop.NAV_Items")]
            [Shows(typeof(Shop.Item), DataSource = {|#1:"Shop.SUB_Items"|})]
            public class Items { }

            public static class WebFlows
            {
                [Nanoflow("Web", AllowedRoles = ["Web.User"])]
                [Calls({|#2:"Shop.SUB_Items"|})]
                public static void NAV_Open() { }

                [Nanoflow("Web", AllowedRoles = ["Web.User"])]
                public static void NAV_Load() => {|#4:Shop.ItemFlows.SUB_Items()|};
            }

            [PublishedService(ServiceKind.Rest, "Web", AllowedRoles = ["Web.User"])]
            [Operation({|#3:"Shop.SUB_Items"|})]
            [Operation("Shop.ACT_Items")]
            public class Api { }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.SUB_Items", "page 'Web.Items' calls it"),
            Verify.Diagnostic().WithLocation(1).WithArguments("Shop.SUB_Items", "page 'Web.Items' shows its data"),
            Verify.Diagnostic().WithLocation(2).WithArguments("Shop.SUB_Items", "nanoflow 'Web.NAV_Open' calls it"),
            Verify.Diagnostic().WithLocation(3).WithArguments("Shop.SUB_Items", "it runs an operation of service 'Web.Api'"),
            Verify.Diagnostic().WithLocation(4).WithArguments("Shop.SUB_Items", "nanoflow 'Web.NAV_Load' calls it"));
    }
}
