using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.CalledMicroflowNotAllowedForCallerCheck>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR1026: Page or nanoflow calls a microflow its roles may not call.</summary>
public class AR1026Tests
{
    private const string Roles = """
        using AccessRules;

        [assembly: ModuleRole("Shop.Customer")]
        [assembly: ModuleRole("Shop.Clerk")]
        [assembly: ModuleRole("Sales.Seller")]
        [assembly: ModuleRole("Sales.Viewer")]
        [assembly: UserRole("Customer", "Shop.Customer")]
        [assembly: UserRole("Clerk", "Shop.Clerk", "Sales.Seller")]
        [assembly: UserRole("Auditor", "Sales.Viewer")]

        [Entity("Shop")]
        public class Order { public string? Number { get; set; } }

        """;

    [Fact]
    public async Task AR1026_APageOrNanoflowCallingAMicroflowItsRolesMayNotCall_IsReported()
    {
        await Verify.VerifyAnalyzerAsync(Roles + """
            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Clerk"])]
                public static void ACT_Cancel() { }

                [Microflow("Shop", AllowedRoles = ["Shop.Clerk"])]
                public static Order[] DS_Orders() => [];

                // A call read from code: on the invocation, the first of that method in the body.
                [Nanoflow("Shop", AllowedRoles = ["Shop.Customer", "Shop.Clerk"])]
                public static void NAV_Cancel()
                {
                    System.Console.WriteLine();
                    {|#2:Flows.ACT_Cancel()|};
                    ACT_Cancel();
                }

                [Nanoflow("Shop", AllowedRoles = ["Shop.Customer"])]
                [Calls({|#3:"Shop.ACT_Cancel"|})]
                public static void NAV_Other() { }
            }

            [Page("Shop", VisibleFor = ["Shop.Customer", "Shop.Clerk"])]
            [Shows(typeof(Order), DataSource = {|#1:"Shop.DS_Orders"|})]
            [Calls({|#0:"Shop.ACT_Cancel"|})]
            public class Orders { }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Page", "Shop.Orders", "'Shop.Customer', 'Shop.Clerk'", "Shop.ACT_Cancel", "'Shop.Customer'", "add 'Shop.Customer' to the microflow's AllowedRoles"),
            Verify.Diagnostic().WithLocation(1).WithArguments("Page", "Shop.Orders", "'Shop.Customer', 'Shop.Clerk'", "Shop.DS_Orders", "'Shop.Customer'", "add 'Shop.Customer' to the microflow's AllowedRoles"),
            Verify.Diagnostic().WithLocation(2).WithArguments("Nanoflow", "Shop.NAV_Cancel", "'Shop.Customer', 'Shop.Clerk'", "Shop.ACT_Cancel", "'Shop.Customer'", "add 'Shop.Customer' to the microflow's AllowedRoles"),
            Verify.Diagnostic().WithLocation(3).WithArguments("Nanoflow", "Shop.NAV_Other", "'Shop.Customer'", "Shop.ACT_Cancel", "'Shop.Customer'", "add 'Shop.Customer' to the microflow's AllowedRoles"));
    }

    [Fact]
    public async Task AR1026_AllowedCalls_MicroflowsWithoutRoles_AndRolesOfAnotherModuleThroughUserRoles_AreNotReported()
    {
        await Verify.VerifyAnalyzerAsync(Roles + """
            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Customer", "Shop.Clerk"])]
                public static void ACT_Open() { }

                // No allowed roles: AR1025's, not this rule's.
                [Microflow("Shop")]
                public static void ACT_Hidden() { }

                // Every user role with Sales.Seller has Shop.Clerk, which the microflow allows.
                [Microflow("Shop", AllowedRoles = ["Shop.Clerk"])]
                public static void ACT_Sell() { }

                [Nanoflow("Sales", AllowedRoles = ["Sales.Seller"])]
                public static void NAV_Sell() => ACT_Sell();

                [Nanoflow("Shop", AllowedRoles = ["Shop.Customer"])]
                public static void NAV_Open() { ACT_Open(); NAV_Other(); }

                [Nanoflow("Shop", AllowedRoles = ["Shop.Clerk"])]
                public static void NAV_Other() { }
            }

            [Page("Shop", VisibleFor = ["Shop.Customer", "Shop.Clerk"])]
            [Calls("Shop.ACT_Open")]
            [Calls("Shop.ACT_Hidden")]
            [Calls("Shop.NAV_Open")]
            public class Orders { }
            """);
    }

    [Fact]
    public async Task AR1026_TheMicroflowsRolesThatAR1001OrAR1002Report_AreLeftOut_AndAMicroflowOfOnlySuchRolesIsTheirs()
    {
        // Sales.Seller cannot be an allowed role of a Shop microflow (CE0148): the Clerk user role's Sales.Seller does not
        // let Shop.Clerk call ACT_Sell. ACT_Typo names only an undeclared role: AR1001's alone, not judged here.
        await Verify.VerifyAnalyzerAsync(Roles + """
            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Customer", "Sales.Seller"])]
                public static void ACT_Sell() { }

                [Microflow("Shop", AllowedRoles = ["Shop.Clrk"])]
                public static void ACT_Typo() { }

                [Microflow("Shop", AllowedRoles = ["Sales.Seller"])]
                public static void ACT_OtherModule() { }
            }

            [Page("Shop", VisibleFor = ["Shop.Clerk"])]
            [Calls({|#0:"Shop.ACT_Sell"|})]
            [Calls("Shop.ACT_Typo")]
            [Calls("Shop.ACT_OtherModule")]
            public class Sales { }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Page", "Shop.Sales", "'Shop.Clerk'", "Shop.ACT_Sell", "'Shop.Clerk'", "add 'Shop.Clerk' to the microflow's AllowedRoles"));
    }

    [Fact]
    public async Task AR1026_ARoleOfAnotherModuleThatNoUserRoleCovers_IsReported()
    {
        await Verify.VerifyAnalyzerAsync(Roles + """
            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Clerk"])]
                public static void ACT_Sell() { }
            }

            [Page("Sales", VisibleFor = ["Sales.Viewer"])]
            [Calls({|#0:"Shop.ACT_Sell"|})]
            public class Report { }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Page", "Sales.Report", "'Sales.Viewer'", "Shop.ACT_Sell", "'Sales.Viewer'", "give user role 'Auditor' one of the microflow's allowed roles ('Shop.Clerk')"));
    }

    [Fact]
    public async Task AR1026_ARoleOfAnotherModule_IsToldWhichUserRolesNeedAnAllowedRole_AndAnOwnRoleToBeAdded()
    {
        // A role of another module cannot be among the microflow's allowed roles (CE0148): its user roles need one of them.
        await Verify.VerifyAnalyzerAsync(Roles.Replace("[assembly: ModuleRole(\"Sales.Viewer\")]", "[assembly: ModuleRole(\"Sales.Viewer\")]\n[assembly: ModuleRole(\"Shop.Courier\")]") + """
            public static class Flows
            {
                [Microflow("Sales", AllowedRoles = ["Sales.Seller"])]
                public static void ACT_Quote() { }
            }

            [Page("Sales", VisibleFor = ["Sales.Viewer"])]
            [Calls({|#0:"Sales.ACT_Quote"|})]
            public class Quotes { }

            [Page("Shop", VisibleFor = ["Shop.Customer", "Shop.Clerk"])]
            [Calls({|#1:"Sales.ACT_Quote"|})]
            public class Basket { }

            [Page("Shop", VisibleFor = ["Shop.Courier"])]
            [Calls({|#2:"Sales.ACT_Quote"|})]
            public class Deliveries { }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Page", "Sales.Quotes", "'Sales.Viewer'", "Sales.ACT_Quote", "'Sales.Viewer'", "add 'Sales.Viewer' to the microflow's AllowedRoles"),
            Verify.Diagnostic().WithLocation(1).WithArguments(
                "Page", "Shop.Basket", "'Shop.Customer', 'Shop.Clerk'", "Sales.ACT_Quote", "'Shop.Customer'", "give user role 'Customer' one of the microflow's allowed roles ('Sales.Seller')"),
            Verify.Diagnostic().WithLocation(2).WithArguments(
                "Page", "Shop.Deliveries", "'Shop.Courier'", "Sales.ACT_Quote", "'Shop.Courier'", "include 'Shop.Courier' only in user roles that have one of the microflow's allowed roles ('Sales.Seller')"));
    }

    [Fact]
    public async Task AR1026_AcrossModules_AUserRoleLacks_WhenItHasAPageRoleAndNoneOfTheMicroflowsRoles()
    {
        // Hybrid has one of the two allowed roles: it can call. Customer and Courier each have one of the page's roles and none.
        await Verify.VerifyAnalyzerAsync("""
            using AccessRules;

            [assembly: ModuleRole("Shop.Customer")]
            [assembly: ModuleRole("Shop.Courier")]
            [assembly: ModuleRole("Sales.Seller")]
            [assembly: ModuleRole("Sales.Manager")]
            [assembly: UserRole("Customer", "Shop.Customer")]
            [assembly: UserRole("Courier", "Shop.Courier")]
            [assembly: UserRole("Hybrid", "Shop.Customer", "Sales.Seller")]
            [assembly: UserRole("Boss", "Sales.Seller", "Sales.Manager")]

            public static class Flows
            {
                [Microflow("Sales", AllowedRoles = ["Sales.Seller", "Sales.Manager"])]
                public static void ACT_Quote() { }
            }

            [Page("Shop", VisibleFor = ["Shop.Customer", "Shop.Courier"])]
            [Calls({|#0:"Sales.ACT_Quote"|})]
            public class Basket { }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments(
                "Page", "Shop.Basket", "'Shop.Customer', 'Shop.Courier'", "Sales.ACT_Quote", "'Shop.Customer', 'Shop.Courier'",
                "give user roles 'Customer', 'Courier' one of the microflow's allowed roles ('Sales.Seller', 'Sales.Manager')"));
    }
}
