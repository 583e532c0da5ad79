using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.PageShowsUnreadableMemberCheck>;
using VerifyFix = AccessRulesAnalyzer.Tests.Verification.CSharpCodeFixVerifier<AccessRulesAnalyzer.Checks.PageShowsUnreadableMemberCheck, AccessRulesAnalyzer.CodeFixes.RemoveMemberNameCodeFixProvider>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR1027: Page shows a member its roles cannot read.</summary>
public class AR1027Tests
{
    [Fact]
    public async Task AR1027_AMemberThePagesRoleCannotRead_IsReported()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(Number)])]
            [AccessRule("Shop.Guest", Read = [nameof(Number), nameof(Total)])]
            public class Order { public string? Number { get; set; } public decimal Total { get; set; } public string? Note { get; set; } }

            [Page("Shop", VisibleFor = ["Shop.Customer", "Shop.Guest"])]
            [Shows(typeof(Order), Members = [nameof(Order.Number), {|#0:nameof(Order.Total)|}, {|#1:"Note"|}])]
            public class Orders { }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.Orders", "Shop.Customer", "Total", "Shop.Order"),
            Verify.Diagnostic().WithLocation(1).WithArguments("Shop.Orders", "Shop.Customer', 'Shop.Guest", "Note", "Shop.Order"));
    }

    [Fact]
    public async Task AR1027_ReadableMembers_UnknownNames_AndUndeclaredRoles_AreNotReported()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", AllMembers = MemberAccess.Read)]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Number)])]
            public class Order { public string? Number { get; set; } public decimal Total { get; set; } }

            [Page("Shop", VisibleFor = ["Shop.Customer", "Shop.Nobody"])]
            [Shows(typeof(Order), Members = [nameof(Order.Number), nameof(Order.Total), "Missing"])]
            public class Orders { }

            [Page("Shop", VisibleFor = ["Shop.Guest"])]
            [Shows(typeof(Order), Members = [nameof(Order.Number)])]
            public class Visit { }
            """);
    }

    [Fact]
    public async Task AR1027_AStoredSystemMember_IsReadByTheRulesThatNameIt_OrByAllMembers_AndReportedOtherwise()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop", StoreOwner = true, StoreCreatedDate = true)]
            [AccessRule("Shop.Customer", Read = [nameof(Number), "createdDate"])]
            [AccessRule("Shop.Guest", Read = [nameof(Number)])]
            public class Order { public string? Number { get; set; } }

            [Entity("Shop", StoreChangedDate = true)]
            [AccessRule("Shop.Customer", AllMembers = MemberAccess.Read)]
            [AccessRule("Shop.Guest", AllMembers = MemberAccess.Read, Except = ["changedDate"])]
            public class Invoice { public string? Number { get; set; } }

            [Page("Shop", VisibleFor = ["Shop.Customer", "Shop.Guest"])]
            [Shows(typeof(Order), Members = [nameof(Order.Number), {|#0:"createdDate"|}, {|#1:"System.owner"|}])]
            [Shows(typeof(Invoice), Members = [{|#2:"changedDate"|}])]
            public class Orders { }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.Orders", "Shop.Guest", "createdDate", "Shop.Order"),
            Verify.Diagnostic().WithLocation(1).WithArguments("Shop.Orders", "Shop.Customer', 'Shop.Guest", "System.owner", "Shop.Order"),
            Verify.Diagnostic().WithLocation(2).WithArguments("Shop.Orders", "Shop.Guest", "changedDate", "Shop.Invoice"));
    }

    [Fact]
    public async Task AR1027_SystemUsersOwnMembers_AndTheSystemModulesEntities_AreLeftToThePlatformsRules()
    {
        // System.User's members are read by whoever may manage the user's role, whatever a specialization's rules say,
        // and the System module's entities keep the System module's rules: no rule of the app decides them. A
        // specialization's own members, and a FileDocument specialization's system members, are its rules' to grant.
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", AllMembers = MemberAccess.Read, XPath = "[id = '[%CurrentUser%]']")]
            public class Account : SystemUser { public string? Nickname { get; set; } public string? Phone { get; set; } }

            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(Phone)], XPath = "[id = '[%CurrentUser%]']")]
            public class Member : SystemUser { public string? Phone { get; set; } public string? Nickname { get; set; } }

            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(Caption)])]
            public class Scan : FileDocument { public string? Caption { get; set; } }

            [Page("Shop", VisibleFor = ["Shop.Customer"])]
            [Shows(typeof(Account), XPath = "[id = '[%CurrentUser%]']", Members = [nameof(Account.Name), nameof(Account.Nickname), "System.UserRoles"])]
            [Shows(typeof(Member), XPath = "[id = '[%CurrentUser%]']", Members = [nameof(Member.Name), nameof(Member.Phone), {|#0:nameof(Member.Nickname)|}])]
            [Shows(typeof(SystemUser), Members = [nameof(SystemUser.Name), nameof(SystemUser.Active)])]
            [Shows(typeof(SystemUserRole), Members = [nameof(SystemUserRole.Name)])]
            [Shows(typeof(Scan), Members = [nameof(Scan.Caption), {|#1:nameof(Scan.Name)|}])]
            public class MyAccount { }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.MyAccount", "Shop.Customer", "Nickname", "Shop.Member"),
            Verify.Diagnostic().WithLocation(1).WithArguments("Shop.MyAccount", "Shop.Customer", "Name", "Shop.Scan"));
    }

    [Fact]
    public async Task AR1027_ASystemMemberTheEntityDoesNotStore_IsLeftToAR1003()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(Number)])]
            public class Order { public string? Number { get; set; } }

            [Page("Shop", VisibleFor = ["Shop.Customer"])]
            [Shows(typeof(Order), Members = [nameof(Order.Number), "createdDate", "System.owner"])]
            public class Orders { }
            """);
    }

    [Fact]
    public async Task AR1027_Fix_StopsShowingTheMembers_ReadableOnesStay_AndALastOneTakesMembersWithIt_FixAll()
    {
        await VerifyFix.VerifyCodeFixAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(Number)])]
            [AccessRule("Shop.Guest", Read = [nameof(Number)])]
            public class Order { public string? Number { get; set; } public decimal Total { get; set; } public string? Note { get; set; } }

            [Page("Shop", VisibleFor = ["Shop.Customer", "Shop.Guest"])]
            [Shows(typeof(Order), Members = [{|#0:nameof(Order.Total)|}, nameof(Order.Number), {|#1:"Note"|}])]
            [Shows(typeof(Order), XPath = "[Number != empty]", Members = new[] { {|#2:nameof(Order.Note)|} })]
            public class Orders { }
            """,
            new[]
            {
                Verify.Diagnostic().WithLocation(0).WithArguments("Shop.Orders", "Shop.Customer', 'Shop.Guest", "Total", "Shop.Order"),
                Verify.Diagnostic().WithLocation(1).WithArguments("Shop.Orders", "Shop.Customer', 'Shop.Guest", "Note", "Shop.Order"),
                Verify.Diagnostic().WithLocation(2).WithArguments("Shop.Orders", "Shop.Customer', 'Shop.Guest", "Note", "Shop.Order"),
            },
            Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(Number)])]
            [AccessRule("Shop.Guest", Read = [nameof(Number)])]
            public class Order { public string? Number { get; set; } public decimal Total { get; set; } public string? Note { get; set; } }

            [Page("Shop", VisibleFor = ["Shop.Customer", "Shop.Guest"])]
            [Shows(typeof(Order), Members = [nameof(Order.Number)])]
            [Shows(typeof(Order), XPath = "[Number != empty]")]
            public class Orders { }
            """);
    }
}
