using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AccessRulesAnalyzer.Tests.Verification;

/// <summary>
/// Verifies a code fix: diagnostics before, the text after fixing one diagnostic at a time until none is left,
/// the diagnostics that remain, and that Fix All in document, project and solution gives the same text.
/// </summary>
public static class CSharpCodeFixVerifier<TCheck, TCodeFix>
    where TCheck : SecurityCheck, new()
    where TCodeFix : CodeFixProvider, new()
{
    private const int MaxIterations = 50;

    public static DiagnosticResult Diagnostic(string id) => new(id);

    public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected) =>
        CSharpAnalyzerVerifier<TCheck>.VerifyAnalyzerAsync(source, expected);

    public static Task VerifyCodeFixAsync(string source, string fixedSource) =>
        VerifyCodeFixAsync(new[] { source }, Array.Empty<DiagnosticResult>(), new[] { fixedSource });

    public static Task VerifyCodeFixAsync(string source, DiagnosticResult expected, string fixedSource) =>
        VerifyCodeFixAsync(new[] { source }, new[] { expected }, new[] { fixedSource });

    public static Task VerifyCodeFixAsync(string source, DiagnosticResult[] expected, string fixedSource) =>
        VerifyCodeFixAsync(new[] { source }, expected, new[] { fixedSource });

    public static async Task VerifyCodeFixAsync(string[] sources, DiagnosticResult[] expected, string[] fixedSources)
    {
        var before = TestState.Parse(sources);
        var after = TestState.Parse(fixedSources);
        var project = await CSharpAnalyzerVerifier<TCheck>.RunAndCompareAsync(before, expected, "test");
        await CSharpAnalyzerVerifier<TCheck>.RunAndCompareAsync(after, Array.Empty<DiagnosticResult>(), "fixed");

        var oneByOne = await FixOneByOneAsync(project);
        AssertSameText(after.Sources, oneByOne, "Fixing one diagnostic at a time");
        await AssertNoNewDiagnosticOfOursAsync(project, oneByOne);

        foreach (var scope in new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution })
        {
            AssertSameText(after.Sources, await FixAllAsync(project, scope), $"Fix All in {scope}");
        }
    }

    private static async Task<Project> FixOneByOneAsync(Project project)
    {
        var fix = new TCodeFix();
        for (var i = 0; i < MaxIterations; i++)
        {
            var diagnostics = await AnalyzeAsync(project);
            if (await FirstFixAsync(project, fix, diagnostics) is not { Action: var action })
            {
                return project;
            }

            var fixedProject = await ApplyAsync(project, action);
            var remaining = await AnalyzeAsync(fixedProject);
            Assert.False(Signature(remaining).SequenceEqual(Signature(diagnostics)), $"The fix '{action.Title}' left the same diagnostics as before.");
            project = fixedProject;
        }

        Assert.Fail($"Still fixable after {MaxIterations} fixes: the fix does not converge.");
        return project;
    }

    private static async Task<Project> FixAllAsync(Project project, FixAllScope scope)
    {
        var fix = new TCodeFix();
        var fixAll = fix.GetFixAllProvider();
        Assert.NotNull(fixAll);
        for (var i = 0; i < MaxIterations; i++)
        {
            var diagnostics = await AnalyzeAsync(project);
            if (await FirstFixAsync(project, fix, diagnostics) is not { } first)
            {
                return project;
            }

            var document = project.GetDocument(first.Diagnostic.Location.SourceTree)!;
            var context = new FixAllContext(document, fix, scope, first.Action.EquivalenceKey, fix.FixableDiagnosticIds, new ProjectDiagnostics(), CancellationToken.None);
            var action = await fixAll!.GetFixAsync(context);
            Assert.True(action is not null, $"Fix All in {scope} offered no action.");
            project = await ApplyAsync(project, action!);
        }

        Assert.Fail($"Fix All in {scope} does not converge.");
        return project;
    }

    private static async Task<(CodeAction Action, Diagnostic Diagnostic)?> FirstFixAsync(Project project, CodeFixProvider fix, ImmutableArray<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics.Where(d => fix.FixableDiagnosticIds.Contains(d.Id)).OrderBy(d => d.Location.SourceTree!.FilePath).ThenBy(d => d.Location.SourceSpan.Start))
        {
            var actions = new List<CodeAction>();
            var document = project.GetDocument(diagnostic.Location.SourceTree)!;
            await fix.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
            if (actions.Count > 0)
            {
                return (actions[0], diagnostic);
            }
        }

        return null;
    }

    private static async Task<Project> ApplyAsync(Project project, CodeAction action)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        var solution = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        return solution.GetProject(project.Id)!;
    }

    /// <summary>The fixed code raises nothing new from any analyzer of the package, not only the one under test.</summary>
    private static async Task AssertNoNewDiagnosticOfOursAsync(Project before, Project after)
    {
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new SecurityModelAnalyzer());
        var existing = Signature(await AnalyzerRunner.RunAsync(before, analyzers)).ToHashSet();
        var added = Signature(await AnalyzerRunner.RunAsync(after, analyzers)).Where(d => !existing.Contains(d)).ToList();
        Assert.True(added.Count == 0, "The fixed code raises new diagnostics:\n" + string.Join("\n", added));
    }

    private static Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Project project) =>
        AnalyzerRunner.RunAsync(project, ImmutableArray.Create<DiagnosticAnalyzer>(new SecurityModelAnalyzer(new TCheck())));

    private static IEnumerable<string> Signature(ImmutableArray<Diagnostic> diagnostics) =>
        diagnostics.Select(d => d.Id + ": " + d.GetMessage()).OrderBy(s => s, StringComparer.Ordinal);

    private static void AssertSameText(ImmutableArray<string> expected, Project project, string how)
    {
        var documents = project.Documents.OrderBy(d => d.FilePath, StringComparer.Ordinal).ToList();
        for (var i = 0; i < expected.Length; i++)
        {
            var actual = documents[i].GetTextAsync().Result.ToString();
            Assert.True(Normalize(expected[i]) == Normalize(actual), $"{how} gives different text for {documents[i].FilePath}.\nExpected:\n{expected[i]}\nActual:\n{actual}");
        }
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n");

    /// <summary>What Fix All asks for: the analyzer's diagnostics of a document, of a project, or both.</summary>
    private sealed class ProjectDiagnostics : FixAllContext.DiagnosticProvider
    {
        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        {
            var tree = await document.GetSyntaxTreeAsync(cancellationToken);
            return (await AnalyzeAsync(document.Project)).Where(d => d.Location.SourceTree == tree);
        }

        public override async Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            (await AnalyzeAsync(project)).Where(d => !d.Location.IsInSource);

        public override async Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            await AnalyzeAsync(project);
    }
}
