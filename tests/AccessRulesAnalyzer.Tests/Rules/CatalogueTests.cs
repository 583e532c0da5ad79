using AccessRulesAnalyzer.Rules;
using AccessRulesAnalyzer.Tests.Verification;

namespace AccessRulesAnalyzer.Tests.Rules;

/// <summary>AR0008, AR1004, AR1008, AR1009, AR1015 and AR2002–AR2004, with their fixes.</summary>
public class CatalogueTests
{
    [Fact]
    public async Task AR0008_AllMembers_IsInfo_AndAWarningForAnonymousRoles()
    {
        await CSharpAnalyzerVerifier<AllMembersCheck>.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", AllMembers = {|#0:MemberAccess.Read|})]
            [AccessRule("Shop.Guest", AllMembers = {|#1:MemberAccess.ReadWrite|})]
            [AccessRule("Shop.Customer", AllMembers = MemberAccess.None, Read = [nameof(Name)])]
            public class Product { public string? Name { get; set; } }
            """,
            Expect.Diagnostic("AR0008").WithLocation(0).WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Info).WithArguments("Read", "Shop.Product", "'Shop.Customer'"),
            Expect.Diagnostic("AR0008").WithLocation(1).WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithArguments("ReadWrite", "Shop.Product", "'Shop.Guest'"));
    }

    [Fact]
    public async Task AR0008_Fix_ListsTheMembers_KeepingWriteOffComputedOnes()
    {
        await CSharpCodeFixVerifier<AllMembersCheck, CodeFixes.ListMembersCodeFixProvider>.VerifyCodeFixAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", AllMembers = {|AR0008:MemberAccess.Read|}, ReadWrite = [nameof(Note)])]
            [AccessRule("Shop.Admin", AllMembers = {|AR0008:MemberAccess.ReadWrite|})]
            public class Order : Base { public string? Note { get; set; } [AutoNumber] public long Number { get; set; } }

            [Entity("Shop")] public class Base { public bool Active { get; set; } }
            """, Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", ReadWrite = [nameof(Note)], Read = new[] { nameof(Number), nameof(Active) })]
            [AccessRule("Shop.Admin", ReadWrite = new[] { nameof(Note), nameof(Active) }, Read = new[] { nameof(Number) })]
            public class Order : Base { public string? Note { get; set; } [AutoNumber] public long Number { get; set; } }

            [Entity("Shop")] public class Base { public bool Active { get; set; } }
            """);
    }

    [Fact]
    public async Task AR1004_WriteOnComputedMembers_IsReportedPerMember()
    {
        await CSharpAnalyzerVerifier<WriteOnComputedMemberCheck>.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", ReadWrite = [nameof(Note), {|#0:nameof(Total)|}, {|#1:nameof(Number)|}], Read = [nameof(Total)])]
            [AccessRule("Shop.Admin", AllMembers = {|#2:MemberAccess.ReadWrite|})]
            [AccessRule("Shop.Guest", AllMembers = MemberAccess.Read)]
            public class Order { public string? Note { get; set; } [Calculated] public decimal Total => 0; [AutoNumber] public long Number { get; set; } }
            """,
            Expect.Diagnostic("AR1004").WithLocation(0).WithArguments("'Total'", "Shop.Order"),
            Expect.Diagnostic("AR1004").WithLocation(1).WithArguments("'Number'", "Shop.Order"),
            Expect.Diagnostic("AR1004").WithLocation(2).WithArguments("'Total', 'Number'", "Shop.Order"));
    }

    [Fact]
    public async Task AR1004_Fix_MovesTheMemberToRead()
    {
        await CSharpCodeFixVerifier<WriteOnComputedMemberCheck, CodeFixes.DowngradeToReadCodeFixProvider>.VerifyCodeFixAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", ReadWrite = [nameof(Note), {|AR1004:nameof(Total)|}], Read = [nameof(Id)])]
            [AccessRule("Shop.Guest", ReadWrite = new[] { {|AR1004:"Total"|} })]
            public class Order { public string? Note { get; set; } [Calculated] public decimal Total => 0; public int Id { get; set; } }
            """, Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", ReadWrite = [nameof(Note)], Read = [nameof(Id), nameof(Total)])]
            [AccessRule("Shop.Guest", Read = new[] { "Total" })]
            public class Order { public string? Note { get; set; } [Calculated] public decimal Total => 0; public int Id { get; set; } }
            """);
    }

    [Fact]
    public async Task AR1008_SpecializationWithoutTheGeneralizationsConstraint_IsReported()
    {
        await CSharpAnalyzerVerifier<SpecializationDropsConstraintCheck>.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Customer", Read = [nameof(Text)], XPath = "[System.owner='[%CurrentUser%]']")]
            [AccessRule("Shop.Guest", Read = [nameof(Text)])]
            public class Document { public string? Text { get; set; } }

            [Entity("Shop")]
            [AccessRule({|#0:"Shop.Customer"|}, "Shop.Guest", Read = [nameof(Text)])]
            public class Letter : Document { }

            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(Text)], XPath = "[Text != empty]")]
            public class Memo : Document { }

            [Entity("Shop")]
            public class Note : Document { }

            [Entity("Shop")]
            [AccessRule({|#1:"Shop.Customer"|}, Read = [nameof(Text)])]
            public class Reminder : Note { }
            """,
            Expect.Diagnostic("AR1008").WithLocation(0).WithArguments("Shop.Letter", "Shop.Customer", "Shop.Document"),
            Expect.Diagnostic("AR1008").WithLocation(1).WithArguments("Shop.Reminder", "Shop.Customer", "Shop.Document"));
    }

    [Fact]
    public async Task AR1009_XPathOnAUserSpecialization_IsInfo()
    {
        await CSharpAnalyzerVerifier<XPathOnUserEntityCheck>.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(Nickname)], XPath = {|#0:"[id = '[%CurrentUser%]']"|})]
            [AccessRule("Shop.Customer", Read = [nameof(Name)])]
            public class Customer : SystemUser { public string? Nickname { get; set; } }

            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(Text)], XPath = "[Text != empty]")]
            public class Review { public string? Text { get; set; } }
            """,
            Expect.Diagnostic("AR1009").WithLocation(0).WithArguments("Shop.Customer"));
    }

    [Fact]
    public async Task AR1015_ConstraintOnAMemberTheSameRolesCanWrite_IsReported_OncePerMemberAndRule()
    {
        await CSharpAnalyzerVerifier<ConstrainedMemberWritableCheck>.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", ReadWrite = [nameof(Note), nameof(Customer)], XPath = "[{|#0:Shop.Order_Customer|} = '[%CurrentUser%]']")]
            [AccessRule("Shop.Customer", Read = [nameof(Status)], XPath = "[{|#1:Status|} = 'Open' or Status = 'Held']")]
            [AccessRule("Shop.Customer", ReadWrite = [nameof(Status)], XPath = "[System.owner = '[%CurrentUser%]']")]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Note)], XPath = "[Status = 'Open' and Shop.Order_Customer = '[%CurrentUser%]']")]
            public class Order { public string? Note { get; set; } public string? Status { get; set; } public Customer? Customer { get; set; } }

            [Entity("Shop")] public class Customer : SystemUser { }
            """,
            Expect.Diagnostic("AR1015").WithLocation(0).WithArguments("'Shop.Customer'", "'Customer'", "Shop.Order"),
            Expect.Diagnostic("AR1015").WithLocation(1).WithArguments("'Shop.Customer'", "'Status'", "Shop.Order"));
    }

    [Fact]
    public async Task AR1015_APredicateReadAgainstTheSameEntityThroughASelfAssociation_IsReported()
    {
        // The predicates are read against a Category, the rule's own entity; Title is only read, Parent written by the first rule.
        await CSharpAnalyzerVerifier<ConstrainedMemberWritableCheck>.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", ReadWrite = [nameof(Status), nameof(Parent)], XPath = "[{|#0:Shop.Category_Parent|}[{|#1:Status|} = 'Open']]")]
            [AccessRule("Shop.Customer", Read = [nameof(Title)], XPath = "[{|#2:Shop.Category_Parent|}[Title = 'Books']]")]
            public class Category { public string? Title { get; set; } public string? Status { get; set; } [Association("Category_Parent")] public Category? Parent { get; set; } }
            """,
            Expect.Diagnostic("AR1015").WithLocation(0).WithArguments("'Shop.Customer'", "'Parent'", "Shop.Category"),
            Expect.Diagnostic("AR1015").WithLocation(1).WithArguments("'Shop.Customer'", "'Status'", "Shop.Category"),
            Expect.Diagnostic("AR1015").WithLocation(2).WithArguments("'Shop.Customer'", "'Parent'", "Shop.Category"));
    }

    [Fact]
    public async Task AR1015_AMemberOfAnAssociatedEntity_IsReportedAtItsStep_WhenTheRolesCanWriteItThere()
    {
        // Order's constraint reads Basket.Status and Basket.Channel; Basket's own rules decide who writes them.
        await CSharpAnalyzerVerifier<ConstrainedMemberWritableCheck>.VerifyAnalyzerAsync(Sources.ShopRoles + """
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
            Expect.Diagnostic("AR1015").WithLocation(0).WithArguments("'Shop.Customer'", "'Status' of 'Shop.Basket'", "Shop.Order"),
            Expect.Diagnostic("AR1015").WithLocation(1).WithArguments("'Shop.Customer'", "'Status' of 'Shop.Basket'", "Shop.Order"));
    }

    [Fact]
    public async Task AR1015_AnAssociationFollowedFromTheOtherSide_IsWrittenThroughTheEntityThatStoresIt()
    {
        // The association is Order's member: Customer's constraint depends on who may write Order.Customer.
        await CSharpAnalyzerVerifier<ConstrainedMemberWritableCheck>.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", ReadWrite = [nameof(Note), nameof(Customer)])]
            [AccessRule("Shop.Guest", Read = [nameof(Note), nameof(Customer)])]
            public class Order { public string? Note { get; set; } public Customer? Customer { get; set; } }

            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(Nickname)], XPath = "[{|#0:Shop.Order_Customer|}/Shop.Order/{|#1:Note|} != empty]")]
            [AccessRule("Shop.Guest", Read = [nameof(Nickname)], XPath = "[Shop.Order_Customer/Shop.Order/Note != empty]")]
            public class Customer : SystemUser { public string? Nickname { get; set; } }
            """,
            Expect.Diagnostic("AR1015").WithLocation(0).WithArguments("'Shop.Customer'", "'Customer' of 'Shop.Order'", "Shop.Customer"),
            Expect.Diagnostic("AR1015").WithLocation(1).WithArguments("'Shop.Customer'", "'Note' of 'Shop.Order'", "Shop.Customer"));
    }

    [Fact]
    public async Task AR1015_SystemMembersAndSystemEntities_AreNotWrittenByRules()
    {
        await CSharpAnalyzerVerifier<ConstrainedMemberWritableCheck>.VerifyAnalyzerAsync(Sources.ShopRoles + """
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
    public async Task AR2002_UnknownNamesAndTokens_AreReportedInsideTheString()
    {
        await CSharpAnalyzerVerifier<XPathUnknownNameCheck>.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(Status)], XPath = "[{|#0:Staus|} = 'Open']")]
            [AccessRule("Shop.Customer", Read = [nameof(Status)], XPath = "[{|#1:Shop.Order_Custmer|} = '[%CurrentUser%]']")]
            [AccessRule("Shop.Customer", Read = [nameof(Status)], XPath = "[Status/{|#2:Shop.Order_Customer|} = empty]")]
            [AccessRule("Shop.Customer", Read = [nameof(Status)], XPath = "[Due < {|#3:'[%BeginOfCurrentDya%]'|}]")]
            [AccessRule("Shop.Customer", Read = [nameof(Status)], XPath = "[Shop.Order_Customer[{|#4:Nick|} = 'x']]")]
            [AccessRule("Shop.Customer", Read = [nameof(Status)], XPath = "[Status = {|#5:'[%UserRole_Custome%]'|} or Status = {|#6:'[%UserRole_Customers%]'|}]")]
            [AccessRule("Shop.Customer", Read = [nameof(Status)], XPath = "[Shop.Order_Customer/Shop.Customer[Name = 'x'] and Due > '[%CurrentDateTime%]' and Status = '[%UserRole_Customer%]' and System.owner = '[%CurrentUser%]' and Shop.Customer_Order/Name != empty and id != empty]")]
            public class Order { public string? Status { get; set; } public System.DateTime Due { get; set; } public Customer? Customer { get; set; } }

            [Entity("Shop")] public class Customer : SystemUser { public List<Order> Orders { get; set; } = new(); }
            """,
            Expect.Diagnostic("AR2002").WithLocation(0).WithArguments("Shop.Order", "'Shop.Order' has no attribute, association or specialization 'Staus'; did you mean 'Status'?"),
            Expect.Diagnostic("AR2002").WithLocation(1).WithArguments("Shop.Order", "'Shop.Order' has no attribute, association or specialization 'Shop.Order_Custmer'; did you mean 'Shop.Order_Customer'?"),
            Expect.Diagnostic("AR2002").WithLocation(2).WithArguments("Shop.Order", "'Shop.Order_Customer' follows 'Status', which is not an association"),
            Expect.Diagnostic("AR2002").WithLocation(3).WithArguments("Shop.Order", "unknown token '[%BeginOfCurrentDya%]'; did you mean 'BeginOfCurrentDay'?"),
            Expect.Diagnostic("AR2002").WithLocation(4).WithArguments("Shop.Order", "'Shop.Customer' has no attribute, association or specialization 'Nick'"),
            Expect.Diagnostic("AR2002").WithLocation(5).WithArguments("Shop.Order", "unknown token '[%UserRole_Custome%]'; did you mean 'UserRole_Customer'?"),
            Expect.Diagnostic("AR2002").WithLocation(6).WithArguments("Shop.Order", "unknown token '[%UserRole_Customers%]'; did you mean 'UserRole_Customer'?"));
    }

    [Fact]
    public async Task AR2003_CurrentUserComparedWithSomethingElse_IsReported()
    {
        await CSharpAnalyzerVerifier<XPathCurrentUserNotUserCheck>.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Customer", Read = [nameof(Status)], XPath = "[{|#0:Shop.Order_Product|} = '[%CurrentUser%]']")]
            [AccessRule("Shop.Customer", Read = [nameof(Status)], XPath = "['[%CurrentUser%]' = {|#1:Status|}]")]
            [AccessRule("Shop.Customer", Read = [nameof(Status)], XPath = "[{|#2:id|} = '[%CurrentUser%]']")]
            [AccessRule("Shop.Customer", Read = [nameof(Status)], XPath = "[System.owner = '[%CurrentUser%]' or Shop.Order_Customer = '[%CurrentUser%]' or Shop.Order_Product/Shop.Product_Customer = '[%CurrentUser%]']")]
            public class Order { public string? Status { get; set; } public Product? Product { get; set; } public Customer? Customer { get; set; } }

            [Entity("Shop")] public class Product { public Customer? Maker { get; set; } }
            [Entity("Shop")] public class Customer : SystemUser { }
            """,
            Expect.Diagnostic("AR2003").WithLocation(0).WithArguments("Shop.Order", "Shop.Order_Product", "'Shop.Product'"),
            Expect.Diagnostic("AR2003").WithLocation(1).WithArguments("Shop.Order", "Status", "attribute 'Status'"),
            Expect.Diagnostic("AR2003").WithLocation(2).WithArguments("Shop.Order", "id", "'Shop.Order'"));
    }

    [Fact]
    // Due < '[%CurrentUser%]' is AR2003's to report: one finding per mistake.
    public async Task AR2004_TypeMismatches_AreReportedOnTheComparison()
    {
        await CSharpAnalyzerVerifier<XPathTypeMismatchCheck>.VerifyAnalyzerAsync(Sources.ShopRoles + """
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
            Expect.Diagnostic("AR2004").WithLocation(0).WithArguments("Shop.Order", "number attribute 'Total'", "a string"),
            Expect.Diagnostic("AR2004").WithLocation(1).WithArguments("Shop.Order", "association 'Shop.Order_Customer'", "a number"),
            Expect.Diagnostic("AR2004").WithLocation(3).WithArguments("Shop.Order", "boolean attribute 'Paid'", "a number"));
    }
}
