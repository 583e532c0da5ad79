using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;
using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.ApprovedAccessSyntaxErrorCheck>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR3003: Line of the approved-access file that does not parse.</summary>
public class AR3003Tests
{
    [Fact]
    public async Task AR3003_LinesNotInCanonicalForm_AreReportedWithLineAndColumn()
    {
        await Verify.VerifyAnalyzerAsync(
            Sources.ShopRoles,
            [("AnonymousAccess.approved.txt", """
                # comments and blank lines are fine

                Shop.Product | * | none | read Name
                {|#0:Shop.Product, read Name|}
                Shop.Product | * | {|#1:everyone | read Name|}
                Shop.Product | * | none | {|#2:see Name|}
                {|#3:Product | * | none | read Name|}
                """)],
            Verify.Diagnostic().WithLocation(0).WithArguments("line 4, column 1: expected 'entity | constraint | scope | rights', four fields separated by '|'; found 1"),
            Verify.Diagnostic().WithLocation(1).WithArguments("line 5, column 20: the scope must be user, constrained or none, not 'everyone'"),
            Verify.Diagnostic().WithLocation(2).WithArguments("line 6, column 27: 'see Name' is not a right: create, delete, read Member, ... or write Member, ..."),
            Verify.Diagnostic().WithLocation(3).WithArguments("line 7, column 1: 'Product' is not a qualified entity name (Module.Entity)"));
    }

    // The compiler leaves the byte order mark of a file saved as UTF-16 at the start of its text; before it was
    // skipped, it hid the header's '#' (what Windows PowerShell 5 writes when the baseline is redirected).
    [Theory]
    [InlineData("\uFEFF# approved (entity | constraint | objects | rights)\nShop.Product | * | none | read Name\n")]
    [InlineData("\uFEFFShop.Product | * | none | read Name\r\n")]
    public async Task AR3003_AByteOrderMarkBeforeTheFirstLine_IsNotPartOfIt(string file)
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles, [("AnonymousAccess.approved.txt", file)]);
    }

    [Fact]
    public async Task AR3003_MicroflowAndServiceLines_AreReadInTheirOwnForm()
    {
        await Verify.VerifyAnalyzerAsync(
            Sources.ShopRoles,
            [("AnonymousAccess.approved.txt", """
                microflow Shop.ACT_Find | anonymous-callable | reaches no data without entity access
                microflow Shop.ACT_Open | anonymous-callable | reaches Shop.ACT_Open retrieves 'Shop.Order' under '[Status = 'Open | Late']', which is not user-scoped
                service Shop.Api | open | it requires no authentication
                {|#0:microflow Shop.ACT_Find | callable|}
                service Shop.Api | {|#1:closed | it requires no authentication|}
                """)],
            Verify.Diagnostic().WithLocation(0).WithArguments("line 4, column 1: expected 'microflow Module.Name | anonymous-callable | reach', three fields separated by '|'; found 2"),
            Verify.Diagnostic().WithLocation(1).WithArguments("line 5, column 20: the second field must be 'open', not 'closed'"));
    }

    // A Name is taken as written, dots and all, and the baseline writes it so: its line must read back. Without a
    // module, or without a name at all, a line names nothing.
    [Fact]
    public async Task AR3003_NamesWithAModule_AreRead_WhateverTheNameHolds()
    {
        await Verify.VerifyAnalyzerAsync(
            Sources.ShopRoles,
            [("AnonymousAccess.approved.txt", """
                Shop.Faq.Item | * | none | read Question
                microflow Shop.Faq.Find | anonymous-callable | reaches no data without entity access
                service Shop.Api.V1 | open | it requires no authentication
                microflow {|#0:ACT_Find | anonymous-callable | reaches no data without entity access|}
                {|#1:service | open | it requires no authentication|}
                {|#2:.Product | * | none | read Name|}
                """)],
            Verify.Diagnostic().WithLocation(0).WithArguments("line 4, column 11: 'ACT_Find' is not a qualified microflow name (Module.Name)"),
            Verify.Diagnostic().WithLocation(1).WithArguments("line 5, column 1: '' is not a qualified service name (Module.Name)"),
            Verify.Diagnostic().WithLocation(2).WithArguments("line 6, column 1: '.Product' is not a qualified entity name (Module.Entity)"));
    }
}
