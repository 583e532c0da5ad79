using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;
using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.AnonymousChangeNotUserScopedCheck>;
using VerifyFix = AccessRulesAnalyzer.Tests.Verification.CSharpCodeFixVerifier<AccessRulesAnalyzer.Checks.AnonymousChangeNotUserScopedCheck, AccessRulesAnalyzer.CodeFixes.AddOwnerConstraintCodeFixProvider>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR0006: Anonymous write or delete constrained by an XPath that is not user-scoped.</summary>
public class AR0006Tests
{
    [Fact]
    public async Task AR0006_AndsTheOwnerConstraintWithTheExistingFilter()
    {
        await VerifyFix.VerifyCodeFixAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Status)], XPath = {|AR0006:"[Status = 'Open']"|})]
            public class Ticket { public string? Status { get; set; } }
            """, Sources.ShopRoles + """
            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Status)], XPath = "[Status = 'Open'][System.owner='[%CurrentUser%]']")]
            public class Ticket { public string? Status { get; set; } }
            """);
    }

    [Fact]
    public async Task AR0006_AConstantXPathGetsTheOwnerConstraintAppended()
    {
        await VerifyFix.VerifyCodeFixAsync(Sources.ShopRoles + """
            static class Constraints { public const string Open = "[Status = 'Open']"; }

            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Guest", Delete = true, XPath = {|AR0006:Constraints.Open|})]
            public class Ticket { public string? Status { get; set; } }
            """, Sources.ShopRoles + """
            static class Constraints { public const string Open = "[Status = 'Open']"; }

            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Guest", Delete = true, XPath = Constraints.Open + "[System.owner='[%CurrentUser%]']")]
            public class Ticket { public string? Status { get; set; } }
            """);
    }

    [Theory]
    [InlineData("[Shop.Ticket_Customer]", "the filter 'Shop.Ticket_Customer' does not involve the current user")]
    [InlineData("[Shop.Ticket_Customer[Nickname = 'x']]", "the filter 'Shop.Ticket_Customer[Nickname = 'x']' does not involve the current user")]
    [InlineData("[Shop.Ticket_Customer/Nickname]", "the filter 'Shop.Ticket_Customer/Nickname' does not involve the current user")]
    [InlineData("[Status = 'Open']", "the filter 'Status = 'Open'' does not involve the current user")]
    [InlineData("[Status = 'Open'][Status != 'Closed']", "the filter 'Status = 'Open'][Status != 'Closed'' does not involve the current user")]
    [InlineData("[System.owner = '[%CurrentUser%]' or Status = 'Open']", "the 'or' branch 'Status = 'Open'' matches objects of other users")]
    [InlineData("[Status = 'Open' and (Status = 'New' or System.owner = '[%CurrentUser%]')]", "the 'or' branch 'Status = 'New'' matches objects of other users")]
    [InlineData("[not(System.owner = '[%CurrentUser%]')]", "the negation 'not(System.owner = '[%CurrentUser%]')' matches objects of other users")]
    [InlineData("[not(System.owner = '[%CurrentUser%]' and Status = 'Open')]", "the negation 'not(System.owner = '[%CurrentUser%]' and Status = 'Open')' matches objects of other users")]
    [InlineData("[not(not(Status = 'Open'))]", "the filter 'Status = 'Open'' does not involve the current user")]
    [InlineData("[Shop.Ticket_Customer/Shop.Customer[System.owner = '[%CurrentUser%]'] = empty]", "the filter 'Shop.Ticket_Customer/Shop.Customer[System.owner = '[%CurrentUser%]'] = empty' does not involve the current user")]
    [InlineData("[Shop.Ticket_Customer/Shop.Customer[System.owner = '[%CurrentUser%]']/Nickname != 'x']", "the filter 'Shop.Ticket_Customer/Shop.Customer[System.owner = '[%CurrentUser%]']/Nickname != 'x'' does not involve the current user")]
    [InlineData("[Shop.Ticket_Customer/Shop.Customer/System.UserRoles/System.UserRole/System.UserRoles = '[%CurrentUser%]']", "the path 'Shop.Ticket_Customer/Shop.Customer/System.UserRoles/System.UserRole/System.UserRoles' passes through System.UserRole, which many users share")]
    public async Task AR0006_AnonymousChangeWithAFilterThatIsNotUserScoped_IsReportedOnTheXPath_NamingWhatLetsOthersThrough(string xpath, string leak)
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Status)], XPath = {|#0:XPATH|})]
            public class Ticket { public string? Status { get; set; } public Customer? Customer { get; set; } }

            [Entity("Shop")] public class Customer : SystemUser { public string? Nickname { get; set; } }
            """.Replace("XPATH", "\"" + xpath + "\""),
            Verify.Diagnostic().WithLocation(0).WithArguments("'Shop.Guest'", "Shop.Ticket", leak, ""));
    }

    [Theory]
    [InlineData("ReadWrite = [nameof(Status)], XPath = \"[System.owner = '[%CurrentUser%]' and Status = 'Open']\"")]
    [InlineData("Read = [nameof(Status)], XPath = \"[Status = 'Open']\"")]
    [InlineData("ReadWrite = [nameof(Status)]")]
    [InlineData("Delete = true, XPath = \"[Status = 'Open'\"")]
    public async Task AR0006_ScopedReadOnlyUnconstrainedOrBrokenConstraints_AreNotReported(string arguments)
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Guest", ARGUMENTS)]
            public class Ticket { public string? Status { get; set; } }
            """.Replace("ARGUMENTS", arguments));
    }

    [Fact]
    public async Task AR0006_AndAR1015_StaySilentOnAConstraintThatDoesNotBind()
    {
        await Verify.VerifyAnalyzerAsync(Sources.SystemRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Status)], XPath = "[Statu = 'Open']")]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Status)], XPath = "[Status = '[%CurentUser%]']")]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Status)], XPath = {|#0:"[Status = 'Open']"|})]
            public class Ticket { public string? Status { get; set; } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("'Shop.Guest'", "Shop.Ticket", "the filter 'Status = 'Open'' does not involve the current user", Sources.StoreOwnerHint("Shop.Ticket")));
        await CSharpAnalyzerVerifier<ConstrainedMemberWritableCheck>.VerifyAnalyzerAsync(Sources.SystemRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Status)], XPath = "[Status = 'Open' and Statu = 'x']")]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Status)], XPath = "[Status = '[%CurentUser%]']")]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Status)], XPath = "[{|#0:Status|} = 'Open']")]
            public class Ticket { public string? Status { get; set; } }
            """,
            Expect.Diagnostic("AR1015").WithLocation(0).WithArguments("'Shop.Guest'", "'Status'", "Shop.Ticket"));
    }

    [Theory]
    [InlineData("[not(not(System.owner = '[%CurrentUser%]'))]")]
    [InlineData("[not(Total > 5 or not(Shop.Line_Order/Shop.Order/Shop.Order_Customer = '[%CurrentUser%]'))]")]
    [InlineData("[not(Total > 5) and not(not(System.owner = '[%CurrentUser%]') or Status = 'x')]")]
    [InlineData("[Shop.Line_Order/Shop.Order[System.owner = '[%CurrentUser%]']/Total > 5]")]
    [InlineData("[Shop.Line_Order/Shop.Order[System.owner = '[%CurrentUser%]'] != empty]")]
    [InlineData("[Shop.Line_Order/Shop.Order[System.owner = '[%CurrentUser%]']]")]
    [InlineData("[Shop.Line_Order/Shop.Order[Total > 1][Shop.Order_Customer = '[%CurrentUser%]']/Total = 3]")]
    [InlineData("[Shop.Line_Order/Shop.Order/Shop.Order_Customer/Shop.Customer[id = '[%CurrentUser%]']]")]
    [InlineData("[System.owner = '[%CurrentUser%]' or (Status = 'a' and Status = 'b')]")]
    [InlineData("[System.owner = '[%CurrentUser%]' or false()]")]
    [InlineData("[(Status = 'a' and Status = 'b') or Shop.Line_Order/Shop.Order/System.owner = '[%CurrentUser%]']")]
    [InlineData("[Status = 'a' and Status = 'b']")]
    [InlineData("[Status = 'Open'][false()]")]
    [InlineData("[Shop.Line_User[id = '[%CurrentUser%]']]")]
    [InlineData("[Shop.Line_User/System.User[id = '[%CurrentUser%]']/Active = true()]")]
    public async Task AR0006_ConstraintsThatOnlyMatchTheVisitorsObjects_OrNothing_AreNotReported(string xpath)
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Status)], XPath = XPATH)]
            public class Line { public string? Status { get; set; } public int Total { get; set; } public Order? Order { get; set; } public SystemUser? User { get; set; } }

            [Entity("Shop", StoreOwner = true)] public class Order { public int Total { get; set; } public Customer? Customer { get; set; } }

            [Entity("Shop")] public class Customer : SystemUser { public string? Nickname { get; set; } }
            """.Replace("XPATH", "\"" + xpath + "\""));
    }

    [Fact]
    public async Task AR0006_OnAUserSpecialization_APathThroughSharedSystemObjects_IsNotUserScoped()
    {
        // Every user who shares a role (or a language) with the visitor matches: such an object ties no object to one user.
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Nickname)], XPath = {|#0:"[System.UserRoles/System.UserRole/System.UserRoles = '[%CurrentUser%]']"|})]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Nickname)], XPath = {|#1:"[System.User_Language/System.Language/System.User_Language/Shop.Customer/id = '[%CurrentUser%]']"|})]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Nickname)], XPath = "[id = '[%CurrentUser%]']")]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Nickname)], XPath = "[not(id != '[%CurrentUser%]')]")]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Nickname)], XPath = {|#2:"[not(System.UserRoles/System.UserRole/System.UserRoles != '[%CurrentUser%]')]"|})]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Nickname)], XPath = "[System.UserRoles = '[%UserRole_Customer%]'][id = '[%CurrentUser%]']")]
            public class Customer : SystemUser { public string? Nickname { get; set; } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments(
                "'Shop.Guest'", "Shop.Customer", "the path 'System.UserRoles/System.UserRole/System.UserRoles' passes through System.UserRole, which many users share", ""),
            Verify.Diagnostic().WithLocation(1).WithArguments(
                "'Shop.Guest'", "Shop.Customer", "the path 'System.User_Language/System.Language/System.User_Language/Shop.Customer/id' passes through System.Language, which many users share", ""),
            Verify.Diagnostic().WithLocation(2).WithArguments(
                "'Shop.Guest'", "Shop.Customer", "the negation 'not(System.UserRoles/System.UserRole/System.UserRoles != '[%CurrentUser%]')' matches objects of other users", ""));
    }
}
