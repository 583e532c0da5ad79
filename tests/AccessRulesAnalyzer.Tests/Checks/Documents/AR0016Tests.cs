using AccessRulesAnalyzer.Tests.Verification;
using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.AnonymousMicroflowWithoutEntityAccessCheck>;
using VerifyFix = AccessRulesAnalyzer.Tests.Verification.CSharpCodeFixVerifier<AccessRulesAnalyzer.Checks.AnonymousMicroflowWithoutEntityAccessCheck, AccessRulesAnalyzer.CodeFixes.ApplyEntityAccessCodeFixProvider>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR0016: Anonymous-callable microflow reaches data without entity access.</summary>
public class AR0016Tests
{
    private const string Shop = """
        [Entity("Shop", StoreOwner = true)]
        [AccessRule("Shop.Customer", Read = [nameof(Status)], XPath = "[System.owner = '[%CurrentUser%]']")]
        public class Order { public string? Status { get; set; } public Customer? Customer { get; set; } }

        [Entity("Shop")] public class Customer : SystemUser { }

        [Entity("Shop", Persistable = false)] public class Cart { public int Count { get; set; } }

        """;

    [Fact]
    public async Task AR0016_AnAnonymousCallableMicroflowThatRetrievesEveryObject_IsReportedOnItsMicroflow_NamingTheRoleAndTheAction()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + Shop + """
            public static class Flows
            {
                [{|#0:Microflow("Shop", AllowedRoles = ["Shop.Guest", "Shop.Customer"])|}]
                [Retrieves(typeof(Order))]
                public static void ACT_Orders() { }
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.ACT_Orders", "'Shop.Guest'", "Shop.ACT_Orders retrieves every 'Shop.Order'", "'Shop.ACT_Orders'"));
    }

    [Fact]
    public async Task AR0016_TwoMicroflowsThroughOneCallee_AreBothReported_AndAChangeWithoutMembersSaysTheMembers()
    {
        // Whichever is judged second finds the shared callee's verdict already made, and must take it.
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + Shop + """
            public static class Flows
            {
                [{|#0:Microflow("Shop", AllowedRoles = ["Shop.Guest"])|}]
                [Calls("Shop.SUB_Touch")]
                public static void ACT_First() { }

                [{|#1:Microflow("Shop", AllowedRoles = ["Shop.Guest"], ApplyEntityAccess = true)|}]
                [Calls("Shop.SUB_Touch")]
                public static void ACT_Second() { }

                [Microflow("Shop")]
                [Changes(typeof(Order))]
                public static void SUB_Touch() { }
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.ACT_First", "'Shop.Guest'", "Shop.ACT_First → Shop.SUB_Touch changes the members of every 'Shop.Order'", "'Shop.SUB_Touch'"),
            Verify.Diagnostic().WithLocation(1).WithArguments("Shop.ACT_Second", "'Shop.Guest'", "Shop.ACT_Second → Shop.SUB_Touch changes the members of every 'Shop.Order'", "'Shop.SUB_Touch'"));
    }

    [Fact]
    public async Task AR0016_ThroughCallees_ByCallsOrByCode_EachJudgedByItsOwnSetting_WithTheFirstChain()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + Shop + """
            public static class Flows
            {
                [{|#0:Microflow("Shop", AllowedRoles = ["Shop.Guest"], ApplyEntityAccess = true)|}]
                [Calls("Shop.SUB_Find")]
                [Retrieves(typeof(Order))]
                public static void ACT_Checkout() => SUB_Close();

                [Microflow("Shop")]
                [Retrieves(typeof(Order), XPath = "[Status = 'Open']")]
                [Calls("Shop.ACT_Checkout")]
                public static void SUB_Find() { }

                [Microflow("Shop")]
                [Changes(typeof(Order), "Status")]
                [Deletes(typeof(Order))]
                public static void SUB_Close() { }
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments(
                "Shop.ACT_Checkout",
                "'Shop.Guest'",
                "Shop.ACT_Checkout → Shop.SUB_Find retrieves 'Shop.Order' under '[Status = 'Open']', which is not user-scoped; " +
                "Shop.ACT_Checkout → Shop.SUB_Close changes 'Status' of every 'Shop.Order'; Shop.ACT_Checkout → Shop.SUB_Close deletes every 'Shop.Order'",
                "'Shop.SUB_Find', 'Shop.SUB_Close'"));
    }

    // A build prints a diagnostic's message as one line: a constraint written over several lines is quoted on one.
    [Fact]
    public async Task AR0016_ARetrieveConstraintOverSeveralLines_IsQuotedOnOneLine()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + Shop + """"
            public static class Flows
            {
                [{|#0:Microflow("Shop", AllowedRoles = ["Shop.Guest"])|}]
                [Retrieves(typeof(Order), XPath = """
                    [Status = 'Open'
                     or Status = 'Late']
                    """)]
                public static void ACT_Open() { }
            }
            """",
            Verify.Diagnostic().WithLocation(0).WithArguments(
                "Shop.ACT_Open", "'Shop.Guest'", "Shop.ACT_Open retrieves 'Shop.Order' under '[Status = 'Open' or Status = 'Late']', which is not user-scoped", "'Shop.ACT_Open'"));
    }

    [Fact]
    public async Task AR0016_AChangeThatNamesNoMember_IsNamedAsAChangeOfTheMembers()
    {
        // A change and commit without members still writes the objects (the platform commits what the flow changed).
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + Shop + """
            public static class Flows
            {
                [{|#0:Microflow("Shop", AllowedRoles = ["Shop.Guest"])|}]
                [Changes(typeof(Order))]
                public static void ACT_Touch() { }
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.ACT_Touch", "'Shop.Guest'", "Shop.ACT_Touch changes the members of every 'Shop.Order'", "'Shop.ACT_Touch'"));
    }

    [Fact]
    public async Task AR0016_APartialMethodsCallsInItsImplementationsBody_AreItsCalls_AsCallerAndAsCallee()
    {
        // The [Microflow] is on the declaration, the body with the call on the implementation: one flow.
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + Shop + """
            public static partial class Flows
            {
                [{|#0:Microflow("Shop", AllowedRoles = ["Shop.Guest"])|}]
                public static partial void ACT_Partial();

                [{|#1:Microflow("Shop", AllowedRoles = ["Shop.Guest"])|}]
                public static void ACT_Caller() => SUB_Partial();

                [Microflow("Shop")]
                public static partial void SUB_Partial();

                [Microflow("Shop")]
                [Retrieves(typeof(Order))]
                public static void SUB_All() { }
            }

            public static partial class Flows
            {
                public static partial void ACT_Partial() => SUB_All();

                public static partial void SUB_Partial() => SUB_All();
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.ACT_Partial", "'Shop.Guest'", "Shop.ACT_Partial → Shop.SUB_All retrieves every 'Shop.Order'", "'Shop.SUB_All'"),
            Verify.Diagnostic().WithLocation(1).WithArguments("Shop.ACT_Caller", "'Shop.Guest'", "Shop.ACT_Caller → Shop.SUB_Partial → Shop.SUB_All retrieves every 'Shop.Order'", "'Shop.SUB_All'"));
    }

    [Fact]
    public async Task AR0016_ThroughCalleesOfOtherClasses_AndOfAPartialClassesOtherPart_IsReported()
    {
        // Each flow is read on its own: a callee in another class, or in another part of a partial class, is found by its name.
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + Shop + """
            public static partial class Flows
            {
                [{|#0:Microflow("Shop", AllowedRoles = ["Shop.Guest"])|}]
                public static void ACT_Start() => Orders.Lookup.SUB_All();

                [{|#1:Microflow("Shop", AllowedRoles = ["Shop.Guest"])|}]
                [Calls("Shop.SUB_Renamed")]
                public static void ACT_Second() { }
            }

            public static partial class Flows
            {
                [Microflow("Shop", Name = "SUB_Renamed")]
                [Deletes(typeof(Order))]
                public static void Remove() { }
            }

            public static class Orders
            {
                public static class Lookup
                {
                    [Microflow("Shop")]
                    [Retrieves(typeof(Order))]
                    public static void SUB_All() { }
                }
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.ACT_Start", "'Shop.Guest'", "Shop.ACT_Start → Shop.SUB_All retrieves every 'Shop.Order'", "'Shop.SUB_All'"),
            Verify.Diagnostic().WithLocation(1).WithArguments("Shop.ACT_Second", "'Shop.Guest'", "Shop.ACT_Second → Shop.SUB_Renamed deletes every 'Shop.Order'", "'Shop.SUB_Renamed'"));
    }

    [Fact]
    public async Task AR0016_ChangesOfWhatTheFlowRetrievedWithoutScope_AreReported_AndOfWhatItScopedOrCreated_AreNot()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + Shop + """
            public static class Flows
            {
                [{|#0:Microflow("Shop", AllowedRoles = ["Shop.Guest"])|}]
                [Retrieves(typeof(Order), XPath = "[Status = 'Open']")]
                [Changes(typeof(Order), "Status")]
                public static void ACT_CloseOpen() { }

                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                [Retrieves(typeof(Order), XPath = "[System.owner = '[%CurrentUser%]']")]
                [Deletes(typeof(Order))]
                public static void ACT_DeleteMine() { }

                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                [Creates(typeof(Order))]
                [Changes(typeof(Order), "Status")]
                public static void ACT_New() { }

                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                [Changes(typeof(Order), "Status", Parameter = "order")]
                public static void ACT_Change(Order order) { }
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments(
                "Shop.ACT_CloseOpen",
                "'Shop.Guest'",
                "Shop.ACT_CloseOpen retrieves 'Shop.Order' under '[Status = 'Open']', which is not user-scoped; Shop.ACT_CloseOpen changes 'Status' of the 'Shop.Order' objects it retrieves that way",
                "'Shop.ACT_CloseOpen'"));
    }

    [Fact]
    public async Task AR0016_AChangeOrDeleteActsOnWhatTheFlowRetrievedOrCreated_OfItsEntityOrOneAboveOrBelowIt()
    {
        // A retrieve of a specialization yields objects of its generalization, and one of the generalization may yield
        // the specialization's: a change or delete of either acts on them. A created object is an object of every entity
        // above its own, and of none below it.
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + Shop + """
            [Entity("Shop")] public class RushOrder : Order { }

            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                [Retrieves(typeof(RushOrder), XPath = "[System.owner = '[%CurrentUser%]']")]
                [Changes(typeof(Order), "Status")]
                public static void ACT_ChangeMyRushOrders() { }

                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                [Retrieves(typeof(Order), XPath = "[System.owner = '[%CurrentUser%]']")]
                [Deletes(typeof(RushOrder))]
                public static void ACT_DeleteMyRushOrders() { }

                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                [Creates(typeof(RushOrder))]
                [Changes(typeof(Order), "Status")]
                public static void ACT_NewRushOrder() { }

                [{|#0:Microflow("Shop", AllowedRoles = ["Shop.Guest"])|}]
                [Retrieves(typeof(RushOrder), XPath = "[Status = 'Open']")]
                [Deletes(typeof(Order))]
                public static void ACT_DeleteOpenRushOrders() { }

                [{|#1:Microflow("Shop", AllowedRoles = ["Shop.Guest"])|}]
                [Creates(typeof(Order))]
                [Deletes(typeof(RushOrder))]
                public static void ACT_DeleteRushOrders() { }
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments(
                "Shop.ACT_DeleteOpenRushOrders",
                "'Shop.Guest'",
                "Shop.ACT_DeleteOpenRushOrders retrieves 'Shop.RushOrder' under '[Status = 'Open']', which is not user-scoped; Shop.ACT_DeleteOpenRushOrders deletes the 'Shop.Order' objects it retrieves that way",
                "'Shop.ACT_DeleteOpenRushOrders'"),
            Verify.Diagnostic().WithLocation(1).WithArguments(
                "Shop.ACT_DeleteRushOrders",
                "'Shop.Guest'",
                "Shop.ACT_DeleteRushOrders deletes every 'Shop.RushOrder'",
                "'Shop.ACT_DeleteRushOrders'"));
    }

    [Fact]
    public async Task AR0016_EntityAccess_NamedRolesOnly_NoAllowedRoles_NonPersistableData_AndNanoflows_AreNotReported()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + Shop + """
            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Guest"], ApplyEntityAccess = true)]
                [Retrieves(typeof(Order))]
                public static void ACT_WithAccess() { }

                [Microflow("Shop", AllowedRoles = ["Shop.Customer"])]
                [Retrieves(typeof(Order))]
                public static void ACT_Customers() { }

                [Microflow("Shop")]
                [Retrieves(typeof(Order))]
                public static void SUB_Internal() { }

                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                [Retrieves(typeof(Cart))]
                public static void ACT_Cart() { }

                [Nanoflow("Shop", AllowedRoles = ["Shop.Guest"])]
                [Retrieves(typeof(Order))]
                public static void NAV_Orders() { }
            }
            """);
    }

    [Fact]
    public async Task AR0016_WithoutAnonymousUsers_IsNotReported()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRolesWithoutAnonymous + Shop + """
            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                [Retrieves(typeof(Order))]
                public static void ACT_Orders() { }
            }
            """);
    }

    [Fact]
    public async Task AR0016_Fix_AppliesEntityAccessWhereTheDataIsReached_FixAll()
    {
        await VerifyFix.VerifyCodeFixAsync(Sources.ShopRoles + Shop + """
            public static class Flows
            {
                [{|AR0016:Microflow("Shop", AllowedRoles = ["Shop.Guest"])|}]
                [Calls("Shop.SUB_Find")]
                public static void ACT_Checkout() { }

                [{|AR0016:Microflow("Shop", AllowedRoles = ["Shop.Guest"])|}]
                [Retrieves(typeof(Order))]
                public static void ACT_Orders() { }

                [Microflow("Shop")]
                [Retrieves(typeof(Order))]
                public static void SUB_Find() { }
            }
            """, Sources.ShopRoles + Shop + """
            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                [Calls("Shop.SUB_Find")]
                public static void ACT_Checkout() { }

                [Microflow("Shop", AllowedRoles = ["Shop.Guest"], ApplyEntityAccess = true)]
                [Retrieves(typeof(Order))]
                public static void ACT_Orders() { }

                [Microflow("Shop", ApplyEntityAccess = true)]
                [Retrieves(typeof(Order))]
                public static void SUB_Find() { }
            }
            """);
    }

    [Fact]
    public async Task AR0016_Fix_KeepsAnArgumentListWrittenOneArgumentALine()
    {
        await VerifyFix.VerifyCodeFixAsync(Sources.ShopRoles + Shop + """
            public static class Flows
            {
                [{|AR0016:Microflow(
                    "Shop",
                    AllowedRoles = ["Shop.Guest"]
                )|}]
                [Retrieves(typeof(Order))]
                public static void ACT_Orders() { }

                [{|AR0016:Microflow("Shop",
                    AllowedRoles = ["Shop.Guest"])|}]
                [Retrieves(typeof(Order))]
                public static void ACT_Recent() { }
            }
            """, Sources.ShopRoles + Shop + """
            public static class Flows
            {
                [Microflow(
                    "Shop",
                    AllowedRoles = ["Shop.Guest"],
                    ApplyEntityAccess = true
                )]
                [Retrieves(typeof(Order))]
                public static void ACT_Orders() { }

                [Microflow("Shop",
                    AllowedRoles = ["Shop.Guest"],
                    ApplyEntityAccess = true)]
                [Retrieves(typeof(Order))]
                public static void ACT_Recent() { }
            }
            """);
    }

    [Fact]
    public async Task AR0016_Fix_TurnsAnApplyEntityAccessWrittenFalse_ToTrue_RatherThanAddingASecond()
    {
        await VerifyFix.VerifyCodeFixAsync(Sources.ShopRoles + Shop + """
            public static class Flows
            {
                [{|AR0016:Microflow("Shop", ApplyEntityAccess = false, AllowedRoles = ["Shop.Guest"])|}]
                [Retrieves(typeof(Order))]
                public static void ACT_Orders() { }
            }
            """, Sources.ShopRoles + Shop + """
            public static class Flows
            {
                [Microflow("Shop", ApplyEntityAccess = true, AllowedRoles = ["Shop.Guest"])]
                [Retrieves(typeof(Order))]
                public static void ACT_Orders() { }
            }
            """);
    }

    // Visitors read their own carts only, and every category.
    private const string Carts = """
        [Entity("Shop", StoreOwner = true)]
        [AccessRule("Shop.Guest", Read = [nameof(Number)], XPath = "[System.owner = '[%CurrentUser%]']")]
        public class Cart { public string? Number { get; set; } }

        [Entity("Shop")]
        [AccessRule("Shop.Guest", Read = [nameof(Name)])]
        public class Category { public string? Name { get; set; } }

        [Entity("Shop", StoreOwner = true)]
        public class CartLine { public int Quantity { get; set; } public Cart? Cart { get; set; } public Category? Category { get; set; } }

        """;

    [Fact]
    public async Task AR0016_ARetrieveScopedByAnEntityParameter_IsTheVisitorsOwn_OnlyWhenVisitorsReadThatEntityOnlyWhereItIsTheirs()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + Carts + """
            public static class Flows
            {
                // Visitors read only their own carts: the cart they pass is theirs.
                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                [Retrieves(typeof(CartLine), XPath = "[Shop.CartLine_Cart = $cart]")]
                public static void ACT_Lines(Cart cart) { }

                // Visitors read every category: a category they pass selects other visitors' lines too.
                [{|#0:Microflow("Shop", AllowedRoles = ["Shop.Guest"])|}]
                [Retrieves(typeof(CartLine), XPath = "[Shop.CartLine_Category = $category]")]
                public static void ACT_ByCategory(Category category) { }

                // A plain value the client chose scopes nothing.
                [{|#1:Microflow("Shop", AllowedRoles = ["Shop.Guest"])|}]
                [Retrieves(typeof(CartLine), XPath = "[Quantity = $quantity]")]
                public static void ACT_ByQuantity(int quantity) { }
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.ACT_ByCategory", "'Shop.Guest'", "Shop.ACT_ByCategory retrieves 'Shop.CartLine' under '[Shop.CartLine_Category = $category]', which is not user-scoped", "'Shop.ACT_ByCategory'"),
            Verify.Diagnostic().WithLocation(1).WithArguments("Shop.ACT_ByQuantity", "'Shop.Guest'", "Shop.ACT_ByQuantity retrieves 'Shop.CartLine' under '[Quantity = $quantity]', which is not user-scoped", "'Shop.ACT_ByQuantity'"));
    }

    [Fact]
    public async Task AR0016_AComparisonWithAnEntityParameter_OrTheCurrentUser_ScopesAPathEndingAtTheEntityStep_AsAtTheAssociationOrTheId()
    {
        // Assoc/Module.Entity holds the objects the association does, so comparing it with the visitor's own object
        // scopes the retrieve as [Assoc = $object] and [Assoc/Module.Entity/id = $object] do.
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + Carts + """
            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                [Retrieves(typeof(CartLine), XPath = "[Shop.CartLine_Cart/Shop.Cart = $cart]")]
                public static void ACT_Lines(Cart cart) { }

                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                [Retrieves(typeof(Cart), XPath = "[Shop.CartLine_Cart/Shop.CartLine/Shop.CartLine_Cart/Shop.Cart = $cart]")]
                public static void ACT_CartThroughItsLines(Cart cart) { }

                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                [Retrieves(typeof(CartLine), XPath = "[System.owner/System.User = $currentUser]")]
                public static void ACT_MyLines() { }

                // Visitors read every category: one they pass selects other visitors' lines, whichever way it is written.
                [{|#0:Microflow("Shop", AllowedRoles = ["Shop.Guest"])|}]
                [Retrieves(typeof(CartLine), XPath = "[Shop.CartLine_Category/Shop.Category = $category]")]
                public static void ACT_ByCategory(Category category) { }

                // An entity step that is not where the path ends compares the member after it, not the object.
                [{|#1:Microflow("Shop", AllowedRoles = ["Shop.Guest"])|}]
                [Retrieves(typeof(CartLine), XPath = "[Shop.CartLine_Cart/Shop.Cart/Number = $number]")]
                public static void ACT_ByNumber(string number) { }

                // Unequal to the visitor's own cart: every other visitor's lines.
                [{|#2:Microflow("Shop", AllowedRoles = ["Shop.Guest"])|}]
                [Retrieves(typeof(CartLine), XPath = "[Shop.CartLine_Cart != $cart]")]
                public static void ACT_OtherLines(Cart cart) { }
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.ACT_ByCategory", "'Shop.Guest'", "Shop.ACT_ByCategory retrieves 'Shop.CartLine' under '[Shop.CartLine_Category/Shop.Category = $category]', which is not user-scoped", "'Shop.ACT_ByCategory'"),
            Verify.Diagnostic().WithLocation(1).WithArguments("Shop.ACT_ByNumber", "'Shop.Guest'", "Shop.ACT_ByNumber retrieves 'Shop.CartLine' under '[Shop.CartLine_Cart/Shop.Cart/Number = $number]', which is not user-scoped", "'Shop.ACT_ByNumber'"),
            Verify.Diagnostic().WithLocation(2).WithArguments("Shop.ACT_OtherLines", "'Shop.Guest'", "Shop.ACT_OtherLines retrieves 'Shop.CartLine' under '[Shop.CartLine_Cart != $cart]', which is not user-scoped", "'Shop.ACT_OtherLines'"));
    }

    [Fact]
    public async Task AR0016_AnEntityParameter_IsTheVisitorsOwn_ByEveryReadGrantOfTheAnonymousRoles_AndByThoseAlone_NeverWhenManyUsersShareIt()
    {
        // Rules are additive: one more anonymous rule that reads without the owner constraint lets the client pass any
        // object. What named users read, and an anonymous rule that reads nothing, do not change what a visitor passes.
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Guest", Read = [nameof(Number)], XPath = "[System.owner = '[%CurrentUser%]']")]
            [AccessRule("Shop.Customer", Read = [nameof(Number)])]
            public class Basket { public string? Number { get; set; } }

            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Guest", Read = [nameof(Code)], XPath = "[System.owner = '[%CurrentUser%]']")]
            [AccessRule("Shop.Guest", Create = true)]
            public class Ticket { public string? Code { get; set; } }

            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Guest", Read = [nameof(Code)], XPath = "[System.owner = '[%CurrentUser%]']")]
            [AccessRule("Shop.Guest", Read = [nameof(Amount)])]
            public class Voucher { public string? Code { get; set; } public decimal Amount { get; set; } }

            [Entity("Shop")]
            public class Line { public int Quantity { get; set; } public Basket? Basket { get; set; } public Ticket? Ticket { get; set; } public Voucher? Voucher { get; set; } public SystemUserRole? Role { get; set; } }

            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                [Retrieves(typeof(Line), XPath = "[Shop.Line_Basket = $basket]")]
                public static void ACT_BasketLines(Basket basket) { }

                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                [Retrieves(typeof(Line), XPath = "[Shop.Line_Ticket = $ticket]")]
                public static void ACT_TicketLines(Ticket ticket) { }

                [{|#0:Microflow("Shop", AllowedRoles = ["Shop.Guest"])|}]
                [Retrieves(typeof(Line), XPath = "[Shop.Line_Voucher = $voucher]")]
                public static void ACT_VoucherLines(Voucher voucher) { }

                // A user role is shared by many users: whatever the visitor may read of it, it selects others' lines too.
                [{|#1:Microflow("Shop", AllowedRoles = ["Shop.Guest"])|}]
                [Retrieves(typeof(Line), XPath = "[Shop.Line_UserRole = $role]")]
                public static void ACT_RoleLines(SystemUserRole role) { }
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.ACT_VoucherLines", "'Shop.Guest'", "Shop.ACT_VoucherLines retrieves 'Shop.Line' under '[Shop.Line_Voucher = $voucher]', which is not user-scoped", "'Shop.ACT_VoucherLines'"),
            Verify.Diagnostic().WithLocation(1).WithArguments("Shop.ACT_RoleLines", "'Shop.Guest'", "Shop.ACT_RoleLines retrieves 'Shop.Line' under '[Shop.Line_UserRole = $role]', which is not user-scoped", "'Shop.ACT_RoleLines'"));
    }

    [Fact]
    public async Task AR0016_ARetrieveScopedByTheFlowsCurrentUserVariable_IsTheVisitorsOwn_AndOneComparingAMemberOfItIsAFilter()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")] public class Customer : SystemUser { }

            [Entity("Shop", StoreOwner = true)]
            public class Cart { public string? Number { get; set; } public Customer? Customer { get; set; } }

            public static class Flows
            {
                // The platform's reference retrieves the signed-in user with [id = $currentUser].
                [Microflow("Shop", AllowedRoles = ["Shop.Guest"], Url = "me")]
                [Retrieves(typeof(Customer), XPath = "[id = $currentUser]")]
                [Retrieves(typeof(Cart), XPath = "[Shop.Cart_Customer = $currentUser]")]
                [Retrieves(typeof(Cart), XPath = "[System.owner = $currentuser][Number != empty]")]
                public static void ACT_Mine() { }

                // A user's name is a value like any other: every cart whose number matches it.
                [{|#0:Microflow("Shop", AllowedRoles = ["Shop.Guest"], Url = "named")|}]
                [Retrieves(typeof(Cart), XPath = "[Number = $currentUser/Name]")]
                public static void ACT_Named() { }
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.ACT_Named", "'Shop.Guest'", "Shop.ACT_Named retrieves 'Shop.Cart' under '[Number = $currentUser/Name]', which is not user-scoped", "'Shop.ACT_Named'"));
    }

    [Fact]
    public async Task AR0016_ACalleeReachedBeforeByAnotherCallee_StillCountsItsOwnActions()
    {
        // SUB_Orders performs an action itself and calls SUB_Customers, which the walk has already decided: both count.
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + Shop + """
            public static class Flows
            {
                [{|#0:Microflow("Shop", AllowedRoles = ["Shop.Guest"], ApplyEntityAccess = true)|}]
                [Calls("Shop.SUB_Customers")]
                [Calls("Shop.SUB_Orders")]
                public static void ACT_Start() { }

                [Microflow("Shop")]
                [Retrieves(typeof(Customer))]
                public static void SUB_Customers() { }

                [Microflow("Shop")]
                [Retrieves(typeof(Order))]
                [Calls("Shop.SUB_Customers")]
                public static void SUB_Orders() { }
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments(
                "Shop.ACT_Start",
                "'Shop.Guest'",
                "Shop.ACT_Start → Shop.SUB_Customers retrieves every 'Shop.Customer'; Shop.ACT_Start → Shop.SUB_Orders retrieves every 'Shop.Order'",
                "'Shop.SUB_Customers', 'Shop.SUB_Orders'"));
    }

    [Fact]
    public async Task AR0016_OverloadsDeclaringTwoMicroflows_AreEachReported_AndAnotherAttributeNamingAnEntity_IsNoDataAction()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + Shop + """
            public static class Flows
            {
                [{|#0:Microflow("Shop", AllowedRoles = ["Shop.Guest"], Name = "ACT_ByNumber")|}]
                [Retrieves(typeof(Order))]
                public static void Find(int number) { }

                [{|#1:Microflow("Shop", AllowedRoles = ["Shop.Guest"], Name = "ACT_ByStatus")|}]
                [Retrieves(typeof(Order))]
                public static void Find(string status) { }

                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                [System.ComponentModel.TypeConverter(typeof(Order))]
                public static void ACT_Plain() { }

                [{|#2:Microflow("Shop", AllowedRoles = ["Shop.Guest"])|}]
                [Changes(typeof(Order))]
                public static void ACT_Touch() { }
            }
            """,
            Verify.Diagnostic().WithLocation(2).WithArguments("Shop.ACT_Touch", "'Shop.Guest'", "Shop.ACT_Touch changes the members of every 'Shop.Order'", "'Shop.ACT_Touch'"),
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.ACT_ByNumber", "'Shop.Guest'", "Shop.ACT_ByNumber retrieves every 'Shop.Order'", "'Shop.ACT_ByNumber'"),
            Verify.Diagnostic().WithLocation(1).WithArguments("Shop.ACT_ByStatus", "'Shop.Guest'", "Shop.ACT_ByStatus retrieves every 'Shop.Order'", "'Shop.ACT_ByStatus'"));
    }

    [Fact]
    public async Task AR0016_AnInvocationOfANameSeveralMethodsShare_CallsTheOneTheCompilerBinds()
    {
        // Get(1) calls the helper Get(int), not the flow Get(); Find("x") calls the microflow of Find(string) alone.
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + Shop + """
            public class Base { public static void Fetch(int count) { } }

            public class Flows : Base
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                public static void ACT_Helper() => Get(1);

                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                public static void ACT_BaseHelper() => Fetch(1);

                // Half-typed: no overload takes a string, so the call binds to nothing and calls no flow.
                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                public static void ACT_HalfTyped() => Get({|CS1503:"many"|});

                [{|#0:Microflow("Shop", AllowedRoles = ["Shop.Guest"])|}]
                public static void ACT_Flow() => Get();

                [{|#1:Microflow("Shop", AllowedRoles = ["Shop.Guest"])|}]
                public static void ACT_ByStatus() => Find("Open");

                [Microflow("Shop")]
                [Retrieves(typeof(Order))]
                public static void Get() { }

                public static void Get(int count) { }

                [Microflow("Shop")]
                [Deletes(typeof(Order))]
                public static void Fetch() { }

                [Microflow("Shop", Name = "SUB_ByNumber")]
                [Changes(typeof(Order))]
                public static void Find(int number) { }

                [Microflow("Shop", Name = "SUB_ByStatus")]
                [Retrieves(typeof(Order))]
                public static void Find(string status) { }
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.ACT_Flow", "'Shop.Guest'", "Shop.ACT_Flow → Shop.Get retrieves every 'Shop.Order'", "'Shop.Get'"),
            Verify.Diagnostic().WithLocation(1).WithArguments("Shop.ACT_ByStatus", "'Shop.Guest'", "Shop.ACT_ByStatus → Shop.SUB_ByStatus retrieves every 'Shop.Order'", "'Shop.SUB_ByStatus'"));
    }

    [Fact]
    public async Task AR0016_ALocalFunctionNamedAsAFlow_IsWhatAnUnqualifiedCallReaches_AQualifiedOneStillCallsTheFlow()
    {
        // Until 2026-12-07 the name alone decided: ACT_Local was reported as reaching every order through SUB_Find.
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + Shop + """
            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                public static void ACT_Local() { SUB_Find(); static void SUB_Find() { } }

                [{|#0:Microflow("Shop", AllowedRoles = ["Shop.Guest"])|}]
                public static void ACT_Qualified() { Flows.SUB_Find(); static void SUB_Find() { } }

                [Microflow("Shop")]
                [Retrieves(typeof(Order))]
                public static void SUB_Find() { }
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.ACT_Qualified", "'Shop.Guest'", "Shop.ACT_Qualified → Shop.SUB_Find retrieves every 'Shop.Order'", "'Shop.SUB_Find'"));
    }

    [Fact]
    public async Task AR0016_AFlowWhoseClassTheReceiverDoesNotWrite_IsCalled_ThroughABaseClass_AVariable_OrAUsingStatic()
    {
        await Verify.VerifyAnalyzerAsync("using static Lookup;\n" + Sources.ShopRoles + Shop + """
            public class BaseFlows
            {
                [Microflow("Shop")]
                [Retrieves(typeof(Order))]
                public void SUB_Orders() { }
            }

            public static class Lookup
            {
                [Microflow("Shop")]
                [Retrieves(typeof(Customer))]
                public static void SUB_Customers() { }
            }

            public class Flows : BaseFlows
            {
                [{|#0:Microflow("Shop", AllowedRoles = ["Shop.Guest"])|}]
                public void ACT_Inherited() => SUB_Orders();

                [{|#1:Microflow("Shop", AllowedRoles = ["Shop.Guest"])|}]
                public static void ACT_Variable() { var flows = new BaseFlows(); flows.SUB_Orders(); }

                [{|#2:Microflow("Shop", AllowedRoles = ["Shop.Guest"])|}]
                public static void ACT_Imported() => SUB_Customers();
            }

            public static class Others
            {
                // A method of its own class with a flow's name is no call of that flow.
                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                public static void ACT_Own() => SUB_Customers(1);

                private static void SUB_Customers(int page) { }
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.ACT_Inherited", "'Shop.Guest'", "Shop.ACT_Inherited → Shop.SUB_Orders retrieves every 'Shop.Order'", "'Shop.SUB_Orders'"),
            Verify.Diagnostic().WithLocation(1).WithArguments("Shop.ACT_Variable", "'Shop.Guest'", "Shop.ACT_Variable → Shop.SUB_Orders retrieves every 'Shop.Order'", "'Shop.SUB_Orders'"),
            Verify.Diagnostic().WithLocation(2).WithArguments("Shop.ACT_Imported", "'Shop.Guest'", "Shop.ACT_Imported → Shop.SUB_Customers retrieves every 'Shop.Customer'", "'Shop.SUB_Customers'"));
    }

    [Fact]
    public async Task AR0016_ARetrieveComparingWithTheSession_InAFlowWithParameters_IsNotUserScoped()
    {
        // $currentSession is no parameter of the flow: it scopes nothing to the visitor.
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + Shop + """
            public static class Flows
            {
                [{|#0:Microflow("Shop", AllowedRoles = ["Shop.Guest"])|}]
                [Retrieves(typeof(Order), XPath = "[System.owner = $currentSession]")]
                public static void ACT_BySession(Order order) { }
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments(
                "Shop.ACT_BySession", "'Shop.Guest'", "Shop.ACT_BySession retrieves 'Shop.Order' under '[System.owner = $currentSession]', which is not user-scoped", "'Shop.ACT_BySession'"));
    }

    [Fact]
    public async Task AR0016_TwoActionsAlike_AreNamedOnce()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + Shop + """
            public static class Flows
            {
                [{|#0:Microflow("Shop", AllowedRoles = ["Shop.Guest"], Url = "orders")|}]
                [Retrieves(typeof(Order))]
                [Retrieves(typeof(Order))]
                public static void ACT_Orders() { }
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.ACT_Orders", "'Shop.Guest'", "Shop.ACT_Orders retrieves every 'Shop.Order'", "'Shop.ACT_Orders'"));
    }

    [Fact]
    public async Task AR0016_AnAnonymousRoleOfAnotherModule_IsAR1002s_AndJudgedByNothingElse()
    {
        await Verify.VerifyAnalyzerAsync("""
            using AccessRules;

            [assembly: ModuleRole("Shop.Customer")]
            [assembly: ModuleRole("Sales.Guest")]
            [assembly: UserRole("Customer", "Shop.Customer")]
            [assembly: UserRole("Anonymous", "Sales.Guest")]
            [assembly: AnonymousUsers("Anonymous")]

            [Entity("Shop")]
            public class Order { public string? Status { get; set; } }

            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Sales.Guest"])]
                [Retrieves(typeof(Order))]
                public static void ACT_Orders() { }
            }
            """);
    }

    [Fact]
    public async Task AR0016_ThroughCycles_EveryCallerOfTheCycleReachesWhatItReaches_AndACycleThatReachesNothingIsNotReported()
    {
        // SUB_Loop and SUB_Back call each other; SUB_Loop also calls SUB_Find. Whichever microflow is judged first,
        // each caller gets the actions behind the cycle, with its own shortest chain.
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + Shop + """
            public static class Flows
            {
                [{|#0:Microflow("Shop", AllowedRoles = ["Shop.Guest"])|}]
                [Calls("Shop.SUB_Loop")]
                public static void ACT_Start() { }

                [{|#1:Microflow("Shop", AllowedRoles = ["Shop.Guest"])|}]
                [Calls("Shop.SUB_Back")]
                public static void ACT_Other() { }

                [Microflow("Shop")]
                [Calls("Shop.SUB_Back")]
                [Calls("Shop.SUB_Find")]
                public static void SUB_Loop() { }

                [Microflow("Shop")]
                [Calls("Shop.SUB_Loop")]
                public static void SUB_Back() { }

                [Microflow("Shop")]
                [Retrieves(typeof(Order))]
                public static void SUB_Find() { }

                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                [Calls("Shop.SUB_Ping")]
                public static void ACT_Quiet() { }

                [Microflow("Shop")]
                [Calls("Shop.SUB_Pong")]
                [Retrieves(typeof(Order), XPath = "[System.owner = '[%CurrentUser%]']")]
                public static void SUB_Ping() { }

                [Microflow("Shop")]
                [Calls("Shop.SUB_Ping")]
                [Calls("Shop.ACT_Quiet")]
                public static void SUB_Pong() { }
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.ACT_Start", "'Shop.Guest'", "Shop.ACT_Start → Shop.SUB_Loop → Shop.SUB_Find retrieves every 'Shop.Order'", "'Shop.SUB_Find'"),
            Verify.Diagnostic().WithLocation(1).WithArguments("Shop.ACT_Other", "'Shop.Guest'", "Shop.ACT_Other → Shop.SUB_Back → Shop.SUB_Loop → Shop.SUB_Find retrieves every 'Shop.Order'", "'Shop.SUB_Find'"));
    }
}
