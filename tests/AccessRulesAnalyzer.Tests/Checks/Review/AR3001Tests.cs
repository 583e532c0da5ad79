using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;
using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.UnapprovedAnonymousAccessCheck>;
using VerifyFix = AccessRulesAnalyzer.Tests.Verification.CSharpCodeFixVerifier<AccessRulesAnalyzer.Checks.UnapprovedAnonymousAccessCheck, AccessRulesAnalyzer.CodeFixes.ApproveAccessCodeFixProvider>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR3001: Anonymous access that is not approved.</summary>
public class AR3001Tests
{
    internal const string Shop = Sources.SystemRoles + """
        [Entity("Shop", StoreOwner = true)]
        [{|#0:AccessRule("Shop.Guest", Create = true, ReadWrite = [nameof(Quantity)], XPath = "[System.owner='[%CurrentUser%]']")|}]
        [{|#1:AccessRule("Shop.Guest", Read = [nameof(Note)], XPath = "[System.owner='[%CurrentUser%]']")|}]
        [AccessRule("Shop.Customer", ReadWrite = [nameof(Quantity), nameof(Note)])]
        public class CartLine { public int Quantity { get; set; } public string? Note { get; set; } }

        [Entity("Shop")]
        [{|#2:AccessRule("Shop.Guest", Read = [nameof(Name)])|}]
        public class Product { public string? Name { get; set; } }
        """;

    private const string CartLine = "Shop.CartLine | [System.owner='[%CurrentUser%]'] | user | create; read Note, Quantity; write Quantity";
    private const string Product = "Shop.Product | * | none | read Name";

    [Fact]
    public async Task AR3001_AGrantNotApproved_IsReportedOnItsFirstRule_ApprovedOnesAreNot()
    {
        await Verify.VerifyAnalyzerAsync(
            Shop,
            [("AnonymousAccess.approved.txt", "# approved\n" + Product + "\n")],
            // On the grant's first rule, its other rules as additional locations.
            Verify.Diagnostic().WithLocation(0).WithLocation(1).WithArguments("Shop.CartLine", CartLine));
    }

    [Fact]
    public async Task AR3001_AnApprovedFirstLineAfterAByteOrderMark_Approves()
    {
        await Verify.VerifyAnalyzerAsync(
            Shop.Replace("{|#2:", "").Replace("Name)])|}]", "Name)])]"),
            [("AnonymousAccess.approved.txt", "\uFEFF" + Product + "\r\n")],
            Verify.Diagnostic().WithLocation(0).WithLocation(1).WithArguments("Shop.CartLine", CartLine));
    }

    [Fact]
    public async Task AR3001_WithoutAnApprovedAccessFile_NothingIsReported()
    {
        await Verify.VerifyAnalyzerAsync(Shop.Replace("{|#0:", "").Replace("{|#1:", "").Replace("{|#2:", "").Replace(")|}]", ")]"));
    }

    [Fact]
    public async Task AR3001_Fix_ApprovesTheAccess_InCanonicalOrder()
    {
        await FixApprovesBothGrants("# approved\nShop.Basket | * | none | read Name\nShop.Wish | * | none | read Text\n", "# approved\nShop.Basket | * | none | read Name\n" + CartLine + "\n" + Product + "\nShop.Wish | * | none | read Text\n");
    }

    [Fact]
    public async Task AR3001_Fix_AppendsAfterALastLineWithoutLineBreak_AndKeepsTheFilesLineBreaks()
    {
        // The new lines sort after every approved one: they go at the end, which the file's last line does not close.
        await FixApprovesBothGrants("# approved\r\nShop.Basket | * | none | read Name", "# approved\r\nShop.Basket | * | none | read Name\r\n" + CartLine + "\r\n" + Product + "\r\n");
    }

    [Fact]
    public async Task AR3001_Fix_InsertingBeforeALastLineWithoutLineBreak_LeavesItsEndAsItIs()
    {
        // Every new line sorts before the last one: nothing goes at the end, so no line break is added there.
        await FixApprovesBothGrants("# approved\nShop.Wish | * | none | read Text", "# approved\n" + CartLine + "\n" + Product + "\nShop.Wish | * | none | read Text");
    }

    [Fact]
    public async Task AR3001_Fix_InAnEmptyFile_WritesTheLinesAlone()
    {
        await FixApprovesBothGrants(string.Empty, CartLine + "\n" + Product + "\n");
    }

    // The fix on both grants of Shop, which the file does not approve: the file before and after.
    private static Task FixApprovesBothGrants(string file, string approved) =>
        VerifyFix.VerifyCodeFixAsync(
            Shop,
            ("AnonymousAccess.approved.txt", file),
            approved,
            Verify.Diagnostic().WithLocation(0).WithLocation(1).WithArguments("Shop.CartLine", CartLine),
            Verify.Diagnostic().WithLocation(2).WithArguments("Shop.Product", Product));

    [Fact]
    public async Task AR3001_AnApprovedAccessFileThatCannotBeRead_ApprovesNothing_AndReportsNothing()
    {
        var compilation = TestProject.Compilation(Shop.Replace("{|#0:", "").Replace("{|#1:", "").Replace("{|#2:", "").Replace(")|}]", ")]"));
        var options = new Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions([new UnreadableFile("/0/AnonymousAccess.approved.txt")]);

        var diagnostics = await AnalyzerRunner.RunAsync(compilation, [new SecurityModelAnalyzer(new UnapprovedAnonymousAccessCheck(), new ApprovedAccessNoLongerGrantedCheck())], options);

        Assert.Empty(diagnostics);
    }

    /// <summary>An additional file the host could not read: its text is null.</summary>
    private sealed class UnreadableFile(string path) : Microsoft.CodeAnalysis.AdditionalText
    {
        public override string Path => path;

        public override Microsoft.CodeAnalysis.Text.SourceText? GetText(System.Threading.CancellationToken cancellationToken = default) => null;
    }

    private const string Microflow = "microflow Shop.ACT_Find | anonymous-callable | reaches Shop.ACT_Find retrieves every 'Shop.Customer'";
    private const string Service = "service Shop.Api | open | it requires no authentication";

    [Fact]
    public async Task AR3001_AnAnonymousCallableMicroflowAndAnOpenServiceNotApproved_AreReportedOnTheirDeclarations()
    {
        await Verify.VerifyAnalyzerAsync(
            Shop.Replace("{|#0:", "").Replace("{|#1:", "").Replace("{|#2:", "").Replace(")|}]", ")]") + """
        [Entity("Shop")]
        public class Customer { public string? Name { get; set; } }

        public static class Flows
        {
            [{|#3:Microflow("Shop", AllowedRoles = ["Shop.Guest"])|}]
            [Retrieves(typeof(Customer))]
            public static void ACT_Find() { }

            [Microflow("Shop", AllowedRoles = ["Shop.Customer"])]
            [Retrieves(typeof(Customer))]
            public static void ACT_Signed() { }

            // A nanoflow runs on the client, under the visitors' entity access: no door of its own.
            [Nanoflow("Shop", AllowedRoles = ["Shop.Guest"])]
            [Retrieves(typeof(Customer))]
            public static void NAV_Find() { }
        }

        [{|#4:PublishedService(ServiceKind.OData, "Shop", RequiresAuthentication = false)|}]
        [Publishes(typeof(Customer))]
        public class Api { }
        """,
            [("AnonymousAccess.approved.txt", "# approved\n" + CartLine + "\n" + Product + "\n")],
            Verify.Diagnostic().WithLocation(3).WithArguments("Shop.ACT_Find", Microflow),
            Verify.Diagnostic().WithLocation(4).WithArguments("Shop.Api", Service));
    }

    [Fact]
    public async Task AR3001_ApprovedDocuments_AreNotReported_AndTheFixApprovesThem()
    {
        var source = Shop.Replace("{|#0:", "").Replace("{|#1:", "").Replace("{|#2:", "").Replace(")|}]", ")]") + """
        [Entity("Shop")]
        public class Customer { public string? Name { get; set; } }

        public static class Flows
        {
            [{|#3:Microflow("Shop", AllowedRoles = ["Shop.Guest"])|}]
            [Retrieves(typeof(Customer))]
            public static void ACT_Find() { }

            [Microflow("Shop", AllowedRoles = ["Shop.Customer"])]
            [Retrieves(typeof(Customer))]
            public static void ACT_Signed() { }
        }

        [{|#4:PublishedService(ServiceKind.OData, "Shop", RequiresAuthentication = false)|}]
        [Publishes(typeof(Customer))]
        public class Api { }
        """;
        await Verify.VerifyAnalyzerAsync(
            source.Replace("{|#3:", "").Replace("{|#4:", "").Replace(")|}]", ")]"),
            [("AnonymousAccess.approved.txt", "# approved\n" + CartLine + "\n" + Product + "\n" + Microflow + "\n" + Service + "\n")]);
        await VerifyFix.VerifyCodeFixAsync(
            source,
            ("AnonymousAccess.approved.txt", "# approved\n" + CartLine + "\n" + Product + "\n"),
            "# approved\n" + CartLine + "\n" + Product + "\n" + Microflow + "\n" + Service + "\n",
            Verify.Diagnostic().WithLocation(3).WithArguments("Shop.ACT_Find", Microflow),
            Verify.Diagnostic().WithLocation(4).WithArguments("Shop.Api", Service));
    }
}
