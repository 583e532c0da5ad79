using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.CodeFixes;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;
using Microsoft.CodeAnalysis.CSharp;
using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.WriteOnComputedMemberCheck>;
using VerifyFix = AccessRulesAnalyzer.Tests.Verification.CSharpCodeFixVerifier<AccessRulesAnalyzer.Checks.WriteOnComputedMemberCheck, AccessRulesAnalyzer.CodeFixes.DowngradeToReadCodeFixProvider>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR1004: Write access on a calculated or auto-number attribute.</summary>
public class AR1004Tests
{
    [Fact]
    public async Task AR1004_WriteOnComputedMembers_IsReportedPerMember()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", ReadWrite = [nameof(Note), {|#0:nameof(Total)|}, {|#1:nameof(Number)|}], Read = [nameof(Total)])]
            [AccessRule("Shop.Admin", AllMembers = MemberAccess.ReadWrite)]
            [AccessRule("Shop.Guest", AllMembers = MemberAccess.Read)]
            public class Order { public string? Note { get; set; } [Calculated] public decimal Total => 0; [AutoNumber] public long Number { get; set; } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Total", "Shop.Order"),
            Verify.Diagnostic().WithLocation(1).WithArguments("Number", "Shop.Order"));
    }

    [Fact]
    public async Task AR1004_Fix_MovesTheMemberToRead()
    {
        await VerifyFix.VerifyCodeFixAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", ReadWrite = [nameof(Note), {|AR1004:nameof(Total)|}], Read = [nameof(Id)])]
            [AccessRule("Shop.Guest", ReadWrite = new[] { {|AR1004:"Total"|} })]
            public class Order { public string? Note { get; set; } [Calculated] public decimal Total => 0; public int Id { get; set; } }
            """, Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", ReadWrite = [nameof(Note)], Read = [nameof(Id), nameof(Total)])]
            [AccessRule("Shop.Guest", Read = ["Total"])]
            public class Order { public string? Note { get; set; } [Calculated] public decimal Total => 0; public int Id { get; set; } }
            """);
    }

    [Fact]
    public async Task AR1004_TheFileIdOfAFileDocument_IsAnAutoNumber()
    {
        await Verify.VerifyAnalyzerAsync(Sources.SystemRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", ReadWrite = [nameof(Name), {|#0:nameof(FileID)|}])]
            [AccessRule("Shop.Customer", Read = [nameof(FileID)], ReadWrite = [nameof(Name)])]
            public class Invoice : FileDocument { }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("FileID", "Shop.Invoice"));
    }

    [Fact]
    public async Task AR1004_AllMembersReadWrite_GivesComputedMembersRead_AndIsNotReported()
    {
        // Studio Pro's "Set all to Read, Write": write where a member can be written, read where it cannot.
        await Verify.VerifyAnalyzerAsync(Sources.SystemRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", AllMembers = MemberAccess.ReadWrite)]
            public class Order { [Calculated] public decimal Total => 0; [AutoNumber] public long Number { get; set; } }

            [Entity("Shop")]
            [AccessRule("Shop.Customer", AllMembers = MemberAccess.ReadWrite)]
            public class Invoice : FileDocument { }
            """);
    }

    [Fact]
    public async Task AR1004_Fix_InAFileWithoutCollectionExpressions_WritesANewArray()
    {
        await VerifyFix.VerifyCodeFixAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Guest", ReadWrite = new[] { nameof(Note), {|AR1004:nameof(Total)|} })]
            public class Order { public string? Note { get; set; } [Calculated] public decimal Total => 0; }
            """, Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Guest", ReadWrite = new[] { nameof(Note) }, Read = new[] { nameof(Total) })]
            public class Order { public string? Note { get; set; } [Calculated] public decimal Total => 0; }
            """);
    }

    [Fact]
    public async Task AR1004_Fix_MovesMembersIntoAnEmptyRead_InEachSpellingOfAnArray()
    {
        await VerifyFix.VerifyCodeFixAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", ReadWrite = [nameof(Note), {|AR1004:nameof(Total)|}, {|AR1004:nameof(Number)|}], Read = [])]
            [AccessRule("Shop.Guest", ReadWrite = new[] { {|AR1004:nameof(Total)|} }, Read = new string[] { })]
            [AccessRule("Shop.Admin", ReadWrite = new[] { {|AR1004:nameof(Total)|} }, Read = new string[0])]
            [AccessRule("Shop.Admin", ReadWrite = new[] { {|AR1004:nameof(Number)|} }, Read = null)]
            public class Order { public string? Note { get; set; } [Calculated] public decimal Total => 0; [AutoNumber] public long Number { get; set; } }
            """, Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", ReadWrite = [nameof(Note)], Read = [nameof(Total), nameof(Number)])]
            [AccessRule("Shop.Guest", Read = new string[] { nameof(Total) })]
            [AccessRule("Shop.Admin", Read = [nameof(Total)])]
            [AccessRule("Shop.Admin", Read = [nameof(Number)])]
            public class Order { public string? Note { get; set; } [Calculated] public decimal Total => 0; [AutoNumber] public long Number { get; set; } }
            """);
    }

    // Collection expressions came with C# 12: a file of exactly that version that writes them gets one, not new[] { }.
    [Fact]
    public async Task AR1004_Fix_WritesACollectionExpression_FromCSharp12_InAFileThatWritesThem()
    {
        var test = new SecurityCodeFixTest<WriteOnComputedMemberCheck, DowngradeToReadCodeFixProvider>
        {
            TestCode = Sources.ShopRoles + """
                [Entity("Shop")]
                [AccessRule("Shop.Customer", ReadWrite = [nameof(Note), {|AR1004:nameof(Total)|}])]
                public class Order { public string? Note { get; set; } [Calculated] public decimal Total => 0; }
                """,
            FixedCode = Sources.ShopRoles + """
                [Entity("Shop")]
                [AccessRule("Shop.Customer", ReadWrite = [nameof(Note)], Read = [nameof(Total)])]
                public class Order { public string? Note { get; set; } [Calculated] public decimal Total => 0; }
                """,
        };
        test.SolutionTransforms.Add((solution, projectId) => solution.WithProjectParseOptions(
            projectId, ((CSharpParseOptions)solution.GetProject(projectId)!.ParseOptions!).WithLanguageVersion(LanguageVersion.CSharp12)));
        await test.RunAsync();
    }
}
