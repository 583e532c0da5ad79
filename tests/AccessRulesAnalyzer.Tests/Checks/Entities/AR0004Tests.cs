using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;
using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.AnonymousDeleteWithoutConstraintCheck>;
using VerifyFix = AccessRulesAnalyzer.Tests.Verification.CSharpCodeFixVerifier<AccessRulesAnalyzer.Checks.AnonymousDeleteWithoutConstraintCheck, AccessRulesAnalyzer.CodeFixes.AddOwnerConstraintCodeFixProvider>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR0004: Anonymous delete without an instance constraint.</summary>
public class AR0004Tests
{
    [Fact]
    public async Task AR0004_Fix_AddsTheOwnerConstraint_SplittingTheNamedRolesOff()
    {
        await VerifyFix.VerifyCodeFixAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", "Shop.Guest", Delete = {|AR0004:true|})]
            public class Review { public string? Text { get; set; } }
            """, Sources.ShopRoles + """
            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Customer", Delete = true)]
            [AccessRule("Shop.Guest", Delete = true, XPath = "[System.owner='[%CurrentUser%]']")]
            public class Review { public string? Text { get; set; } }
            """);
    }

    [Fact]
    public async Task AR0004_Fix_IsNotOffered_OnARuleTheParserCouldNotReadWhole()
    {
        // Half-typed: splitting the rule would copy its syntax error into the new rule.
        await VerifyFix.VerifyNoFixOfferedAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", "Shop.Guest", Delete = {|AR0004:true|}, Read = {|CS1525:=|} [nameof(Text)])]
            public class Review { public string? Text { get; set; } }
            """);
    }

    [Fact]
    public async Task AR0004_AnonymousDeleteWithoutConstraint_IsReportedOnDelete()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Guest", Read = [nameof(Text)], Delete = {|#0:true|})]
            [AccessRule("Shop.Customer", Delete = true)]
            public class Review { public string? Text { get; set; } }

            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Guest", Delete = true, XPath = "[System.owner='[%CurrentUser%]']")]
            public class Wish { public string? Text { get; set; } }

            [Entity("Shop", Persistable = false)]
            [AccessRule("Shop.Guest", Delete = true)]
            public class Form { public string? Text { get; set; } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("'Shop.Guest'", "Shop.Review", Sources.StoreOwnerHint("Shop.Review")));
    }

    [Fact]
    public async Task AR0004_WithoutAnonymousUsers_IsNotReported()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRolesWithoutAnonymous + """
            [Entity("Shop")]
            [AccessRule("Shop.Guest", Delete = true)]
            public class Review { public string? Text { get; set; } }
            """);
    }
}
