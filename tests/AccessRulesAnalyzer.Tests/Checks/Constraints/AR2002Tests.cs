using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;
using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.XPathUnknownNameCheck>;
using VerifyFix = AccessRulesAnalyzer.Tests.Verification.CSharpCodeFixVerifier<AccessRulesAnalyzer.Checks.XPathUnknownNameCheck, AccessRulesAnalyzer.CodeFixes.UseSuggestedNameCodeFixProvider>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR2002: Unknown name in an XPath.</summary>
public class AR2002Tests
{
    private const string OrdersOfCustomers = """
        [Entity("Shop")]
        public class Order { public string? Number { get; set; } public Customer? Customer { get; set; } }

        [Entity("Shop")] public class Customer : SystemUser { }

        """;

    [Fact]
    public async Task AR2002_UnknownNamesAndTokens_AreReportedInsideTheString()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
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
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.Order", "'Shop.Order' has no attribute, association or specialization 'Staus'; did you mean 'Status'?"),
            Verify.Diagnostic().WithLocation(1).WithArguments("Shop.Order", "'Shop.Order' has no attribute, association or specialization 'Shop.Order_Custmer'; did you mean 'Shop.Order_Customer'?"),
            Verify.Diagnostic().WithLocation(2).WithArguments("Shop.Order", "'Shop.Order_Customer' follows 'Status', which is not an association"),
            Verify.Diagnostic().WithLocation(3).WithArguments("Shop.Order", "unknown token '[%BeginOfCurrentDya%]'; did you mean 'BeginOfCurrentDay'?"),
            Verify.Diagnostic().WithLocation(4).WithArguments("Shop.Order", "'Shop.Customer' has no attribute, association or specialization 'Nick'"),
            Verify.Diagnostic().WithLocation(5).WithArguments("Shop.Order", "unknown token '[%UserRole_Custome%]'; did you mean 'UserRole_Customer'?"),
            Verify.Diagnostic().WithLocation(6).WithArguments("Shop.Order", "unknown token '[%UserRole_Customers%]'; did you mean 'UserRole_Customer'?"));
    }

    [Fact]
    public async Task AR2002_SystemMembersAndSystemEntitiesBind()
    {
        await Verify.VerifyAnalyzerAsync(Sources.SystemRoles + """
            [Entity("Shop", StoreOwner = true, StoreCreatedDate = true, StoreChangedDate = true, StoreChangedBy = true)]
            [AccessRule("Shop.Customer", Read = [nameof(Quantity)], XPath = "[createdDate > '[%BeginOfCurrentDay%] - 3 * [%YearLength%]'][changedDate < '[%CurrentDateTime%]'][System.changedBy = '[%CurrentUser%]']")]
            [AccessRule("Shop.Customer", Read = [nameof(Quantity)], XPath = "[Shop.Basket_User/System.User/id = '[%CurrentUser%]']")]
            [AccessRule("Shop.Customer", Read = [nameof(Quantity)], XPath = "[Shop.Basket_User/System.User/System.UserRoles = '[%UserRole_Administrator%]']")]
            [AccessRule("Shop.Customer", Read = [nameof(Quantity)], XPath = "[System.owner/System.User/System.UserRoles/System.UserRole/Name = 'Customer']")]
            [AccessRule("Shop.Customer", Read = [nameof(Quantity)], XPath = "[Shop.Basket_User/System.User[IsAnonymous = false() and FailedLogins < 3 and BlockedSince = empty]/System.User_Language/System.Language/Code = 'en_US']")]
            [AccessRule("Shop.Customer", Read = [nameof(Quantity)], XPath = "[Shop.Basket_User/System.User/{|#0:LastLogon|} = empty]")]
            public class Basket { public int Quantity { get; set; } public SystemUser? User { get; set; } }

            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(Name)], XPath = "[FileID > 0 and HasContents = true() and DeleteAfterDownload = false() and EnableCaching = true and PublicThumbnailPath != NULL]")]
            public class Photo : Image { }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.Basket", "'System.User' has no attribute, association or specialization 'LastLogon'; did you mean 'LastLogin'?"));
    }

    [Fact]
    public async Task AnXPathOnANonPersistableEntity_IsAR1006Alone()
    {
        const string source = Sources.SystemRoles + """
            [Entity("Shop", Persistable = false)]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Query)], XPath = "[Quey = 'x' and System.owner = '[%CurrentUser%]' and Query = 1]")]
            [AccessRule("Shop.Customer", Create = true, ReadWrite = [nameof(Query)], XPath = "[Query = 'x'")]
            public class SearchForm { public string? Query { get; set; } }
            """;
        await Verify.VerifyAnalyzerAsync(source);
        await CSharpAnalyzerVerifier<XPathCurrentUserNotUserCheck>.VerifyAnalyzerAsync(source);
        await CSharpAnalyzerVerifier<XPathSyntaxErrorCheck>.VerifyAnalyzerAsync(source);
        await CSharpAnalyzerVerifier<XPathTypeMismatchCheck>.VerifyAnalyzerAsync(source);
        await CSharpAnalyzerVerifier<SystemMemberNotStoredCheck>.VerifyAnalyzerAsync(source);
        await CSharpAnalyzerVerifier<ConstrainedMemberWritableCheck>.VerifyAnalyzerAsync(source);
        await CSharpAnalyzerVerifier<CreateNotLimitedByXPathCheck>.VerifyAnalyzerAsync(source);
        await CSharpAnalyzerVerifier<XPathOnNonPersistableEntityCheck>.VerifyAnalyzerAsync(Sources.SystemRoles + """
            [Entity("Shop", Persistable = false)]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Query)], XPath = {|#0:"[Quey = 'x' and System.owner = '[%CurrentUser%]' and Query = 1]"|})]
            [AccessRule("Shop.Customer", Create = true, ReadWrite = [nameof(Query)], XPath = {|#1:"[Query = 'x'"|})]
            public class SearchForm { public string? Query { get; set; } }
            """,
            Expect.Diagnostic("AR1006").WithLocation(0).WithArguments("Shop.SearchForm"),
            Expect.Diagnostic("AR1006").WithLocation(1).WithArguments("Shop.SearchForm"));
    }

    [Fact]
    public async Task AR2002_SystemOwnerSpelledWithACapital_SuggestsSystemOwner()
    {
        await Verify.VerifyAnalyzerAsync(Sources.SystemRoles + """
            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Guest", Read = [nameof(Quantity)], XPath = "[{|#0:System.Owner|} = '[%CurrentUser%]']")]
            public class CartLine { public int Quantity { get; set; } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.CartLine", "'Shop.CartLine' has no attribute, association or specialization 'System.Owner'; did you mean 'System.owner'?"));
    }

    [Fact]
    public async Task AR2002_AnAssociationWithoutItsModule_OrAnAttributeWithOne_SuggestsTheNameAsThePlatformWritesIt()
    {
        await Verify.VerifyAnalyzerAsync(Sources.SystemRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(Status)], XPath = "[{|#0:Order_Lines|}/Shop.Line/Quantity > 1]")]
            [AccessRule("Shop.Customer", Read = [nameof(Status)], XPath = "[{|#1:Shop.Status|} = 'Open']")]
            [AccessRule("Shop.Customer", Read = [nameof(Status)], XPath = "[{|#2:Sales.Order_Lines|}/Shop.Line/Quantity > 1]")]
            public class Order { public string? Status { get; set; } [Association("Order_Lines")] public System.Collections.Generic.List<Line> Lines { get; set; } = new(); }

            [Entity("Shop")] public class Line { public int Quantity { get; set; } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.Order", "'Shop.Order' has no attribute, association or specialization 'Order_Lines'; did you mean 'Shop.Order_Lines'?"),
            Verify.Diagnostic().WithLocation(1).WithArguments("Shop.Order", "'Shop.Order' has no attribute, association or specialization 'Shop.Status'; did you mean 'Status'?"),
            // Another module's name for it is a different association, which the model does not declare: no guess.
            Verify.Diagnostic().WithLocation(2).WithArguments("Shop.Order", "'Shop.Order' has no attribute, association or specialization 'Sales.Order_Lines'"));
    }

    [Fact]
    public async Task AR2002_Fix_WritesTheModuleTheAssociationNeeds()
    {
        await VerifyFix.VerifyCodeFixAsync(Sources.SystemRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(Status)], XPath = "[{|AR2002:Order_Lines|}/Shop.Line/Quantity > 1]")]
            public class Order { public string? Status { get; set; } [Association("Order_Lines")] public System.Collections.Generic.List<Line> Lines { get; set; } = new(); }

            [Entity("Shop")] public class Line { public int Quantity { get; set; } }
            """, Sources.SystemRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(Status)], XPath = "[Shop.Order_Lines/Shop.Line/Quantity > 1]")]
            public class Order { public string? Status { get; set; } [Association("Order_Lines")] public System.Collections.Generic.List<Line> Lines { get; set; } = new(); }

            [Entity("Shop")] public class Line { public int Quantity { get; set; } }
            """);
    }

    [Fact]
    public async Task AR2002_Fix_UsesTheSuggestedSystemMember()
    {
        await VerifyFix.VerifyCodeFixAsync(Sources.SystemRoles + """
            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Guest", Read = [nameof(Quantity)], XPath = "[{|AR2002:System.Owner|} = '[%CurrentUser%]']")]
            public class CartLine { public int Quantity { get; set; } }
            """, Sources.SystemRoles + """
            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Guest", Read = [nameof(Quantity)], XPath = "[System.owner = '[%CurrentUser%]']")]
            public class CartLine { public int Quantity { get; set; } }
            """);
    }

    [Fact]
    public async Task AR2002_Fix_ReplacesEveryMisspeltStepAndToken_KeepingTheQuotes()
    {
        await VerifyFix.VerifyCodeFixAsync(Sources.SystemRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(Status)], XPath = "[{|AR2002:staus|} = 'Open' and {|AR2002:Creatd|} > {|AR2002:'[%BeginOfCurrentDya%]'|}][Due < '{|AR2002:[%CurrentDateTme%]|} + [%DayLength%]']")]
            public class Ticket { public string? Status { get; set; } public System.DateTime Created { get; set; } public System.DateTime Due { get; set; } }
            """, Sources.SystemRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(Status)], XPath = "[Status = 'Open' and Created > '[%BeginOfCurrentDay%]'][Due < '[%CurrentDateTime%] + [%DayLength%]']")]
            public class Ticket { public string? Status { get; set; } public System.DateTime Created { get; set; } public System.DateTime Due { get; set; } }
            """);
    }

    [Fact]
    public async Task AR2002_Fix_IsNotOfferedWithoutASuggestion_OrWhenTheSourceDoesNotShowTheName()
    {
        // No near name (a step after an attribute has none: nothing can follow it); and a constraint built from a constant declared elsewhere, which other rules may share.
        const string source = Sources.SystemRoles + """
            static class Constraints { public const string Mine = "[Ownr = '[%CurrentUser%]']"; }

            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(Status)], XPath = "[{|AR2002:Priority|} = 1]")]
            [AccessRule("Shop.Customer", Delete = true, XPath = {|AR2002:Constraints.Mine|})]
            [AccessRule("Shop.Customer", Read = [nameof(Status)], XPath = "[Status/{|AR2002:status|} = 'x' and Status = {|AR2002:'[%Zzzzzzzz%]'|}]")]
            public class Ticket { public string? Status { get; set; } public Owner? Owner { get; set; } }

            [Entity("Shop")]
            public class Owner : SystemUser { }
            """;
        await VerifyFix.VerifyNoFixOfferedAsync(source);
    }

    [Theory]
    [InlineData("[not({|#0:Staus|} = 'Open')]")]
    [InlineData("['Open' = {|#0:Staus|}]")]
    [InlineData("[contains({|#0:Staus|}, 'O')]")]
    [InlineData("[starts-with(Status, 'O') and ends-with({|#0:Staus|}, 'n')]")]
    [InlineData("[Shop.Order_Customer[not({|#0:Nick|} = 'x')]]")]
    public async Task AR2002_NamesInsideNotTheRightSideAndFunctionArguments_AreChecked(string xpath)
    {
        var name = xpath.Contains("Nick") ? "'Shop.Customer' has no attribute, association or specialization 'Nick'" : "'Shop.Order' has no attribute, association or specialization 'Staus'; did you mean 'Status'?";
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(Status)], XPath = "XPATH")]
            public class Order { public string? Status { get; set; } public Customer? Customer { get; set; } }

            [Entity("Shop")] public class Customer : SystemUser { public string? Nickname { get; set; } }
            """.Replace("XPATH", xpath),
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.Order", name));
    }

    [Fact]
    public async Task AR2002_ATokenOnTheLeftOfAComparison_IsChecked()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(Due)], XPath = "[{|#0:'[%BeginOfCurrentDya%]'|} > Due]")]
            public class Order { public System.DateTime Due { get; set; } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.Order", "unknown token '[%BeginOfCurrentDya%]'; did you mean 'BeginOfCurrentDay'?"));
    }

    [Fact]
    public async Task AR2002_UnknownNamesAndParametersInARetrieve_AreReported_AndItsParametersAreNot()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + OrdersOfCustomers + """
            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Customer"], ApplyEntityAccess = true)]
                [Retrieves(typeof(Order), XPath = "[{|#0:Numbr|} = $number]")]
                [Retrieves(typeof(Order), XPath = "[Number = {|#1:$numbr|}]")]
                [Retrieves(typeof(Order), XPath = "[Number = $number and Shop.Order_Customer = $customer]")]
                public static void ACT_Find(string number, Customer customer) { }
            }

            [Page("Shop", VisibleFor = ["Shop.Customer"])]
            [Shows(typeof(Order), XPath = "[{|#2:Shop.Order_Custmer|} = '[%CurrentUser%]']")]
            public class Orders { }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("retrieve of Shop.ACT_Find", "'Shop.Order' has no attribute, association or specialization 'Numbr'; did you mean 'Number'?"),
            Verify.Diagnostic().WithLocation(1).WithArguments("retrieve of Shop.ACT_Find", "'$numbr' is not a parameter of the flow (it has '$number', '$customer'); did you mean '$number'?"),
            Verify.Diagnostic().WithLocation(2).WithArguments("widget of page Shop.Orders", "'Shop.Order' has no attribute, association or specialization 'Shop.Order_Custmer'; did you mean 'Shop.Order_Customer'?"));
    }

    [Fact]
    public async Task AR2002_AnUnknownParameter_OnEitherSide_IsReported_NamingTheFlowsParameters()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            public class Order { public string? Number { get; set; } }

            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Customer"], ApplyEntityAccess = true)]
                [Retrieves(typeof(Order), XPath = "[{|#0:$numbr|} = Number]")]
                [Retrieves(typeof(Order), XPath = "[Number = {|#1:$zzz|}]")]
                public static void ACT_Find(string number) { }

                [Microflow("Shop", AllowedRoles = ["Shop.Customer"], ApplyEntityAccess = true)]
                [Retrieves(typeof(Order), XPath = "[Number = {|#2:$number|}]")]
                public static void ACT_All() { }
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("retrieve of Shop.ACT_Find", "'$numbr' is not a parameter of the flow (it has '$number'); did you mean '$number'?"),
            Verify.Diagnostic().WithLocation(1).WithArguments("retrieve of Shop.ACT_Find", "'$zzz' is not a parameter of the flow (it has '$number')"),
            Verify.Diagnostic().WithLocation(2).WithArguments("retrieve of Shop.ACT_All", "'$number' is not a parameter of the flow (it has none)"));
    }

    [Fact]
    public async Task AR2002_TheFlowsBuiltInVariables_AndMembersOfAVariablesObject_AreNotUnknown_AndAnUnknownVariablesNameIsMarked()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + OrdersOfCustomers + """
            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Customer"], ApplyEntityAccess = true)]
                [Retrieves(typeof(Customer), XPath = "[id = $currentUser]")]
                [Retrieves(typeof(Order), XPath = "[Shop.Order_Customer = $CurrentUser]")]
                [Retrieves(typeof(Order), XPath = "[Number = $currentUser/Name]")]
                [Retrieves(typeof(Order), XPath = "[Number = $order/Number]")]
                [Retrieves(typeof(Order), XPath = "[System.owner = $currentSession/System.Session_User]")]
                [Retrieves(typeof(Order), XPath = "[Number = {|#0:$ordr|}/Number]")]
                [Retrieves(typeof(Order), XPath = "[Shop.Order_Customer = {|#1:$currentUsr|}]")]
                public static void ACT_Find(Order order) { }
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("retrieve of Shop.ACT_Find", "'$ordr' is not a parameter of the flow (it has '$order'); did you mean '$order'?"),
            Verify.Diagnostic().WithLocation(1).WithArguments("retrieve of Shop.ACT_Find", "'$currentUsr' is not a parameter of the flow (it has '$order'); did you mean '$currentUser'?"));
    }

    [Fact]
    public async Task AR2002_Fix_ReplacesAMisspeltParameter_AndIsNotOfferedWithoutASuggestion()
    {
        const string Flows = """
            [Entity("Shop")]
            public class Order { public string? Number { get; set; } }

            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Customer"], ApplyEntityAccess = true)]
                [Retrieves(typeof(Order), XPath = "[Number = NAME]")]
                public static void ACT_Find(string number) { }
            }
            """;
        await VerifyFix.VerifyCodeFixAsync(
            Sources.ShopRoles + Flows.Replace("NAME", "{|AR2002:$numbr|}"),
            Sources.ShopRoles + Flows.Replace("NAME", "$number"));
        await VerifyFix.VerifyNoFixOfferedAsync(Sources.ShopRoles + Flows.Replace("NAME", "{|AR2002:$zzz|}"));
    }
}
