using AccessRulesAnalyzer.Tests.Verification;
using Microsoft.CodeAnalysis;
using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.AllowedRolesWithoutClientCallerCheck>;
using VerifyFix = AccessRulesAnalyzer.Tests.Verification.CSharpCodeFixVerifier<AccessRulesAnalyzer.Checks.AllowedRolesWithoutClientCallerCheck, AccessRulesAnalyzer.CodeFixes.RemoveAllowedRolesCodeFixProvider>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR0020: Microflow has allowed roles but nothing on the client calls it.</summary>
public class AR0020Tests
{
    [Fact]
    public async Task AR0020_AllowedRolesWithoutAClientCaller_AreASuggestion_AndAWarningWhenAnonymous()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = {|#0:["Shop.Customer"]|})]
                [Calls("Shop.SUB_Find")]
                public static void ACT_Internal() { }

                [Microflow("Shop", AllowedRoles = {|#1:["Shop.Guest", "Shop.Customer"]|})]
                public static void SUB_Find() { }
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Info).WithArguments("Shop.ACT_Internal", "'Shop.Customer'", string.Empty, "microflows call it"),
            Verify.Diagnostic().WithLocation(1).WithArguments("Shop.SUB_Find", "'Shop.Guest', 'Shop.Customer'", "; anonymous visitors can call it through the client API ('Shop.Guest')", "microflows call it"));
    }

    // Most apps allow no anonymous users: there is no sign-in microflow to tell apart, and the finding is the suggestion.
    [Fact]
    public async Task AR0020_InAnAppWithoutAnonymousUsers_IsTheSuggestion()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRolesWithoutAnonymous + """
            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = {|#0:["Shop.Customer"]|})]
                public static void SUB_Find() { }
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Info).WithArguments("Shop.SUB_Find", "'Shop.Customer'", string.Empty, "microflows call it"));
    }

    [Fact]
    public async Task AR0020_TheSignInMicroflowWithAllowedRoles_IsReportedAsOneThePlatformRuns()
    {
        // Sources.ShopRoles names Shop.TransferCart as the sign-in microflow.
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = {|#0:["Shop.Guest"]|})]
                public static void TransferCart() { }

                [Microflow("Shop", Name = "TransferCart2", AllowedRoles = {|#1:["Shop.Customer"]|})]
                public static void TransferCart2() { }
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.TransferCart", "'Shop.Guest'", "; anonymous visitors can call it through the client API ('Shop.Guest')", "the platform runs it at sign-in"),
            Verify.Diagnostic().WithLocation(1).WithSeverity(DiagnosticSeverity.Info).WithArguments("Shop.TransferCart2", "'Shop.Customer'", string.Empty, "microflows call it"));
    }

    [Fact]
    public async Task AR0020_ABuildComputesOnlyTheAnonymousWarnings_TheSuggestionAnalyzerTheRest_AndARaisedSeverityCoversBoth()
    {
        var (build, suggestions, raised) = await AnalyzerRunner.SplitBySeverityAsync(Sources.ShopRoles + """
            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Customer"])]
                [Calls("Shop.SUB_Find")]
                public static void ACT_Internal() { }

                [Microflow("Shop", AllowedRoles = ["Shop.Guest", "Shop.Customer"])]
                public static void SUB_Find() { }

                [Microflow("Shop", AllowedRoles = ["Shop.Customer"])]
                public static void SUB_Other() { }
            }
            """, "AR0020");

        Assert.Equal(["Warning Shop.SUB_Find"], build);
        Assert.Equal(["Info Shop.ACT_Internal", "Info Shop.SUB_Other"], suggestions);
        Assert.Equal(["Warning Shop.ACT_Internal", "Warning Shop.SUB_Find", "Warning Shop.SUB_Other"], raised);
    }

    [Fact]
    public async Task AR0020_MicroflowsTheClientCalls_AndThoseWithoutRoles_AreNotReported()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            public class Order { public string? Number { get; set; } }

            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Customer"])]
                public static void ACT_FromPage() { }

                [Microflow("Shop", AllowedRoles = ["Shop.Customer"])]
                public static Order[] DS_Orders() => [];

                [Microflow("Shop", AllowedRoles = ["Shop.Customer"])]
                public static void ACT_FromNanoflow() { }

                [Microflow("Shop", AllowedRoles = ["Shop.Customer"], Url = "orders")]
                public static void ACT_ByUrl() { }

                [Microflow("Shop", AllowedRoles = ["Shop.Customer"])]
                public static void OP_List() { }

                [Microflow("Shop")]
                public static void SUB_Plain() { }

                [Nanoflow("Shop", AllowedRoles = ["Shop.Customer"])]
                public static void NAV_Go() => ACT_FromNanoflow();
            }

            [Page("Shop", VisibleFor = ["Shop.Customer"])]
            [Calls("Shop.ACT_FromPage")]
            [Shows(typeof(Order), DataSource = "Shop.DS_Orders")]
            public class Orders { }

            [PublishedService(ServiceKind.Rest, "Shop", AllowedRoles = ["Shop.Customer"])]
            [Operation("Shop.OP_List")]
            public class Api { }
            """);
    }

    [Fact]
    public async Task AR0020_NamesOnlyTheRolesItJudges_AndLeavesAMicroflowWithOnlyUnknownOrForeignRolesToAR1001AndAR1002()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [assembly: ModuleRole("Admin.Boss")]

            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Gest"])]
                public static void SUB_Typo() { }

                [Microflow("Admin", AllowedRoles = ["Shop.Guest"])]
                public static void SUB_Foreign() { }

                [Microflow("Shop", AllowedRoles = {|#0:["Shop.Gest", "Admin.Boss", "Shop.Customer"]|})]
                public static void SUB_Mixed() { }
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Info).WithArguments("Shop.SUB_Mixed", "'Shop.Customer'", string.Empty, "microflows call it"));
    }

    [Fact]
    public async Task AR0020_Fix_RemovesAllowedRoles_AndFixAllRemovesEach()
    {
        await VerifyFix.VerifyCodeFixAsync(Sources.ShopRoles + """
            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = {|#0:["Shop.Customer"]|}, ApplyEntityAccess = true)]
                public static void SUB_One() { }

                [Microflow("Shop", AllowedRoles = {|#1:["Shop.Guest"]|})]
                public static void SUB_Two() { }
            }
            """,
            new[]
            {
                Verify.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Info).WithArguments("Shop.SUB_One", "'Shop.Customer'", string.Empty, "microflows call it"),
                Verify.Diagnostic().WithLocation(1).WithArguments("Shop.SUB_Two", "'Shop.Guest'", "; anonymous visitors can call it through the client API ('Shop.Guest')", "microflows call it"),
            },
            Sources.ShopRoles + """
            public static class Flows
            {
                [Microflow("Shop", ApplyEntityAccess = true)]
                public static void SUB_One() { }

                [Microflow("Shop")]
                public static void SUB_Two() { }
            }
            """);
    }
}
