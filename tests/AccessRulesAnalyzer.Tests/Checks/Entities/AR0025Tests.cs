using AccessRulesAnalyzer.Tests.Verification;
using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.AnonymousUnlimitedStringCheck>;
using VerifyFix = AccessRulesAnalyzer.Tests.Verification.CSharpCodeFixVerifier<AccessRulesAnalyzer.Checks.AnonymousUnlimitedStringCheck, AccessRulesAnalyzer.CodeFixes.LimitStringLengthCodeFixProvider>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR0025: Anonymous users can write a string of unlimited length.</summary>
public class AR0025Tests
{
    [Fact]
    public async Task AR0025_AnonymousWriteOnAnUnlimitedString_IsReportedWhereTheRuleGrantsIt()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Title), {|#0:nameof(Body)|}], XPath = "[System.owner = '[%CurrentUser%]']")]
            [AccessRule("Shop.Guest", AllMembers = {|#1:MemberAccess.ReadWrite|})]
            public class Review
            {
                [System.ComponentModel.DataAnnotations.MaxLength(100)] public string? Title { get; set; }
                [System.ComponentModel.DataAnnotations.MaxLength] public string? Body { get; set; }
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("'Shop.Guest'", "Body", "Shop.Review"),
            Verify.Diagnostic().WithLocation(1).WithArguments("'Shop.Guest'", "Body", "Shop.Review"));
    }

    [Fact]
    public async Task AR0025_LimitedOrDefaultLengths_ReadOnly_NamedRoles_AndNonPersistableEntities_AreNotReported()
    {
        await Verify.VerifyAnalyzerAsync("using System.ComponentModel.DataAnnotations;\n" + Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(A), nameof(B), nameof(C)], Read = [nameof(Body)])]
            [AccessRule("Shop.Customer", ReadWrite = [nameof(Body)])]
            public class Review
            {
                [MaxLength(100)] public string? A { get; set; }
                [StringLength(50)] public string? B { get; set; }
                public string? C { get; set; }
                [MaxLength] public string? Body { get; set; }
            }

            [Entity("Shop", Persistable = false)]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Text)])]
            public class Draft { [MaxLength] public string? Text { get; set; } }
            """);
    }

    [Fact]
    public async Task AR0025_Fix_GivesTheDefaultLength_FixAll()
    {
        await VerifyFix.VerifyCodeFixAsync("using System.ComponentModel.DataAnnotations;\n" + Sources.ShopRoles + """
            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Guest", ReadWrite = [{|AR0025:nameof(Body)|}, {|AR0025:nameof(Note)|}], XPath = "[System.owner = '[%CurrentUser%]']")]
            public class Review
            {
                [MaxLength] public string? Body { get; set; }
                [Required, MaxLength()] public string? Note { get; set; }
            }
            """, "using System.ComponentModel.DataAnnotations;\n" + Sources.ShopRoles + """
            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Body), nameof(Note)], XPath = "[System.owner = '[%CurrentUser%]']")]
            public class Review
            {
                [MaxLength(200)] public string? Body { get; set; }
                [Required, MaxLength(200)] public string? Note { get; set; }
            }
            """);
    }

    [Fact]
    public async Task AR0025_Fix_FindsTheAttribute_HoweverItIsSpelt()
    {
        await VerifyFix.VerifyCodeFixAsync("using DA = System.ComponentModel.DataAnnotations;\n" + Sources.ShopRoles + """
            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Guest", ReadWrite = [{|AR0025:nameof(Body)|}, {|AR0025:nameof(Note)|}, {|AR0025:nameof(Title)|}], XPath = "[System.owner = '[%CurrentUser%]']")]
            public class Review
            {
                [DA.MaxLengthAttribute] public string? Body { get; set; }
                [global::System.ComponentModel.DataAnnotations.MaxLength(-1)] public string? Note { get; set; }
                [DA.Required] [DA.MaxLength] public string? Title { get; set; }
            }
            """, "using DA = System.ComponentModel.DataAnnotations;\n" + Sources.ShopRoles + """
            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Body), nameof(Note), nameof(Title)], XPath = "[System.owner = '[%CurrentUser%]']")]
            public class Review
            {
                [DA.MaxLengthAttribute(200)] public string? Body { get; set; }
                [global::System.ComponentModel.DataAnnotations.MaxLength(200)] public string? Note { get; set; }
                [DA.Required] [DA.MaxLength(200)] public string? Title { get; set; }
            }
            """);
    }

    [Fact]
    public async Task AR0025_Fix_IsNotOffered_WhenTheMaxLengthIsInAnotherFile()
    {
        // A partial entity: the rule here, the property in another file, which this document's fix must not edit. The
        // other file's [MaxLength] is padded to stand at the offset of this file's access rule, so that its span, read in
        // the wrong file, would find an attribute to rewrite.
        var rules = Sources.ShopRoles + """
            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Guest", ReadWrite = [{|#0:nameof(Body)|}], XPath = "[System.owner = '[%CurrentUser%]']")]
            public partial class Review { }
            """;
        const string Property = "public partial class Review { [System.ComponentModel.DataAnnotations.MaxLength] public string? Body { get; set; } }\n";
        var padding = rules.IndexOf("AccessRule(", System.StringComparison.Ordinal) - Property.IndexOf("System.", System.StringComparison.Ordinal) - 1;
        string[] sources = [rules, "//" + new string('-', padding) + "\n" + Property];
        await VerifyFix.VerifyCodeFixAsync(sources, [Verify.Diagnostic().WithLocation(0).WithArguments("'Shop.Guest'", "Body", "Shop.Review")], sources);
    }
}
