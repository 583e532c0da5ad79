using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;
using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.ConstrainedMemberWritableCheck>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR1015: The constraint depends on a member its roles can write.</summary>
public class AR1015Tests
{
    [Fact]
    public async Task AR1015_ConstraintOnAMemberTheSameRolesCanWrite_IsReported_OncePerMemberAndRule()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", ReadWrite = [nameof(Note), nameof(Customer)], XPath = "[{|#0:Shop.Order_Customer|} = '[%CurrentUser%]']")]
            [AccessRule("Shop.Customer", Read = [nameof(Status)], XPath = "[{|#1:Status|} = 'Open' or Status = 'Held']")]
            [AccessRule("Shop.Customer", ReadWrite = [nameof(Status)], XPath = "[System.owner = '[%CurrentUser%]']")]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Note)], XPath = "[Status = 'Open' and Shop.Order_Customer = '[%CurrentUser%]']")]
            public class Order { public string? Note { get; set; } public string? Status { get; set; } public Customer? Customer { get; set; } }

            [Entity("Shop")] public class Customer : SystemUser { }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("'Shop.Customer'", "'Shop.Order_Customer'", "Shop.Order"),
            Verify.Diagnostic().WithLocation(1).WithArguments("'Shop.Customer'", "'Status'", "Shop.Order"));
    }

    [Fact]
    public async Task AR1015_APredicateReadAgainstTheSameEntityThroughASelfAssociation_IsReported()
    {
        // The predicates are read against a Category, the rule's own entity; Title is only read, Parent written by the first rule.
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", ReadWrite = [nameof(Status), nameof(Parent)], XPath = "[{|#0:Shop.Category_Parent|}[{|#1:Status|} = 'Open']]")]
            [AccessRule("Shop.Customer", Read = [nameof(Title)], XPath = "[{|#2:Shop.Category_Parent|}[Title = 'Books']]")]
            public class Category { public string? Title { get; set; } public string? Status { get; set; } [Association("Category_Parent")] public Category? Parent { get; set; } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("'Shop.Customer'", "'Shop.Category_Parent'", "Shop.Category"),
            Verify.Diagnostic().WithLocation(1).WithArguments("'Shop.Customer'", "'Status'", "Shop.Category"),
            Verify.Diagnostic().WithLocation(2).WithArguments("'Shop.Customer'", "'Shop.Category_Parent'", "Shop.Category"));
    }

    [Fact]
    public async Task AR1015_AMemberOfAnAssociatedEntity_IsReportedAtItsStep_WhenTheRolesCanWriteItThere()
    {
        // Order's constraint reads Basket.Status and Basket.Channel; Basket's own rules decide who writes them.
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(Note)], XPath = "[Shop.Order_Basket/Shop.Basket/{|#0:Status|} = 'Open']")]
            [AccessRule("Shop.Customer", Read = [nameof(Note)], XPath = "[Shop.Order_Basket/Shop.Basket[Channel = 'Web' and {|#1:Status|} = 'Open']]")]
            [AccessRule("Shop.Guest", Read = [nameof(Note)], XPath = "[Shop.Order_Basket/Shop.Basket/Status = 'Open']")]
            public class Order { public string? Note { get; set; } public Basket? Basket { get; set; } }

            [Entity("Shop")]
            [AccessRule("Shop.Customer", ReadWrite = [nameof(Status)], Read = [nameof(Channel)])]
            [AccessRule("Shop.Guest", Read = [nameof(Status)])]
            public class Basket { public string? Status { get; set; } public string? Channel { get; set; } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("'Shop.Customer'", "'Status' of 'Shop.Basket'", "Shop.Order"),
            Verify.Diagnostic().WithLocation(1).WithArguments("'Shop.Customer'", "'Status' of 'Shop.Basket'", "Shop.Order"));
    }

    [Fact]
    public async Task AR1015_AnAssociationFollowedFromTheOtherSide_IsWrittenThroughTheEntityThatStoresIt()
    {
        // The association is Order's member: Customer's constraint depends on who may write Order.Customer.
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", ReadWrite = [nameof(Note), nameof(Customer)])]
            [AccessRule("Shop.Guest", Read = [nameof(Note), nameof(Customer)])]
            public class Order { public string? Note { get; set; } public Customer? Customer { get; set; } }

            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(Nickname)], XPath = "[{|#0:Shop.Order_Customer|}/Shop.Order/{|#1:Note|} != empty]")]
            [AccessRule("Shop.Guest", Read = [nameof(Nickname)], XPath = "[Shop.Order_Customer/Shop.Order/Note != empty]")]
            public class Customer : SystemUser { public string? Nickname { get; set; } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("'Shop.Customer'", "'Shop.Order_Customer' of 'Shop.Order'", "Shop.Customer"),
            Verify.Diagnostic().WithLocation(1).WithArguments("'Shop.Customer'", "'Note' of 'Shop.Order'", "Shop.Customer"));
    }

    [Fact]
    public async Task AR1015_SystemMembersAndSystemEntities_AreNotWrittenByRules()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop", StoreOwner = true, StoreCreatedDate = true)]
            [AccessRule("Shop.Customer", ReadWrite = [nameof(Note)])]
            public class Basket { public string? Note { get; set; } }

            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(Text)], XPath = "[Shop.Order_Basket/Shop.Basket/System.owner = '[%CurrentUser%]' and Shop.Order_Basket/Shop.Basket/createdDate > '[%BeginOfCurrentDay%]']")]
            [AccessRule("Shop.Customer", Read = [nameof(Text)], XPath = "[Shop.Order_Basket/Shop.Basket/System.owner/System.User/Name = 'admin']")]
            public class Order { public string? Text { get; set; } public Basket? Basket { get; set; } }
            """);
    }

    [Fact]
    public async Task AR1015_EveryRoleOfTheRuleThatCanWriteTheMember_IsNamed()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", "Shop.Guest", ReadWrite = [nameof(Status)], XPath = "[{|#0:Status|} = 'Open']")]
            public class Order { public string? Status { get; set; } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("'Shop.Customer', 'Shop.Guest'", "'Status'", "Shop.Order"));
    }
}
