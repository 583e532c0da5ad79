using AccessRulesAnalyzer.Rules;
using AccessRulesAnalyzer.Tests.Verification;

namespace AccessRulesAnalyzer.Tests.Rules;

/// <summary>AR1004: Write access on a calculated or auto-number attribute.</summary>
public class AR1004Tests
{
    [Fact]
    public async Task AR1004_WriteOnComputedMembers_IsReportedPerMember()
    {
        await CSharpAnalyzerVerifier<WriteOnComputedMemberCheck>.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", ReadWrite = [nameof(Note), {|#0:nameof(Total)|}, {|#1:nameof(Number)|}], Read = [nameof(Total)])]
            [AccessRule("Shop.Admin", AllMembers = {|#2:MemberAccess.ReadWrite|})]
            [AccessRule("Shop.Guest", AllMembers = MemberAccess.Read)]
            public class Order { public string? Note { get; set; } [Calculated] public decimal Total => 0; [AutoNumber] public long Number { get; set; } }
            """,
            Expect.Diagnostic("AR1004").WithLocation(0).WithArguments("'Total'", "Shop.Order"),
            Expect.Diagnostic("AR1004").WithLocation(1).WithArguments("'Number'", "Shop.Order"),
            Expect.Diagnostic("AR1004").WithLocation(2).WithArguments("'Total', 'Number'", "Shop.Order"));
    }

    [Fact]
    public async Task AR1004_Fix_MovesTheMemberToRead()
    {
        await CSharpCodeFixVerifier<WriteOnComputedMemberCheck, CodeFixes.DowngradeToReadCodeFixProvider>.VerifyCodeFixAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", ReadWrite = [nameof(Note), {|AR1004:nameof(Total)|}], Read = [nameof(Id)])]
            [AccessRule("Shop.Guest", ReadWrite = new[] { {|AR1004:"Total"|} })]
            public class Order { public string? Note { get; set; } [Calculated] public decimal Total => 0; public int Id { get; set; } }
            """, Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", ReadWrite = [nameof(Note)], Read = [nameof(Id), nameof(Total)])]
            [AccessRule("Shop.Guest", Read = new[] { "Total" })]
            public class Order { public string? Note { get; set; } [Calculated] public decimal Total => 0; public int Id { get; set; } }
            """);
    }

    [Fact]
    public async Task AR1004_TheFileIdOfAFileDocument_IsAnAutoNumber()
    {
        await CSharpAnalyzerVerifier<WriteOnComputedMemberCheck>.VerifyAnalyzerAsync(Sources.SystemRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", ReadWrite = [nameof(Name), {|#0:nameof(FileID)|}])]
            [AccessRule("Shop.Customer", Read = [nameof(FileID)], ReadWrite = [nameof(Name)])]
            public class Invoice : FileDocument { }
            """,
            Expect.Diagnostic("AR1004").WithLocation(0).WithArguments("'FileID'", "Shop.Invoice"));
    }
}
