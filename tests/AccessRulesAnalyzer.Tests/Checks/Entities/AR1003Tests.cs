using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;
using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.UnknownMemberCheck>;
using VerifyFix = AccessRulesAnalyzer.Tests.Verification.CSharpCodeFixVerifier<AccessRulesAnalyzer.Checks.UnknownMemberCheck, AccessRulesAnalyzer.CodeFixes.UseSuggestedMemberCodeFixProvider>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR1003: Unknown member.</summary>
public class AR1003Tests
{
    [Fact]
    public async Task AR1003_UnknownMembers_AreReportedOnTheirName()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(Name), {|#0:"Prise"|}], ReadWrite = new[] { {|#1:"Stock"|} })]
            [AccessRule("Shop.Guest", Read = [nameof(Name), "Active"])]
            public class Product : Base { public string? Name { get; set; } public decimal Price { get; set; } }

            [Entity("Shop")] public class Base { public bool Active { get; set; } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.Product", "Prise", "; did you mean 'Price'?"),
            Verify.Diagnostic().WithLocation(1).WithArguments("Shop.Product", "Stock", string.Empty));
    }

    [Fact]
    public async Task AR1003_MembersOfPlainBaseClasses_AreMembersOfTheEntity()
    {
        await Verify.VerifyAnalyzerAsync(Sources.SystemRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(Nickname), nameof(Created), nameof(Name), nameof(BlockedSince), {|#0:"Nicknam"|}])]
            public class Member : UserBase { public string? Nickname { get; set; } }

            public abstract class UserBase : Audited<string> { }
            public abstract class Audited<T> : SystemUser { public System.DateTime Created { get; set; } public T? Tag { get; set; } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.Member", "Nicknam", "; did you mean 'Nickname'?"));
    }

    [Fact]
    public async Task AR1003_AppliesToExceptNames()
    {
        await Verify.VerifyAnalyzerAsync(Sources.SystemRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", AllMembers = MemberAccess.Read, Except = [nameof(Token), {|#0:"Tokn"|}])]
            public class Session { public string? Token { get; set; } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.Session", "Tokn", "; did you mean 'Token'?"));
    }

    [Fact]
    public async Task AR1003_SystemMembersTheEntityStores_AreMembers_AndOnesItDoesNotStoreAreNot()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop", StoreOwner = true, StoreCreatedDate = true)]
            [AccessRule("Shop.Customer", Read = [nameof(Text), "createdDate", "System.owner", {|#0:"changedDate"|}])]
            public class Note { public string? Text { get; set; } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.Note", "changedDate", string.Empty));
    }

    [Fact]
    public async Task AR1003_MembersAFlowChanges_AWidgetShows_OrAServicePublishes_AreCheckedAgainstTheirEntity()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop", StoreCreatedDate = true)]
            [AccessRule("Shop.Customer", Read = [nameof(Status), nameof(Total)])]
            public class Order { public string? Status { get; set; } public decimal Total { get; set; } }

            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(Extra)])]
            public class RushOrder : Order { public string? Extra { get; set; } }

            public static class Flows
            {
                [Microflow("Shop")]
                [Changes(typeof(Order), nameof(Order.Status), {|#0:"Totl"|})]
                public static void SUB_Close() { }
            }

            [Page("Shop", VisibleFor = ["Shop.Customer"])]
            [Shows(typeof(Order), Members = ["Status", "createdDate", {|#1:"Sttus"|}])]
            [Shows(typeof(RushOrder), Members = ["Extra", {|#2:"Colour"|}])]
            public class Orders { }

            [PublishedService(ServiceKind.OData, "Shop", AllowedRoles = ["Shop.Customer"])]
            [Publishes(typeof(Order), Members = ["Total", {|#3:"Price"|}])]
            public class OrdersApi { }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.Order", "Totl", "; did you mean 'Total'?"),
            Verify.Diagnostic().WithLocation(1).WithArguments("Shop.Order", "Sttus", "; did you mean 'Status'?"),
            Verify.Diagnostic().WithLocation(2).WithArguments("Shop.RushOrder", "Colour", string.Empty),
            Verify.Diagnostic().WithLocation(3).WithArguments("Shop.Order", "Price", string.Empty));
    }

    [Fact]
    public async Task AR1003_Fix_InADocument_UsesNameofThroughTheEntityItNames_FixAll()
    {
        const string Documents = """
            namespace Shop
            {
                [Entity("Shop")]
                [AccessRule("Shop.Customer", Read = [nameof(Status)])]
                public class Order { public string? Status { get; set; } public decimal Total { get; set; } }
            }

            public static class Flows
            {
                [Microflow("Shop")]
                [Changes(typeof(Shop.Order), CHANGED)]
                public static void SUB_Close() { }
            }

            [Page("Shop", VisibleFor = ["Shop.Customer"])]
            [Shows(typeof(Shop.Order), Members = [SHOWN])]
            public class Orders { }
            """;
        await VerifyFix.VerifyCodeFixAsync(
            Sources.ShopRoles + Documents.Replace("CHANGED", "{|AR1003:\"Totl\"|}").Replace("SHOWN", "{|AR1003:\"Sttus\"|}"),
            Sources.ShopRoles + Documents.Replace("CHANGED", "nameof(Shop.Order.Total)").Replace("SHOWN", "nameof(Shop.Order.Status)"));
    }

    [Fact]
    public async Task AR1003_Fix_UsesNameofOfTheSuggestedMember_FixAll()
    {
        await VerifyFix.VerifyCodeFixAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(Name), {|AR1003:"Prise"|}], ReadWrite = new[] { {|AR1003:"Stok"|} })]
            [AccessRule("Shop.Guest", AllMembers = MemberAccess.Read, Except = [{|AR1003:"name"|}])]
            public class Product { public string? Name { get; set; } public decimal Price { get; set; } public int Stock { get; set; } }
            """, Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(Name), nameof(Price)], ReadWrite = new[] { nameof(Stock) })]
            [AccessRule("Shop.Guest", AllMembers = MemberAccess.Read, Except = [nameof(Name)])]
            public class Product { public string? Name { get; set; } public decimal Price { get; set; } public int Stock { get; set; } }
            """);
    }

    [Fact]
    public async Task AR1003_AnAssociationWrittenByItsXPathName_SuggestsItsMember_AndTheFixWritesThatMember()
    {
        // The platform lists an association's member rights by its name (Shop.Order_Customer, or the one [Association] gives).
        const string Order = """
            [Entity("Shop")] public class Customer : SystemUser { }
            [Entity("Shop")] public class Address { }

            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(Status), CUSTOMER, DELIVERY, {|#2:"Shop.Order_Address"|}])]
            public class Order
            {
                public string? Status { get; set; }
                public Customer? Customer { get; set; }
                [Association("Order_Delivery")] public Address? Address { get; set; }
            }
            """;
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + Order.Replace("CUSTOMER", "{|#0:\"Shop.Order_Customer\"|}").Replace("DELIVERY", "{|#1:\"Shop.Order_Delivery\"|}"),
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.Order", "Shop.Order_Customer", "; did you mean 'Customer'?"),
            Verify.Diagnostic().WithLocation(1).WithArguments("Shop.Order", "Shop.Order_Delivery", "; did you mean 'Address'?"),
            Verify.Diagnostic().WithLocation(2).WithArguments("Shop.Order", "Shop.Order_Address", string.Empty));
        await VerifyFix.VerifyCodeFixAsync(
            Sources.ShopRoles + Order.Replace("CUSTOMER", "{|AR1003:\"Shop.Order_Customer\"|}").Replace("DELIVERY", "{|AR1003:\"Shop.Order_Delivery\"|}").Replace(", {|#2:\"Shop.Order_Address\"|}", string.Empty),
            Sources.ShopRoles + Order.Replace("CUSTOMER", "nameof(Customer)").Replace("DELIVERY", "nameof(Address)").Replace(", {|#2:\"Shop.Order_Address\"|}", string.Empty));
    }

    [Fact]
    public async Task AR1003_NoSuggestion_OrAConstant_OffersNoFix()
    {
        var source = Sources.ShopRoles + """
            static class Names { public const string Price = "Prise"; }

            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [{|AR1003:"Colour"|}, {|AR1003:Names.Price|}])]
            public class Product { public string? Name { get; set; } public decimal Price { get; set; } }
            """;
        await VerifyFix.VerifyNoFixOfferedAsync(source);
    }
}
