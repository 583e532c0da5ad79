using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;
using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.DuplicateAccessRuleCheck>;
using VerifyFix = AccessRulesAnalyzer.Tests.Verification.CSharpCodeFixVerifier<AccessRulesAnalyzer.Checks.DuplicateAccessRuleCheck, AccessRulesAnalyzer.CodeFixes.RemoveAccessRuleCodeFixProvider>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR1023: Duplicate access rule.</summary>
public class AR1023Tests
{
    [Fact]
    public async Task AR1023_TheSameGrantTwice_IsReportedOnTheSecond_LayoutAndOrderAside()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [{|#1:AccessRule("Shop.Customer", "Shop.Guest", Read = [nameof(Note)], XPath = "[Status = 'Open']")|}]
            [{|#0:AccessRule("Shop.Guest", "Shop.Customer", AllMembers = MemberAccess.Read, Except = [nameof(Status)], XPath = "[Status='Open']")|}]
            [AccessRule("Shop.Guest", "Shop.Customer", Read = [nameof(Note)], XPath = "[Status = 'open']")]
            [AccessRule("Shop.Guest", Read = [nameof(Note)], XPath = "[Status = 'Open']")]
            [AccessRule("Shop.Customer", "Shop.Guest", Read = [nameof(Note)], Delete = true, XPath = "[Status = 'Open']")]
            public class Ticket { public string? Note { get; set; } public string? Status { get; set; } }
            """,
            Verify.Diagnostic().WithLocation(0).WithLocation(1).WithArguments("Shop.Ticket", "10"));
    }

    [Fact]
    public async Task AR1023_Fix_RemovesTheRepeat_FromASharedAttributeList()
    {
        await VerifyFix.VerifyCodeFixAsync(Sources.ShopRoles + """
            [Entity("Shop"), AccessRule("Shop.Customer", Read = [nameof(Note)]), {|AR1023:AccessRule("Shop.Customer", Read = [nameof(Note)])|}]
            public class Ticket { public string? Note { get; set; } }
            """, Sources.ShopRoles + """
            [Entity("Shop"), AccessRule("Shop.Customer", Read = [nameof(Note)])]
            public class Ticket { public string? Note { get; set; } }
            """);
    }

    [Fact]
    public async Task AR1023_TheSameRolesRightsAndConstraint_ButQuotedTextMembersAndRolesCount()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [{|#1:AccessRule("Shop.Customer", Read = [nameof(Note)], XPath = "[Status = 'a b' and Note = 'c']")|}]
            [{|#0:AccessRule("Shop.Customer", Read = [nameof(Note)], XPath = "[ Status='a b'  and Note='c' ]")|}]
            [AccessRule("Shop.Customer", Read = [nameof(Note)], XPath = "[Status = 'ab' and Note = 'c']")]
            [AccessRule("Shop.Customer", Read = [nameof(Note)], XPath = "[Note = 'a b' and Status = 'c']")]
            [AccessRule("Shop.Customer", Read = [nameof(Note)], XPath = "[Status = 'a b' and Note = ' c']")]
            [AccessRule("Shop.Customer", Read = [nameof(Note)], XPath = "[Status = \"a b\" and Note = 'c']")]
            [AccessRule("Shop.Customer", Read = [nameof(Note), nameof(Status)], XPath = "[Status = 'a b' and Note = 'c']")]
            [AccessRule("Shop.Customer", "Shop.Guest", Read = [nameof(Note)], XPath = "[Status = 'a b' and Note = 'c']")]
            [AccessRule(Read = [nameof(Status)])]
            [AccessRule(Read = [nameof(Status)])]
            public class Ticket { public string? Note { get; set; } public string? Status { get; set; } }
            """,
            // Whitespace inside quotes and the quote character are the text compared; a rule without roles grants no one anything twice.
            Verify.Diagnostic().WithLocation(0).WithLocation(1).WithArguments("Shop.Ticket", "10"));
    }

    [Fact]
    public async Task AR1023_TheSameGrantThreeTimes_ReportsEachRepeatOnce_NamingTheFirst()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [{|#2:AccessRule("Shop.Customer", Read = [nameof(Note)])|}]
            [{|#0:AccessRule("Shop.Customer", Read = [nameof(Note)])|}]
            [{|#1:AccessRule("Shop.Customer", Read = [nameof(Note)])|}]
            public class Ticket { public string? Note { get; set; } }
            """,
            Verify.Diagnostic().WithLocation(0).WithLocation(2).WithArguments("Shop.Ticket", "10"),
            Verify.Diagnostic().WithLocation(1).WithLocation(2).WithArguments("Shop.Ticket", "10"));
    }
}
