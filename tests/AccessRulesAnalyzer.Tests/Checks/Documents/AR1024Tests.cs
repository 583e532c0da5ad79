using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.UndeclaredFlowCheck>;
using VerifyFix = AccessRulesAnalyzer.Tests.Verification.CSharpCodeFixVerifier<AccessRulesAnalyzer.Checks.UndeclaredFlowCheck, AccessRulesAnalyzer.CodeFixes.UseDeclaredFlowCodeFixProvider>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR1024: Reference to an undeclared microflow or nanoflow.</summary>
public class AR1024Tests
{
    [Fact]
    public async Task AR1024_UndeclaredCallsDataSourcesOperationsAndSignInMicroflow_AreReported()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRolesWithoutAnonymous + """
            [assembly: AnonymousUsers("Anonymous", SignInMicroflow = {|#3:"Shop.TransferKart"|})]

            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Customer"])]
                [Calls({|#0:"Shop.SUB_Fnd"|})]
                public static void ACT_Find() { }

                [Microflow("Shop")]
                public static void SUB_Find() { }

                [Microflow("Shop")]
                public static void TransferCart() { }
            }

            [Entity("Shop")]
            public class Order { public string? Number { get; set; } }

            [Page("Shop", VisibleFor = ["Shop.Customer"])]
            [Shows(typeof(Order), DataSource = {|#1:"Shop.DS_Orders"|})]
            [Calls("Shop.ACT_Find")]
            public class Orders { }

            [PublishedService(ServiceKind.Rest, "Shop", AllowedRoles = ["Shop.Customer"])]
            [Operation({|#2:"Shop.OP_Nothing"|})]
            public class Api { }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Microflow", "Shop.SUB_Fnd", "; did you mean 'Shop.SUB_Find'?"),
            Verify.Diagnostic().WithLocation(1).WithArguments("Microflow or nanoflow", "Shop.DS_Orders", string.Empty),
            Verify.Diagnostic().WithLocation(2).WithArguments("Microflow", "Shop.OP_Nothing", string.Empty),
            Verify.Diagnostic().WithLocation(3).WithArguments("Microflow", "Shop.TransferKart", "; did you mean 'Shop.TransferCart'?"));
    }

    [Fact]
    public async Task AR1024_DeclaredReferences_AndASignInMicroflowInAnAppWithoutMicroflows_AreNotReported()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            public class Order { public string? Number { get; set; } }

            public static class Flows
            {
                [Nanoflow("Shop", AllowedRoles = ["Shop.Customer"])]
                [Calls("Shop.NAV_Other")]
                public static void NAV_Open() { }

                [Nanoflow("Shop", AllowedRoles = ["Shop.Customer"])]
                public static void NAV_Other() { }
            }

            // An empty data source is none: the widget shows objects from the database.
            [Page("Shop", VisibleFor = ["Shop.Customer"])]
            [Shows(typeof(Order), DataSource = "Shop.NAV_Open")]
            [Shows(typeof(Order), DataSource = " ")]
            public class Orders { }
            """);
    }

    [Fact]
    public async Task AR1024_Fix_UsesTheDeclaredFlow_AndFixAllFixesEveryReference()
    {
        await VerifyFix.VerifyCodeFixAsync(Sources.ShopRoles + """
            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Customer"])]
                [Calls({|#0:"Shop.SUB_Fnd"|})]
                public static void ACT_Find() { }

                [Microflow("Shop")]
                [Calls({|#1:"Shop.SUB_Fnd"|})]
                public static void ACT_Again() { }

                [Microflow("Shop")]
                public static void SUB_Find() { }

                [Microflow("Shop")]
                public static void TransferCart() { }
            }
            """,
            new[]
            {
                Verify.Diagnostic().WithLocation(0).WithArguments("Microflow", "Shop.SUB_Fnd", "; did you mean 'Shop.SUB_Find'?"),
                Verify.Diagnostic().WithLocation(1).WithArguments("Microflow", "Shop.SUB_Fnd", "; did you mean 'Shop.SUB_Find'?"),
            },
            Sources.ShopRoles + """
            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Customer"])]
                [Calls("Shop.SUB_Find")]
                public static void ACT_Find() { }

                [Microflow("Shop")]
                [Calls("Shop.SUB_Find")]
                public static void ACT_Again() { }

                [Microflow("Shop")]
                public static void SUB_Find() { }

                [Microflow("Shop")]
                public static void TransferCart() { }
            }
            """);
    }

    [Fact]
    public async Task AR1024_WithoutASuggestion_NoFixIsOffered()
    {
        await VerifyFix.VerifyNoFixOfferedAsync(Sources.ShopRoles + """
            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Customer"])]
                [Calls({|AR1024:"Billing.Invoice_Create"|})]
                public static void ACT_Find() { }

                [Microflow("Shop")]
                public static void TransferCart() { }
            }
            """);
    }

    [Fact]
    public async Task AR1024_ASignInMicroflow_InAnAppWhoseAttributedMethodsAreNanoflowsAndNoFlows_IsNotReported()
    {
        // The app declares no microflow: a method with other attributes, and a nanoflow, are none.
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            public static class Flows
            {
                [Nanoflow("Shop", AllowedRoles = ["Shop.Customer"])]
                public static void NAV_Open() { }

                [System.Obsolete]
                public static void Helper() { }
            }
            """);
    }

    [Fact]
    public async Task AR1024_FlowsThatOverloadsNameThroughConstants_AreDeclared()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            public static class FlowNames
            {
                public const string ByNumber = "ACT_ByNumber";
                public const string ByStatus = "ACT_ByStatus";
            }

            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Customer"], Name = FlowNames.ByNumber)]
                public static void Find(int number) { }

                [Microflow("Shop", AllowedRoles = ["Shop.Customer"], Name = FlowNames.ByStatus)]
                public static void Find(string status) { }

                [Microflow("Shop")]
                public static void TransferCart() { }
            }

            [Page("Shop", VisibleFor = ["Shop.Customer"])]
            [Calls("Shop.ACT_ByNumber")]
            [Calls("Shop.ACT_ByStatus")]
            public class Orders { }
            """);
    }

    [Fact]
    public async Task AR1024_APageCallingAnUndeclaredFlow_AndASignInMicroflowBesideNanoflows_AreReported()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRolesWithoutAnonymous + """
            [assembly: AnonymousUsers("Anonymous", SignInMicroflow = {|#0:"Shop.TransferCart"|})]

            public static class Flows
            {
                [Nanoflow("Shop", AllowedRoles = ["Shop.Customer"])]
                public static void NF_Open() { }

                [Microflow("Shop", AllowedRoles = ["Shop.Customer"])]
                public static void ACT_Open() { }
            }

            [Page("Shop", VisibleFor = ["Shop.Customer"])]
            [Calls({|#1:"Shop.ACT_Gone"|})]
            [Calls("Shop.NF_Open")]
            public class Orders { }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Microflow", "Shop.TransferCart", string.Empty),
            Verify.Diagnostic().WithLocation(1).WithArguments("Microflow or nanoflow", "Shop.ACT_Gone", "; did you mean 'Shop.ACT_Open'?"));
    }

    [Fact]
    public async Task AR1024_ANanoflowWhereOnlyAMicroflowWillDo_IsReported_AndANanoflowOrPageCallingOne_IsNot()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRolesWithoutAnonymous + """
            [assembly: AnonymousUsers("Anonymous", SignInMicroflow = {|#0:"Shop.NAV_Home"|})]

            public static class Flows
            {
                [Nanoflow("Shop", AllowedRoles = ["Shop.Customer"])]
                [Calls("Shop.NAV_Back")]
                [Calls("Shop.ACT_Save")]
                public static void NAV_Home() { }

                [Nanoflow("Shop", AllowedRoles = ["Shop.Customer"])]
                public static void NAV_Back() { }

                [Microflow("Shop", AllowedRoles = ["Shop.Customer"])]
                [Calls({|#1:"Shop.NAV_Back"|})]
                public static void ACT_Save() { }
            }

            [Page("Shop", VisibleFor = ["Shop.Customer"])]
            [Calls("Shop.NAV_Home")]
            public class Home { }

            [PublishedService(ServiceKind.Rest, "Shop", AllowedRoles = ["Shop.Customer"])]
            [Operation({|#2:"Shop.NAV_Back"|})]
            public class Api { }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Microflow", "Shop.NAV_Home", "; it is a nanoflow, which runs on the client: name a microflow"),
            Verify.Diagnostic().WithLocation(1).WithArguments("Microflow", "Shop.NAV_Back", "; it is a nanoflow, which runs on the client: name a microflow"),
            Verify.Diagnostic().WithLocation(2).WithArguments("Microflow", "Shop.NAV_Back", "; it is a nanoflow, which runs on the client: name a microflow"));
    }

    [Fact]
    public async Task AR1024_WhereOnlyAMicroflowWillDo_TheDidYouMeanNamesAMicroflow_NeverANanoflow_OrNothing()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRolesWithoutAnonymous + """
            public static class Flows
            {
                [Nanoflow("Shop", AllowedRoles = ["Shop.Customer"])]
                public static void OP_Get() { }

                [Microflow("Shop", AllowedRoles = ["Shop.Customer"])]
                public static void OP_Post() { }
            }

            [PublishedService(ServiceKind.Rest, "Shop", AllowedRoles = ["Shop.Customer"])]
            [Operation({|#0:"Shop.OP_Gte"|})]
            [Operation({|#1:"Shop.OP_Pst"|})]
            public class Api { }

            [Page("Shop", VisibleFor = ["Shop.Customer"])]
            [Calls({|#2:"Shop.OP_Gte"|})]
            public class Home { }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Microflow", "Shop.OP_Gte", string.Empty),
            Verify.Diagnostic().WithLocation(1).WithArguments("Microflow", "Shop.OP_Pst", "; did you mean 'Shop.OP_Post'?"),
            Verify.Diagnostic().WithLocation(2).WithArguments("Microflow or nanoflow", "Shop.OP_Gte", "; did you mean 'Shop.OP_Get'?"));
    }

    [Fact]
    public async Task AR1024_APagesName_WhereAFlowIsNeeded_IsReportedAsAPage()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRolesWithoutAnonymous + """
            public static class Flows
            {
                [Nanoflow("Shop", AllowedRoles = ["Shop.Customer"])]
                [Calls({|#0:"Shop.Home"|})]
                public static void NF_Go() { }
            }

            [Page("Shop", VisibleFor = ["Shop.Customer"])]
            [Calls("Shop.NF_Go")]
            public class Home { }

            [PublishedService(ServiceKind.Rest, "Shop", AllowedRoles = ["Shop.Customer"])]
            [Operation({|#1:"Shop.Home"|})]
            public class Api { }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Microflow or nanoflow", "Shop.Home", "; it is a page: name a microflow or nanoflow"),
            Verify.Diagnostic().WithLocation(1).WithArguments("Microflow", "Shop.Home", "; it is a page: name a microflow"));
    }

    [Fact]
    public async Task AR1024_AFlowRenamedByName_WrittenByItsMethodsName_IsSuggested_AndTheFixWritesItsName()
    {
        // Name = "SUB_Purge" makes Shop.Cleanup's microflow Shop.SUB_Purge; another module's method of that name is not it.
        const string Source = """
            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Customer"])]
                [Calls(CLEANUP)]
                [Calls({|#1:"Web.Cleanup"|})]
                public static void ACT_Close() { }

                [Microflow("Shop", Name = "SUB_Purge")]
                public static void Cleanup() { }

                [Microflow("Shop")]
                public static void TransferCart() { }
            }
            """;
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + Source.Replace("CLEANUP", "{|#0:\"Shop.Cleanup\"|}"),
            Verify.Diagnostic().WithLocation(0).WithArguments("Microflow", "Shop.Cleanup", "; did you mean 'Shop.SUB_Purge'?"),
            Verify.Diagnostic().WithLocation(1).WithArguments("Microflow", "Web.Cleanup", string.Empty));
        await VerifyFix.VerifyCodeFixAsync(
            Sources.ShopRoles + Source.Replace("CLEANUP", "{|AR1024:\"Shop.Cleanup\"|}").Replace("{|#1:\"Web.Cleanup\"|}", "\"Shop.SUB_Purge\""),
            Sources.ShopRoles + Source.Replace("CLEANUP", "\"Shop.SUB_Purge\"").Replace("{|#1:\"Web.Cleanup\"|}", "\"Shop.SUB_Purge\""));
    }

    [Fact]
    public async Task AR1024_AFlowRenamedByName_IsSuggestedForItsMethodsName_BeforeANearerName()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Customer"], Name = "ACT_OrderList")]
                public static void ACT_Orders() { }

                [Microflow("Shop", AllowedRoles = ["Shop.Customer"])]
                public static void ACT_Order() { }

                [Microflow("Shop")]
                public static void TransferCart() { }
            }

            [Page("Shop", VisibleFor = ["Shop.Customer"])]
            [Calls({|#0:"Shop.ACT_Orders"|})]
            [Calls("Shop.ACT_Order")]
            public class Orders { }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Microflow or nanoflow", "Shop.ACT_Orders", "; did you mean 'Shop.ACT_OrderList'?"));
    }

    [Fact]
    public async Task AR1024_ANameWithoutItsModule_SuggestsTheOneFlowOfThatName_AndTheFixWritesTheModule()
    {
        // Flows are named Module.Name: a name without its module is never declared, and is too many edits away for a
        // spelling suggestion. Two modules' flows of the name leave it open.
        const string Source = """
            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Customer"])]
                [Calls(FIND)]
                [Calls({|#1:"ACT_Twice"|})]
                public static void ACT_Close() { }

                [Microflow("Shop")]
                public static void SUB_Find() { }

                [Microflow("Shop")]
                public static void ACT_Twice() { }

                [Microflow("Shop")]
                public static void TransferCart() { }
            }

            public static class AdminFlows
            {
                [Microflow("Admin")]
                public static void ACT_Twice() { }
            }
            """;
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + Source.Replace("FIND", "{|#0:\"SUB_Find\"|}"),
            Verify.Diagnostic().WithLocation(0).WithArguments("Microflow", "SUB_Find", "; did you mean 'Shop.SUB_Find'?"),
            Verify.Diagnostic().WithLocation(1).WithArguments("Microflow", "ACT_Twice", string.Empty));
        await VerifyFix.VerifyCodeFixAsync(
            Sources.ShopRoles + Source.Replace("FIND", "{|AR1024:\"SUB_Find\"|}").Replace("{|#1:\"ACT_Twice\"|}", "\"Shop.ACT_Twice\""),
            Sources.ShopRoles + Source.Replace("FIND", "\"Shop.SUB_Find\"").Replace("{|#1:\"ACT_Twice\"|}", "\"Shop.ACT_Twice\""));
    }
}
