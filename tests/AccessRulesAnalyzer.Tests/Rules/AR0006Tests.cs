using AccessRulesAnalyzer.Rules;
using AccessRulesAnalyzer.Tests.Verification;

namespace AccessRulesAnalyzer.Tests.Rules;

/// <summary>AR0006: Anonymous write or delete constrained by an XPath that is not user-scoped.</summary>
public class AR0006Tests
{
    [Fact]
    public async Task AR0006_AndsTheOwnerConstraintWithTheExistingFilter()
    {
        await CSharpCodeFixVerifier<AnonymousChangeNotUserScopedCheck, CodeFixes.AddOwnerConstraintCodeFixProvider>.VerifyCodeFixAsync(Sources.ShopRoles + """
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
        await CSharpCodeFixVerifier<AnonymousChangeNotUserScopedCheck, CodeFixes.AddOwnerConstraintCodeFixProvider>.VerifyCodeFixAsync(Sources.ShopRoles + """
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
    [InlineData("[Shop.Ticket_Customer]")]
    [InlineData("[Shop.Ticket_Customer[Nickname = 'x']]")]
    [InlineData("[Shop.Ticket_Customer/Nickname]")]
    [InlineData("[Status = 'Open']")]
    [InlineData("[System.owner = '[%CurrentUser%]' or Status = 'Open']")]
    [InlineData("[not(System.owner = '[%CurrentUser%]')]")]
    public async Task AR0006_AnonymousChangeWithAFilterThatIsNotUserScoped_IsReportedOnTheXPath(string xpath)
    {
        await CSharpAnalyzerVerifier<AnonymousChangeNotUserScopedCheck>.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Status)], XPath = {|#0:XPATH|})]
            public class Ticket { public string? Status { get; set; } public Customer? Customer { get; set; } }

            [Entity("Shop")] public class Customer : SystemUser { public string? Nickname { get; set; } }
            """.Replace("XPATH", "\"" + xpath + "\""),
            Expect.Diagnostic("AR0006").WithLocation(0).WithArguments("'Shop.Guest'", "Shop.Ticket", ""));
    }

    [Theory]
    [InlineData("ReadWrite = [nameof(Status)], XPath = \"[System.owner = '[%CurrentUser%]' and Status = 'Open']\"")]
    [InlineData("Read = [nameof(Status)], XPath = \"[Status = 'Open']\"")]
    [InlineData("ReadWrite = [nameof(Status)]")]
    [InlineData("Delete = true, XPath = \"[Status = 'Open'\"")]
    public async Task AR0006_ScopedReadOnlyUnconstrainedOrBrokenConstraints_AreNotReported(string arguments)
    {
        await CSharpAnalyzerVerifier<AnonymousChangeNotUserScopedCheck>.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Guest", ARGUMENTS)]
            public class Ticket { public string? Status { get; set; } }
            """.Replace("ARGUMENTS", arguments));
    }

    [Fact]
    public async Task AR0006_AndAR1015_StaySilentOnAConstraintThatDoesNotBind()
    {
        await CSharpAnalyzerVerifier<AnonymousChangeNotUserScopedCheck>.VerifyAnalyzerAsync(Sources.SystemRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Status)], XPath = "[Statu = 'Open']")]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Status)], XPath = "[Status = '[%CurentUser%]']")]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Status)], XPath = {|#0:"[Status = 'Open']"|})]
            public class Ticket { public string? Status { get; set; } }
            """,
            Expect.Diagnostic("AR0006").WithLocation(0).WithArguments("'Shop.Guest'", "Shop.Ticket", Sources.StoreOwnerHint("Shop.Ticket")));
        await CSharpAnalyzerVerifier<ConstrainedMemberWritableCheck>.VerifyAnalyzerAsync(Sources.SystemRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Status)], XPath = "[Status = 'Open' and Statu = 'x']")]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Status)], XPath = "[Status = '[%CurentUser%]']")]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Status)], XPath = "[{|#0:Status|} = 'Open']")]
            public class Ticket { public string? Status { get; set; } }
            """,
            Expect.Diagnostic("AR1015").WithLocation(0).WithArguments("'Shop.Guest'", "'Status'", "Shop.Ticket"));
    }
}
