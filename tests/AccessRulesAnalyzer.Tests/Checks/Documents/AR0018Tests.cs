using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.PageFilterInsteadOfAccessRuleCheck>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR0018: A page filter stands in for an access rule.</summary>
public class AR0018Tests
{
    [Fact]
    public async Task AR0018_AUserScopedWidgetOverAWiderRule_IsReported()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop", StoreOwner = true)]
            [{|#2:AccessRule("Shop.Customer", Read = [nameof(Number)])|}]
            [{|#3:AccessRule("Shop.Guest", Read = [nameof(Number)], XPath = "[Number != empty]")|}]
            public class Order { public string? Number { get; set; } }

            [Page("Shop", VisibleFor = ["Shop.Customer"])]
            [Shows(typeof(Order), XPath = {|#0:"[System.owner = '[%CurrentUser%]']"|})]
            public class MyOrders { }

            [Page("Shop", VisibleFor = ["Shop.Guest"])]
            [Shows(typeof(Order), XPath = {|#1:"[System.owner = '[%CurrentUser%]']"|})]
            public class VisitorOrders { }
            """,
            Verify.Diagnostic().WithLocation(0).WithLocation(2).WithArguments("Shop.MyOrders", "Shop.Order", "Shop.Customer", "every object"),
            Verify.Diagnostic().WithLocation(1).WithLocation(3).WithArguments("Shop.VisitorOrders", "Shop.Order", "Shop.Guest", "objects under '[Number != empty]', which is not tied to the user"));
    }

    [Fact]
    public async Task AR0018_ARuleConstraintOverSeveralLines_IsQuotedOnOneLine()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """"
            [Entity("Shop", StoreOwner = true)]
            [{|#1:AccessRule("Shop.Guest", Read = [nameof(Number)], XPath = """
                [Number != empty
                 and Number != '0']
                """)|}]
            public class Order { public string? Number { get; set; } }

            [Page("Shop", VisibleFor = ["Shop.Guest"])]
            [Shows(typeof(Order), XPath = {|#0:"[System.owner = '[%CurrentUser%]']"|})]
            public class VisitorOrders { }
            """",
            Verify.Diagnostic().WithLocation(0).WithLocation(1).WithArguments("Shop.VisitorOrders", "Shop.Order", "Shop.Guest", "objects under '[Number != empty and Number != '0']', which is not tied to the user"));
    }

    [Fact]
    public async Task AR0018_RulesAsNarrowAsThePage_FlowDataSources_AndFiltersNotTiedToTheUser_AreNotReported()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Customer", Read = [nameof(Number)], XPath = "[System.owner = '[%CurrentUser%]']")]
            [AccessRule("Shop.Guest", Read = [nameof(Number)])]
            public class Order { public string? Number { get; set; } }

            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Guest"], ApplyEntityAccess = true)]
                public static Order[] DS_Mine() => [];
            }

            [Page("Shop", VisibleFor = ["Shop.Customer"])]
            [Shows(typeof(Order), XPath = "[System.owner = '[%CurrentUser%]']")]
            public class MyOrders { }

            [Page("Shop", VisibleFor = ["Shop.Guest"])]
            [Shows(typeof(Order), XPath = "[Number != empty]")]
            [Shows(typeof(Order), DataSource = "Shop.DS_Mine")]
            public class AllOrders { }
            """);
    }

    [Fact]
    public async Task AR0018_APageRoleOfAnotherModule_IsJudgedByTheRulesOfRolesItsUsersAlsoHave_OnceAWidget()
    {
        // The rules of Shop.Order cannot name a Portal role: the users who have both decide.
        await Verify.VerifyAnalyzerAsync("""
            using AccessRules;

            [assembly: ModuleRole("Shop.Customer")]
            [assembly: ModuleRole("Shop.Archive")]
            [assembly: ModuleRole("Portal.User")]
            [assembly: ModuleRole("Portal.Member")]
            [assembly: ModuleRole("Portal.Lonely")]
            [assembly: UserRole("Customer", "Portal.User", "Shop.Customer")]
            [assembly: UserRole("Member", "Portal.Member", "Shop.Customer")]
            [assembly: UserRole("Archivist", "Shop.Archive")]
            [assembly: UserRole("Lonely", "Portal.Lonely")]

            [Entity("Shop", StoreOwner = true)]
            [{|#1:AccessRule("Shop.Archive", "Shop.Customer", Read = [nameof(Number)])|}]
            public class Order { public string? Number { get; set; } }

            [Page("Portal", VisibleFor = ["Portal.User", "Portal.Member"])]
            [Shows(typeof(Order), XPath = {|#0:"[System.owner = '[%CurrentUser%]']"|})]
            public class MyOrders { }

            [Page("Portal", VisibleFor = ["Portal.Lonely"])]
            [Shows(typeof(Order), XPath = "[System.owner = '[%CurrentUser%]']")]
            public class LonelyOrders { }
            """,
            Verify.Diagnostic().WithLocation(0).WithLocation(1).WithArguments("Portal.MyOrders", "Shop.Order", "Shop.Customer", "every object"));
    }
}
