using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;
using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.AllMembersCheck>;
using VerifyFix = AccessRulesAnalyzer.Tests.Verification.CSharpCodeFixVerifier<AccessRulesAnalyzer.Checks.AllMembersCheck, AccessRulesAnalyzer.CodeFixes.ListMembersCodeFixProvider>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR0008: AllMembers also grants members added later.</summary>
public class AR0008Tests
{
    [Fact]
    public async Task AR0008_AllMembers_IsInfo_AndAWarningForAnonymousRoles()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", AllMembers = {|#0:MemberAccess.Read|})]
            [AccessRule("Shop.Guest", AllMembers = {|#1:MemberAccess.ReadWrite|})]
            [AccessRule("Shop.Customer", AllMembers = MemberAccess.None, Read = [nameof(Name)])]
            public class Product { public string? Name { get; set; } }
            """,
            Verify.Diagnostic().WithLocation(0).WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Info).WithArguments("Read", "Shop.Product", "'Shop.Customer'"),
            Verify.Diagnostic().WithLocation(1).WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithArguments("ReadWrite", "Shop.Product", "'Shop.Guest'"));
    }

    [Fact]
    public async Task AR0008_ABuildComputesOnlyTheAnonymousWarnings_TheSuggestionAnalyzerTheRest_AndARaisedSeverityCoversBoth()
    {
        var (build, suggestions, raised) = await AnalyzerRunner.SplitBySeverityAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", AllMembers = MemberAccess.Read)]
            [AccessRule("Shop.Guest", AllMembers = MemberAccess.ReadWrite)]
            public class Product { public string? Name { get; set; } }

            [Entity("Shop")]
            [AccessRule("Shop.Customer", AllMembers = MemberAccess.ReadWrite)]
            public class Review { public string? Text { get; set; } }
            """, "AR0008");

        Assert.Equal(["Warning Shop.Product"], build);
        Assert.Equal(["Info Shop.Product", "Info Shop.Review"], suggestions);
        Assert.Equal(["Warning Shop.Product", "Warning Shop.Product", "Warning Shop.Review"], raised);
    }

    [Fact]
    public async Task AR0008_Fix_ListsTheMembers_KeepingWriteOffComputedOnes()
    {
        await VerifyFix.VerifyCodeFixAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", AllMembers = {|AR0008:MemberAccess.Read|}, ReadWrite = [nameof(Note)])]
            [AccessRule("Shop.Admin", AllMembers = {|AR0008:MemberAccess.ReadWrite|})]
            public class Order : Base { public string? Note { get; set; } [AutoNumber] public long Number { get; set; } }

            [Entity("Shop")] public class Base { public bool Active { get; set; } }
            """, Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", ReadWrite = [nameof(Note)], Read = [nameof(Number), nameof(Active)])]
            [AccessRule("Shop.Admin", ReadWrite = [nameof(Note), nameof(Active)], Read = [nameof(Number)])]
            public class Order : Base { public string? Note { get; set; } [AutoNumber] public long Number { get; set; } }

            [Entity("Shop")] public class Base { public bool Active { get; set; } }
            """);
    }

    [Fact]
    public async Task AR0008_Fix_OfReadOnly_WritesNoReadWrite()
    {
        await VerifyFix.VerifyCodeFixAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", AllMembers = {|AR0008:MemberAccess.Read|})]
            public class Order { public string? Note { get; set; } [AutoNumber] public long Number { get; set; } }
            """, Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = new[] { nameof(Note), nameof(Number) })]
            public class Order { public string? Note { get; set; } [AutoNumber] public long Number { get; set; } }
            """);
    }

    [Fact]
    public async Task AR0008_Fix_ListsTheMembers_LeavingOutTheExceptedOnes()
    {
        await VerifyFix.VerifyCodeFixAsync(Sources.SystemRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", AllMembers = {|AR0008:MemberAccess.ReadWrite|}, Except = [nameof(Token)])]
            public class Session { public string? Name { get; set; } public string? Token { get; set; } [Calculated] public int Age => 1; }
            """, Sources.SystemRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", ReadWrite = [nameof(Name)], Read = [nameof(Age)])]
            public class Session { public string? Name { get; set; } public string? Token { get; set; } [Calculated] public int Age => 1; }
            """);
    }

    [Fact]
    public async Task AR0008_Fix_WritesNewArrays_InAFileWithoutCollectionExpressions()
    {
        await VerifyFix.VerifyCodeFixAsync(Sources.SystemRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", AllMembers = {|AR0008:MemberAccess.ReadWrite|}, Except = new[] { nameof(Token) })]
            public class Session { public string? Name { get; set; } public string? Token { get; set; } [Calculated] public int Age => 1; }
            """, Sources.SystemRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", ReadWrite = new[] { nameof(Name) }, Read = new[] { nameof(Age) })]
            public class Session { public string? Name { get; set; } public string? Token { get; set; } [Calculated] public int Age => 1; }
            """);
    }

    [Fact]
    public async Task AR0008_Fix_OnASystemUserSpecialization_ListsItsOwnMembersOnly()
    {
        await VerifyFix.VerifyCodeFixAsync(Sources.SystemRoles + """
            [Entity("Administration")]
            [AccessRule("Shop.Customer", AllMembers = {|AR0008:MemberAccess.ReadWrite|})]
            public class Account : Person { public string? Email { get; set; } }

            [Entity("Administration")] public class Person : SystemUser { public string? FullName { get; set; } }
            """, Sources.SystemRoles + """
            [Entity("Administration")]
            [AccessRule("Shop.Customer", ReadWrite = new[] { nameof(Email), nameof(FullName) })]
            public class Account : Person { public string? Email { get; set; } }

            [Entity("Administration")] public class Person : SystemUser { public string? FullName { get; set; } }
            """);
    }
}
