using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.UnknownActionParameterCheck>;
using VerifyFix = AccessRulesAnalyzer.Tests.Verification.CSharpCodeFixVerifier<AccessRulesAnalyzer.Checks.UnknownActionParameterCheck, AccessRulesAnalyzer.CodeFixes.UseDeclaredParameterCodeFixProvider>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR1035: A change or delete names an unknown parameter.</summary>
public class AR1035Tests
{
    private const string Shop = """
        [Entity("Shop")]
        public class Order { public string? Status { get; set; } }

        [Entity("Shop")] public class RushOrder : Order { }

        [Entity("Shop")] public class Tag { public string? Name { get; set; } }

        """;

    [Fact]
    public async Task AR1035_AParameterTheFlowDoesNotHave_OrThatHoldsOtherObjects_IsReportedOnTheName()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + Shop + """
            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Customer"])]
                [Changes(typeof(Order), "Status", Parameter = {|#0:"ordr"|})]
                [Deletes(typeof(Order), Parameter = {|#1:"tag"|})]
                [Changes(typeof(Order), Parameter = {|#2:"note"|})]
                [Deletes(typeof(Order), Parameter = {|#3:"tags"|})]
                [Deletes(typeof(Order), Parameter = {|#5:"Order"|})]
                public static void ACT_Edit(Order order, Tag tag, string note, List<Tag> tags) { }

                [Nanoflow("Shop", AllowedRoles = ["Shop.Customer"])]
                [Deletes(typeof(Tag), Parameter = {|#4:"tag"|})]
                public static void NAV_Clear() { }

                [Microflow("Shop")]
                public static void TransferCart() { }
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Microflow", "Shop.ACT_Edit", "changes", "Shop.Order", "ordr", "it has no parameter of that name; did you mean 'order'?"),
            Verify.Diagnostic().WithLocation(1).WithArguments("Microflow", "Shop.ACT_Edit", "deletes", "Shop.Order", "tag", "it holds 'Shop.Tag' objects"),
            Verify.Diagnostic().WithLocation(2).WithArguments("Microflow", "Shop.ACT_Edit", "changes", "Shop.Order", "note", "it holds no object of an entity"),
            Verify.Diagnostic().WithLocation(3).WithArguments("Microflow", "Shop.ACT_Edit", "deletes", "Shop.Order", "tags", "it holds 'Shop.Tag' objects"),
            Verify.Diagnostic().WithLocation(4).WithArguments("Nanoflow", "Shop.NAV_Clear", "deletes", "Shop.Tag", "tag", "it has no parameters"),
            Verify.Diagnostic().WithLocation(5).WithArguments("Microflow", "Shop.ACT_Edit", "deletes", "Shop.Order", "Order", "it has no parameter of that name; did you mean 'order'?"));
    }

    [Fact]
    public async Task AR1035_TheFlowsParameter_OfTheEntityAboveOrBelowIt_OrAListOfThem_AndTheFlowsOwnObjects_AreNotReported()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + Shop + """
            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Customer"])]
                [Changes(typeof(Order), "Status", Parameter = "order")]
                [Changes(typeof(RushOrder), Parameter = "order")]
                [Deletes(typeof(Order), Parameter = "rush")]
                [Deletes(typeof(Order), Parameter = "orders")]
                [Deletes(typeof(Order), Parameter = "history")]
                [Changes(typeof(Order))]
                [Deletes(typeof(Tag))]
                public static void ACT_Edit(Order order, RushOrder rush, List<Order> orders, Order[] history) { }

                // The compiler reports the half-typed parameter's type; AR1035 leaves it alone.
                [Microflow("Shop")]
                [Deletes(typeof(Order), Parameter = "order")]
                public static void ACT_HalfTyped({|CS0246:Ordr|} order) { }

                [Microflow("Shop")]
                public static void TransferCart() { }
            }
            """);
    }

    [Fact]
    public async Task AR1035_Fix_UsesTheFlowsParameter_AndFixAllFixesEveryName()
    {
        await VerifyFix.VerifyCodeFixAsync(Sources.ShopRoles + Shop + """
            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Customer"])]
                [Changes(typeof(Order), "Status", Parameter = {|#0:"ordr"|})]
                [Deletes(typeof(Order), Parameter = {|#1:"oder"|})]
                public static void ACT_Edit(Order order) { }

                [Microflow("Shop")]
                public static void TransferCart() { }
            }
            """,
            new[]
            {
                Verify.Diagnostic().WithLocation(0).WithArguments("Microflow", "Shop.ACT_Edit", "changes", "Shop.Order", "ordr", "it has no parameter of that name; did you mean 'order'?"),
                Verify.Diagnostic().WithLocation(1).WithArguments("Microflow", "Shop.ACT_Edit", "deletes", "Shop.Order", "oder", "it has no parameter of that name; did you mean 'order'?"),
            },
            Sources.ShopRoles + Shop + """
            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Customer"])]
                [Changes(typeof(Order), "Status", Parameter = "order")]
                [Deletes(typeof(Order), Parameter = "order")]
                public static void ACT_Edit(Order order) { }

                [Microflow("Shop")]
                public static void TransferCart() { }
            }
            """);
    }

    [Fact]
    public async Task AR1035_WithoutASuggestion_NoFixIsOffered()
    {
        await VerifyFix.VerifyNoFixOfferedAsync(Sources.ShopRoles + Shop + """
            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Customer"])]
                [Deletes(typeof(Order), Parameter = {|AR1035:"basket"|})]
                public static void ACT_Edit(Order order) { }

                [Microflow("Shop")]
                public static void TransferCart() { }
            }
            """);
    }
}
