using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;
using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.RedundantAccessRuleCheck>;
using VerifyFix = AccessRulesAnalyzer.Tests.Verification.CSharpCodeFixVerifier<AccessRulesAnalyzer.Checks.RedundantAccessRuleCheck, AccessRulesAnalyzer.CodeFixes.RemoveAccessRuleCodeFixProvider>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR1022: Access rule that grants nothing new.</summary>
public class AR1022Tests
{
    [Fact]
    public async Task AR1022_ARuleCoveredBySameOrWeakerConstraints_IsReported_NamingTheCover()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [{|#1:AccessRule("Shop.Customer", Create = true, ReadWrite = [nameof(Note)], Read = [nameof(Status)])|}]
            [{|#0:AccessRule("Shop.Customer", Read = [nameof(Note)], XPath = "[Status = 'Open']")|}]
            [{|#3:AccessRule("Shop.Guest", Read = [nameof(Status)], XPath = "[Status='Open']")|}]
            [{|#2:AccessRule("Shop.Guest", Read = [nameof(Status)], XPath = "[Status = 'Open' ]", Delete = false)|}]
            [AccessRule("Shop.Guest", Read = [nameof(Note)], XPath = "[Status = 'Closed']")]
            [AccessRule("Shop.Customer", Delete = true, XPath = "[Status = 'Open']")]
            public class Ticket { public string? Note { get; set; } public string? Status { get; set; } }
            """,
            // Under the unconstrained rule; and a rule identical but for layout is a duplicate (AR1023), not covered.
            Verify.Diagnostic().WithLocation(0).WithLocation(1).WithArguments("Shop.Ticket", "10"));
    }

    [Fact]
    public async Task AR1022_ARuleForTwoRoles_IsRedundantOnlyWhenBothAreCovered()
    {
        const string rules = Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(Note)])]
            [AccessRule("Shop.Customer", "Shop.Guest", Read = [nameof(Note)], XPath = "[Note != empty]")]
            [AccessRule("Shop.Guest", Read = [nameof(Status)])]
            public class Ticket { public string? Note { get; set; } public string? Status { get; set; } }
            """;
        await Verify.VerifyAnalyzerAsync(rules);
        await Verify.VerifyAnalyzerAsync(
            rules.Replace("""[AccessRule("Shop.Customer", "Shop.Guest", Read""", """[{|#0:AccessRule("Shop.Customer", "Shop.Guest", Read""").Replace("""XPath = "[Note != empty]")]""", """XPath = "[Note != empty]")|}]""")
                .Replace("""[AccessRule("Shop.Guest", Read = [nameof(Status)])]""", """[AccessRule("Shop.Guest", Read = [nameof(Status), nameof(Note)])]"""),
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.Ticket", "10").WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
    }

    [Fact]
    public async Task AR1022_Fix_RemovesTheRule()
    {
        await VerifyFix.VerifyCodeFixAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", ReadWrite = [nameof(Note)])]
            [{|AR1022:AccessRule("Shop.Customer", Read = [nameof(Note)], XPath = "[Note != empty]")|}]
            public class Ticket { public string? Note { get; set; } }
            """, Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", ReadWrite = [nameof(Note)])]
            public class Ticket { public string? Note { get; set; } }
            """);
    }

    [Fact]
    public async Task AR1022_CreateAndDelete_AreCoveredOnlyWhenSomeCoveringRuleGivesEach_AndEveryRuleGivingSomeOfItIsNamed()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [{|#1:AccessRule("Shop.Customer", Create = true, Read = [nameof(Note)])|}]
            [{|#2:AccessRule("Shop.Customer", Delete = true)|}]
            [{|#0:AccessRule("Shop.Customer", Create = true, Delete = true, Read = [nameof(Note)], XPath = "[Status = 'Open']")|}]
            [AccessRule("Shop.Customer", Read = [nameof(Status)])]
            [AccessRule("Shop.Guest", Read = [nameof(Note)])]
            [AccessRule("Shop.Guest", Delete = true, Read = [nameof(Note)], XPath = "[Status = 'Open']")]
            public class Ticket { public string? Note { get; set; } public string? Status { get; set; } }
            """,
            Verify.Diagnostic().WithLocation(0).WithLocation(1).WithLocation(2).WithArguments("Shop.Ticket", "10"));
    }
}
