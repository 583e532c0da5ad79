using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.DuplicateFlowNameCheck>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR1038: Two flows have the same name.</summary>
public class AR1038Tests
{
    private const string Shop = """
        [Entity("Shop")]
        [AccessRule("Shop.Customer", Read = [nameof(Status)])]
        public class Order { public string? Status { get; set; } }

        [Entity("Shop")]
        [AccessRule("Shop.Customer", Read = [nameof(Count)])]
        public class Cart { public int Count { get; set; } }

        """;

    [Fact]
    public async Task AR1038_OverloadsMethodsOfTwoClassesAndANameThatRenames_AreReportedOnTheFlowsDeclaredLater()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + Shop + """
            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Customer"])]
                public static void ACT_Save(Order order, int count) { }

                [{|#0:Microflow("Shop")|}]
                public static void ACT_Save(Cart cart) { }

                [Nanoflow("Shop", Name = {|#1:"ACT_Save"|})]
                public static void NAV_Save() { }
            }

            public static class MoreFlows
            {
                [{|#2:Nanoflow("Shop")|}]
                public static void ACT_Save(System.Collections.Generic.List<Order> orders) { }
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("microflow", "Shop.ACT_Save", "microflow", "Flows.ACT_Save(Order, int)"),
            Verify.Diagnostic().WithLocation(1).WithArguments("nanoflow", "Shop.ACT_Save", "microflow", "Flows.ACT_Save(Order, int)"),
            Verify.Diagnostic().WithLocation(2).WithArguments("nanoflow", "Shop.ACT_Save", "microflow", "Flows.ACT_Save(Order, int)"));
    }

    [Fact]
    public async Task AR1038_OneNameInTwoModules_ANameThatAvoidsTheMethodsName_AndAPartialMethod_AreNotReported()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + Shop + """
            public static partial class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Customer"])]
                public static void ACT_Save(Order order) { }

                [Microflow("Sales")]
                public static void ACT_Save(Cart cart) { }

                [Microflow("Shop", Name = "ACT_SaveCart")]
                public static void ACT_Save(Cart cart, int count) { }

                // The two parts of a partial method are one flow.
                [Microflow("Shop")]
                public static partial void ACT_Log();
            }

            public static partial class Flows
            {
                public static partial void ACT_Log() { }
            }
            """);
    }
}
