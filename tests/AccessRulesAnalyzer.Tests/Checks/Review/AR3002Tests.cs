using System.Collections.Generic;
using System.Linq;
using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;
using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.ApprovedAccessNoLongerGrantedCheck>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR3002: Approved anonymous access that is no longer granted.</summary>
public class AR3002Tests
{
    private static readonly string Shop = AR3001Tests.Shop.Replace("{|#0:", "").Replace("{|#1:", "").Replace("{|#2:", "").Replace(")|}]", ")]");

    [Fact]
    public async Task AR3002_AnApprovedLineNoRuleGrants_IsReportedOnTheLine()
    {
        await Verify.VerifyAnalyzerAsync(
            Shop,
            [("AnonymousAccess.approved.txt", """
                # approved
                Shop.CartLine | [System.owner='[%CurrentUser%]'] | user | create; read Note, Quantity; write Quantity
                {|#0:Shop.Product | * | none | read Name, Price|}
                {|#1:Shop.Wish | * | none | read Text|}
                Shop.Product | * | none | read Name
                """)],
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.Product | * | none | read Name, Price"),
            Verify.Diagnostic().WithLocation(1).WithArguments("Shop.Wish | * | none | read Text"));
    }

    [Fact]
    public async Task AR3002_WithoutAnonymousUsers_EveryApprovedLineIsStale()
    {
        await Verify.VerifyAnalyzerAsync(
            Sources.ShopRolesWithoutAnonymous + """
            [Entity("Shop")]
            [AccessRule("Shop.Guest", Read = [nameof(Name)])]
            public class Product { public string? Name { get; set; } }
            """,
            [("AnonymousAccess.approved.txt", "{|#0:Shop.Product | * | none | read Name|}\n")],
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.Product | * | none | read Name"));
    }

    /// <summary>
    /// Microsoft.CodeAnalysis.Testing 1.1.4 asks fix providers only for diagnostics in C# documents, so the fix of a
    /// diagnostic in an additional file is run here as the IDE runs it: a CodeFixContext on the TextDocument.
    /// </summary>
    [Fact]
    public async Task AR3002_Fix_RemovesTheStaleLine_InTheAdditionalFile()
    {
        const string approved = "# approved\nShop.CartLine | [System.owner='[%CurrentUser%]'] | user | create; read Note, Quantity; write Quantity\nShop.Product | * | none | read Name, Price\nShop.Product | * | none | read Name\n";
        var project = TestProject.Create(new[] { Shop }, TestConfiguration.AllDescriptors)
            .AddAdditionalDocument("AnonymousAccess.approved.txt", Microsoft.CodeAnalysis.Text.SourceText.From(approved), filePath: "/0/AnonymousAccess.approved.txt").Project;
        var file = project.AdditionalDocuments.Single();
        var options = new Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions(project.AnalyzerOptions.AdditionalFiles);
        var compilation = (await project.GetCompilationAsync())!;
        var diagnostics = await AnalyzerRunner.RunAsync(compilation, [new SecurityModelAnalyzer(new ApprovedAccessNoLongerGrantedCheck())], options);
        var diagnostic = Assert.Single(diagnostics);

        var actions = new List<Microsoft.CodeAnalysis.CodeActions.CodeAction>();
        await new CodeFixes.RemoveApprovedLineCodeFixProvider().RegisterCodeFixesAsync(new Microsoft.CodeAnalysis.CodeFixes.CodeFixContext(file, diagnostic, (action, _) => actions.Add(action), default));
        var operations = await Assert.Single(actions).GetOperationsAsync(default);
        var fixedSolution = operations.OfType<Microsoft.CodeAnalysis.CodeActions.ApplyChangesOperation>().Single().ChangedSolution;

        Assert.Equal(approved.Replace("Shop.Product | * | none | read Name, Price\n", string.Empty), (await fixedSolution.GetAdditionalDocument(file.Id)!.GetTextAsync()).ToString());
    }

    [Theory]
    [InlineData(Microsoft.CodeAnalysis.CodeFixes.FixAllScope.Document)]
    [InlineData(Microsoft.CodeAnalysis.CodeFixes.FixAllScope.Project)]
    [InlineData(Microsoft.CodeAnalysis.CodeFixes.FixAllScope.Solution)]
    public async Task AR3002_FixAll_RemovesEveryStaleLine_InOneChange(Microsoft.CodeAnalysis.CodeFixes.FixAllScope scope)
    {
        const string approved = "# approved\nShop.Product | * | none | read Name, Price\nShop.Product | * | none | read Name\nShop.Wish | * | none | read Text\n";
        var project = TestProject.Create(new[] { Shop }, TestConfiguration.AllDescriptors)
            .AddAdditionalDocument("AnonymousAccess.approved.txt", Microsoft.CodeAnalysis.Text.SourceText.From(approved), filePath: "/0/AnonymousAccess.approved.txt").Project;
        var file = project.AdditionalDocuments.Single();
        var options = new Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions(project.AnalyzerOptions.AdditionalFiles);
        var diagnostics = await AnalyzerRunner.RunAsync((await project.GetCompilationAsync())!, [new SecurityModelAnalyzer(new ApprovedAccessNoLongerGrantedCheck())], options);
        Assert.Equal(2, diagnostics.Length);
        var provider = new CodeFixes.RemoveApprovedLineCodeFixProvider();
        var context = new Microsoft.CodeAnalysis.CodeFixes.FixAllContext(
            project, provider, scope, "Remove the stale approval", [RuleIdentifiers.ApprovedAccessNoLongerGranted], new Diagnostics(diagnostics), default);

        var action = await provider.GetFixAllProvider().GetFixAsync(context);
        var operations = await action!.GetOperationsAsync(default);
        var fixedSolution = operations.OfType<Microsoft.CodeAnalysis.CodeActions.ApplyChangesOperation>().Single().ChangedSolution;

        Assert.Equal("Remove the stale approvals", action.Title);
        Assert.Equal("# approved\nShop.Product | * | none | read Name\n", (await fixedSolution.GetAdditionalDocument(file.Id)!.GetTextAsync()).ToString());
    }

    [Theory]
    [InlineData(Microsoft.CodeAnalysis.CodeFixes.FixAllScope.Project, false)]
    [InlineData(Microsoft.CodeAnalysis.CodeFixes.FixAllScope.Solution, true)]
    public async Task AR3002_FixAll_InTheSolution_CleansEveryProjectsFile_AndInAProject_ThatProjectsOnly(Microsoft.CodeAnalysis.CodeFixes.FixAllScope scope, bool secondCleaned)
    {
        const string approved = "Shop.Product | * | none | read Name, Price\nShop.Product | * | none | read Name\n";
        var first = TestProject.Create(new[] { Shop }, TestConfiguration.AllDescriptors)
            .AddAdditionalDocument("AnonymousAccess.approved.txt", Microsoft.CodeAnalysis.Text.SourceText.From(approved), filePath: "/0/AnonymousAccess.approved.txt").Project;
        var secondId = Microsoft.CodeAnalysis.ProjectId.CreateNewId();
        var solution = first.Solution
            .AddProject(Microsoft.CodeAnalysis.ProjectInfo.Create(secondId, Microsoft.CodeAnalysis.VersionStamp.Create(), "Second", "Second", Microsoft.CodeAnalysis.LanguageNames.CSharp,
                compilationOptions: first.CompilationOptions, parseOptions: first.ParseOptions, metadataReferences: first.MetadataReferences))
            .AddDocument(Microsoft.CodeAnalysis.DocumentId.CreateNewId(secondId), "Test1.cs", Microsoft.CodeAnalysis.Text.SourceText.From(Shop), filePath: "/1/Test1.cs")
            .AddAdditionalDocument(Microsoft.CodeAnalysis.DocumentId.CreateNewId(secondId), "AnonymousAccess.approved.txt", Microsoft.CodeAnalysis.Text.SourceText.From(approved), filePath: "/1/AnonymousAccess.approved.txt");
        var diagnostics = new List<Microsoft.CodeAnalysis.Diagnostic>();
        foreach (var project in solution.Projects)
        {
            var options = new Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions(project.AnalyzerOptions.AdditionalFiles);
            diagnostics.AddRange(await AnalyzerRunner.RunAsync((await project.GetCompilationAsync())!, [new SecurityModelAnalyzer(new ApprovedAccessNoLongerGrantedCheck())], options));
        }

        Assert.Equal(2, diagnostics.Count);
        var provider = new CodeFixes.RemoveApprovedLineCodeFixProvider();
        var context = new Microsoft.CodeAnalysis.CodeFixes.FixAllContext(
            solution.GetProject(first.Id)!, provider, scope, "Remove the stale approval", [RuleIdentifiers.ApprovedAccessNoLongerGranted], new Diagnostics([.. diagnostics]), default);

        var action = await provider.GetFixAllProvider().GetFixAsync(context);
        var fixedSolution = (await action!.GetOperationsAsync(default)).OfType<Microsoft.CodeAnalysis.CodeActions.ApplyChangesOperation>().Single().ChangedSolution;

        const string cleaned = "Shop.Product | * | none | read Name\n";
        Assert.Equal(cleaned, (await fixedSolution.GetProject(first.Id)!.AdditionalDocuments.Single().GetTextAsync()).ToString());
        Assert.Equal(secondCleaned ? cleaned : approved, (await fixedSolution.GetProject(secondId)!.AdditionalDocuments.Single().GetTextAsync()).ToString());
    }

    [Fact]
    public async Task AR3002_FixAll_WithoutStaleLines_OffersNothing()
    {
        var project = TestProject.Create(new[] { Shop }, TestConfiguration.AllDescriptors);
        var provider = new CodeFixes.RemoveApprovedLineCodeFixProvider();
        var context = new Microsoft.CodeAnalysis.CodeFixes.FixAllContext(
            project, provider, Microsoft.CodeAnalysis.CodeFixes.FixAllScope.Project, "Remove the stale approval", [RuleIdentifiers.ApprovedAccessNoLongerGranted], new Diagnostics([]), default);

        Assert.Null(await provider.GetFixAllProvider().GetFixAsync(context));
    }

    /// <summary>The diagnostics a Fix All asks for, as the IDE would give them: all of them, per project.</summary>
    private sealed class Diagnostics(System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.Diagnostic> all) : Microsoft.CodeAnalysis.CodeFixes.FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Microsoft.CodeAnalysis.Diagnostic>> GetAllDiagnosticsAsync(Microsoft.CodeAnalysis.Project project, System.Threading.CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Microsoft.CodeAnalysis.Diagnostic>>(all);

        public override Task<IEnumerable<Microsoft.CodeAnalysis.Diagnostic>> GetDocumentDiagnosticsAsync(Microsoft.CodeAnalysis.Document document, System.Threading.CancellationToken cancellationToken) =>
            Task.FromResult(Enumerable.Empty<Microsoft.CodeAnalysis.Diagnostic>());

        public override Task<IEnumerable<Microsoft.CodeAnalysis.Diagnostic>> GetProjectDiagnosticsAsync(Microsoft.CodeAnalysis.Project project, System.Threading.CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Microsoft.CodeAnalysis.Diagnostic>>(all);
    }

    [Fact]
    public async Task AR3002_AnApprovedMicroflowWhoseReachChanged_AndAServiceNoLongerOpen_AreStale()
    {
        await Verify.VerifyAnalyzerAsync(
            Shop + """
            [Entity("Shop")]
            public class Customer { public string? Name { get; set; } }

            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Guest"], ApplyEntityAccess = true)]
                [Retrieves(typeof(Customer))]
                public static void ACT_Find() { }
            }

            [PublishedService(ServiceKind.OData, "Shop")]
            public class Api { }
            """,
            [("AnonymousAccess.approved.txt", """
                # approved
                Shop.CartLine | [System.owner='[%CurrentUser%]'] | user | create; read Note, Quantity; write Quantity
                Shop.Product | * | none | read Name
                microflow Shop.ACT_Find | anonymous-callable | reaches no data without entity access
                {|#0:microflow Shop.ACT_Find | anonymous-callable | reaches Shop.ACT_Find retrieves every 'Shop.Customer'|}
                {|#1:service Shop.Api | open | it requires no authentication|}
                """)],
            Verify.Diagnostic().WithLocation(0).WithArguments("microflow Shop.ACT_Find | anonymous-callable | reaches Shop.ACT_Find retrieves every 'Shop.Customer'"),
            Verify.Diagnostic().WithLocation(1).WithArguments("service Shop.Api | open | it requires no authentication"));
    }

    [Fact]
    public async Task AR3002_EveryAnonymousCallableMicroflowStillCallable_IsNotStale()
    {
        await Verify.VerifyAnalyzerAsync(
            Shop + """
            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                public static void ACT_First() { }

                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                public static void ACT_Second() { }
            }
            """,
            [("AnonymousAccess.approved.txt", """
                # approved
                Shop.CartLine | [System.owner='[%CurrentUser%]'] | user | create; read Note, Quantity; write Quantity
                Shop.Product | * | none | read Name
                microflow Shop.ACT_First | anonymous-callable | reaches no data without entity access
                microflow Shop.ACT_Second | anonymous-callable | reaches no data without entity access
                """)]);
    }
}
