using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;
using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.XPathTypeMismatchCheck>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR2004: Type mismatch in an XPath comparison.</summary>
public class AR2004Tests
{
    [Fact]
    // Due < '[%CurrentUser%]' is AR2003's to report: one finding per mistake.
    public async Task AR2004_TypeMismatches_AreReportedOnTheComparison()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(Total)], XPath = "[{|#0:Total = 'ten'|}]")]
            [AccessRule("Shop.Customer", Read = [nameof(Total)], XPath = "[{|#1:Shop.Order_Customer = 10|}]")]
            [AccessRule("Shop.Customer", Read = [nameof(Total)], XPath = "[Shop.Order_Customer = 'ID_124123512341']")]
            [AccessRule("Shop.Customer", Read = [nameof(Total)], XPath = "[Due < '[%CurrentUser%]']")]
            [AccessRule("Shop.Customer", Read = [nameof(Total)], XPath = "[{|#3:Paid = 1|}]")]
            [AccessRule("Shop.Customer", Read = [nameof(Total)], XPath = "[Total > 10 and Due < '[%BeginOfCurrentDay%]' and Shop.Order_Customer = '[%CurrentUser%]' and Shop.Order_Customer != empty and Paid = true() and Note = 'x' and Due > '[%BeginOfCurrentDay%] - 1 * [%DayLength%]']")]
            public class Order { public decimal? Total { get; set; } public System.DateTime Due { get; set; } public bool Paid { get; set; } public string? Note { get; set; } public Customer? Customer { get; set; } }

            [Entity("Shop")] public class Customer : SystemUser { }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.Order", "number attribute 'Total'", "a string"),
            Verify.Diagnostic().WithLocation(1).WithArguments("Shop.Order", "association 'Shop.Order_Customer'", "a number"),
            Verify.Diagnostic().WithLocation(3).WithArguments("Shop.Order", "boolean attribute 'Paid'", "a number"));
    }

    [Fact]
    public async Task AR2004_SystemMembersAreTyped()
    {
        await Verify.VerifyAnalyzerAsync(Sources.SystemRoles + """
            [Entity("Shop", StoreOwner = true, StoreCreatedDate = true)]
            [AccessRule("Shop.Customer", Read = [nameof(Quantity)], XPath = "[{|#0:createdDate = 3|}][{|#1:System.owner = 'x' and 1 = 1|}][createdDate > '[%BeginOfCurrentDay%] - [%DayLength%]']")]
            [AccessRule("Shop.Customer", Read = [nameof(Quantity)], XPath = "[{|#2:System.owner = true()|}]")]
            public class Basket { public int Quantity { get; set; } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.Basket", "date attribute 'createdDate'", "a number"),
            Verify.Diagnostic().WithLocation(2).WithArguments("Shop.Basket", "association 'System.owner'", "a boolean"));
    }

    [Fact]
    public async Task AR2004_EachSystemMember_IsAnAssociationToAUserOrADate()
    {
        await Verify.VerifyAnalyzerAsync(Sources.SystemRoles + """
            [Entity("Shop", StoreOwner = true, StoreChangedBy = true, StoreCreatedDate = true, StoreChangedDate = true)]
            [AccessRule("Shop.Customer", Read = [nameof(Quantity)], XPath = "[System.owner = '[%CurrentUser%]'][System.changedBy = '[%CurrentUser%]'][createdDate < '[%CurrentDateTime%]'][changedDate > '[%BeginOfCurrentDay%]']")]
            [AccessRule("Shop.Customer", Read = [nameof(Quantity)], XPath = "[{|#0:System.changedBy = 1|}][{|#1:changedDate = 5|}]")]
            public class Basket { public int Quantity { get; set; } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.Basket", "association 'System.changedBy'", "a number"),
            Verify.Diagnostic().WithLocation(1).WithArguments("Shop.Basket", "date attribute 'changedDate'", "a number"));
    }

    [Fact]
    public async Task AR2004_TheLiteralOnEitherSide_AndEachAttributeTypesOwnMismatches()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(Total)], XPath = "[{|#0:'ten' = Total|}]")]
            [AccessRule("Shop.Customer", Read = [nameof(Total)], XPath = "[{|#1:Note = 5|}]")]
            [AccessRule("Shop.Customer", Read = [nameof(Total)], XPath = "[{|#2:Due = '[%UserRole_Customer%]'|}]")]
            [AccessRule("Shop.Customer", Read = [nameof(Total)], XPath = "[{|#3:Note = '[%CurrentObject%]'|}]")]
            [AccessRule("Shop.Customer", Read = [nameof(Total)], XPath = "[Note = '[%CurrentDateTime%]' and Due > '[%CurrentDateTime%]']")]
            public class Order { public decimal? Total { get; set; } public System.DateTime Due { get; set; } public string? Note { get; set; } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.Order", "number attribute 'Total'", "a string"),
            Verify.Diagnostic().WithLocation(1).WithArguments("Shop.Order", "string attribute 'Note'", "a number"),
            Verify.Diagnostic().WithLocation(2).WithArguments("Shop.Order", "date attribute 'Due'", "'[%UserRole_Customer%]'"),
            Verify.Diagnostic().WithLocation(3).WithArguments("Shop.Order", "string attribute 'Note'", "'[%CurrentObject%]'"));
    }

    [Fact]
    public async Task AR2004_ATokenExpression_IsNamedByItsText()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(Paid)], XPath = "[{|#0:Paid = '[%BeginOfCurrentDay%] - 1 * [%DayLength%]'|}]")]
            public class Order { public bool Paid { get; set; } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.Order", "boolean attribute 'Paid'", "'[%BeginOfCurrentDay%] - 1 * [%DayLength%]'"));
    }

    [Theory]
    [InlineData("'true'")]
    [InlineData("'false'")]
    [InlineData("'TRUE'")]
    [InlineData("\"False\"")]
    [InlineData("true()")]
    public async Task AR2004_AQuotedTrueOrFalse_IsABoolean_NotAMismatch(string value)
    {
        // The platform's true() and false() pages: call the function or enclose the value in quotation marks.
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(IsGoldCustomer)], XPath = "[IsGoldCustomer = VALUE]")]
            [AccessRule("Shop.Customer", Read = [nameof(IsGoldCustomer)], XPath = "[VALUE != IsGoldCustomer]")]
            public class Customer { public bool IsGoldCustomer { get; set; } }
            """.Replace("VALUE", value.Replace("\"", "\\\"")));
    }

    [Fact]
    public async Task AR2004_AnyOtherStringAgainstABoolean_IsAMismatch_AndQuotedTrueAgainstAStringIsAString()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(IsGoldCustomer)], XPath = "[{|#0:IsGoldCustomer = 'yes'|}]")]
            [AccessRule("Shop.Customer", Read = [nameof(IsGoldCustomer)], XPath = "[{|#1:IsGoldCustomer = 'true '|}]")]
            [AccessRule("Shop.Customer", Read = [nameof(IsGoldCustomer)], XPath = "[{|#2:IsGoldCustomer = ''|}]")]
            [AccessRule("Shop.Customer", Read = [nameof(IsGoldCustomer)], XPath = "[Note = 'true']")]
            [AccessRule("Shop.Customer", Read = [nameof(IsGoldCustomer)], XPath = "[{|#3:Total = 'false'|}]")]
            public class Customer { public bool IsGoldCustomer { get; set; } public string? Note { get; set; } public int Total { get; set; } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.Customer", "boolean attribute 'IsGoldCustomer'", "a string"),
            Verify.Diagnostic().WithLocation(1).WithArguments("Shop.Customer", "boolean attribute 'IsGoldCustomer'", "a string"),
            Verify.Diagnostic().WithLocation(2).WithArguments("Shop.Customer", "boolean attribute 'IsGoldCustomer'", "a string"),
            Verify.Diagnostic().WithLocation(3).WithArguments("Shop.Customer", "number attribute 'Total'", "a string"));
    }

    [Fact]
    public async Task AR2004_InAWidgetConstraint_IsReported_AndAParameterOfTheComparedType_IsNoMismatch()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            public class Order { public decimal Total { get; set; } public Customer? Customer { get; set; } }

            [Entity("Shop")] public class Customer : SystemUser { }

            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Customer"], ApplyEntityAccess = true)]
                [Retrieves(typeof(Order), XPath = "[Total > $minimum and Shop.Order_Customer = $customer]")]
                public static void ACT_Find(decimal minimum, Customer customer) { }
            }

            [Page("Shop", VisibleFor = ["Shop.Customer"])]
            [Shows(typeof(Order), XPath = "[{|#0:Total = 'many'|}]")]
            public class Orders { }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("widget of page Shop.Orders", "number attribute 'Total'", "a string"));
    }

    [Fact]
    public async Task AR2004_AParameterOrItsMember_OfAnotherType_IsAMismatch_AndOfTheSameTypeOrAnUnknownOneIsNot()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            public class Order { public decimal Total { get; set; } public string? Note { get; set; } public Status State { get; set; } public Customer? Customer { get; set; } }

            [Entity("Shop")] public class Customer : SystemUser { public int Level { get; set; } public Tag? Tag { get; set; } }
            [Entity("Shop")] public class Gold : Customer { }
            [Entity("Shop")] public class Tag { public string? Name { get; set; } }

            public enum Status { Open, Closed }

            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Customer"], ApplyEntityAccess = true)]
                [Retrieves(typeof(Order), XPath = "[{|#0:Total = $note|}]")]
                [Retrieves(typeof(Order), XPath = "[{|#1:$customer = Note|}]")]
                [Retrieves(typeof(Order), XPath = "[{|#2:Shop.Order_Customer = $tag|}]")]
                [Retrieves(typeof(Order), XPath = "[{|#3:Shop.Order_Customer = $level|}]")]
                [Retrieves(typeof(Order), XPath = "[{|#4:id = $tag|}]")]
                [Retrieves(typeof(Order), XPath = "[{|#5:Note = $customer/Level|}]")]
                [Retrieves(typeof(Order), XPath = "[{|#6:Total > $customer/Shop.Customer_Tag|}]")]
                [Retrieves(typeof(Order), XPath = "[{|#7:Total = $paid|} or {|#8:Note = $since|} or {|#9:Total = $currentUser/Name|} or Note = $currentUser/Name or Shop.Order_Customer = $currentUser]")]
                [Retrieves(typeof(Order), XPath = "[Total > $level and Note = $note and Total < $customer/Level and State = $state and State = $note]")]
                [Retrieves(typeof(Order), XPath = "[Shop.Order_Customer = $customer and Shop.Order_Customer = $gold and Shop.Order_Customer = $currentUser and Shop.Order_Customer = $note]")]
                [Retrieves(typeof(Order), XPath = "[id = $order and id = $note and Note = $tags]")]
                [Retrieves(typeof(Tag), XPath = "[Name = $currentUser/Name]")]
                public static void ACT_Find(decimal level, string note, Customer customer, Gold gold, Tag tag, Order order, Status state, System.Collections.Generic.List<Tag> tags, bool paid, System.DateTime since) { }
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("retrieve of Shop.ACT_Find", "number attribute 'Total'", "'$note' (a string)"),
            Verify.Diagnostic().WithLocation(1).WithArguments("retrieve of Shop.ACT_Find", "string attribute 'Note'", "'$customer' (an object of 'Shop.Customer')"),
            Verify.Diagnostic().WithLocation(2).WithArguments("retrieve of Shop.ACT_Find", "association 'Shop.Order_Customer'", "'$tag' (an object of 'Shop.Tag')"),
            Verify.Diagnostic().WithLocation(3).WithArguments("retrieve of Shop.ACT_Find", "association 'Shop.Order_Customer'", "'$level' (a number)"),
            Verify.Diagnostic().WithLocation(4).WithArguments("retrieve of Shop.ACT_Find", "the id of 'Shop.Order'", "'$tag' (an object of 'Shop.Tag')"),
            Verify.Diagnostic().WithLocation(5).WithArguments("retrieve of Shop.ACT_Find", "string attribute 'Note'", "'$customer/Level' (a number)"),
            Verify.Diagnostic().WithLocation(6).WithArguments("retrieve of Shop.ACT_Find", "number attribute 'Total'", "'$customer/Shop.Customer_Tag' (an object of 'Shop.Tag')"),
            Verify.Diagnostic().WithLocation(7).WithArguments("retrieve of Shop.ACT_Find", "number attribute 'Total'", "'$paid' (a boolean)"),
            Verify.Diagnostic().WithLocation(8).WithArguments("retrieve of Shop.ACT_Find", "string attribute 'Note'", "'$since' (a date)"),
            Verify.Diagnostic().WithLocation(9).WithArguments("retrieve of Shop.ACT_Find", "number attribute 'Total'", "'$currentUser/Name' (a string)"));
    }
}
