using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;
using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.SpecializationDropsConstraintCheck>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR1008: Specialization exposes what its generalization constrained.</summary>
public class AR1008Tests
{
    [Fact]
    public async Task AR1008_SpecializationWithoutTheGeneralizationsConstraint_IsReported()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Customer", Read = [nameof(Text)], XPath = "[System.owner='[%CurrentUser%]']")]
            [AccessRule("Shop.Guest", Read = [nameof(Text)])]
            public class Document { public string? Text { get; set; } }

            [Entity("Shop")]
            [AccessRule({|#0:"Shop.Customer"|}, "Shop.Guest", Read = [nameof(Text)])]
            public class Letter : Document { }

            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(Text)], XPath = "[Text != empty]")]
            public class Memo : Document { }

            [Entity("Shop")]
            public class Note : Document { }

            [Entity("Shop")]
            [AccessRule({|#1:"Shop.Customer"|}, Read = [nameof(Text)])]
            public class Reminder : Note { }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.Letter", "Shop.Customer", "Shop.Document"),
            Verify.Diagnostic().WithLocation(1).WithArguments("Shop.Reminder", "Shop.Customer", "Shop.Document"));
    }

    [Fact]
    public async Task AR1008_AGeneralizationThatAlsoGrantsTheRoleWithoutAConstraint_ConstrainedNothing_AndIsNotReported()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Customer", Read = [nameof(Text)], XPath = "[System.owner='[%CurrentUser%]']")]
            [AccessRule("Shop.Customer", Read = [nameof(Title)])]
            public class Document { public string? Text { get; set; } public string? Title { get; set; } }

            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(Title)])]
            public class Letter : Document { }
            """);
    }
}
