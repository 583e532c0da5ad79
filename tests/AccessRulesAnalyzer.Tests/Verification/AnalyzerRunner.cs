using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using AccessRulesAnalyzer.Driver;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AccessRulesAnalyzer.Tests.Verification;

/// <summary>Runs analyzers the way the hosts do, and fails on what users would see as AD0001.</summary>
internal static class AnalyzerRunner
{
    public static async Task<ImmutableArray<Diagnostic>> RunAsync(Project project, ImmutableArray<DiagnosticAnalyzer> analyzers) =>
        await RunAsync((await project.GetCompilationAsync())!, analyzers);

    public static async Task<ImmutableArray<Diagnostic>> RunAsync(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, AnalyzerOptions? analyzerOptions = null)
    {
        var exceptions = new ConcurrentQueue<string>();
        var options = new CompilationWithAnalyzersOptions(
            analyzerOptions ?? new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, analyzer, _) => exceptions.Enqueue($"{analyzer.GetType().Name}: {exception}"),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var withAnalyzers = compilation.WithAnalyzers(analyzers, options);
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        Assert.True(exceptions.IsEmpty, "An analyzer threw (users would see AD0001):\n" + string.Join("\n", exceptions));
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");

        await AssertLiveInIdeAsync(compilation, analyzers, options, diagnostics);
        return diagnostics;
    }

    /// <summary>
    /// The IDE asks per document for syntax and semantic diagnostics (and per additional document for theirs) and
    /// never runs compilation-end actions live.
    /// Everything not tagged CompilationEnd must come out of those per-document requests too, on a fresh session.
    /// </summary>
    private static async Task AssertLiveInIdeAsync(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, CompilationWithAnalyzersOptions options, ImmutableArray<Diagnostic> all)
    {
        var live = new HashSet<string>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            var perDocument = compilation.WithAnalyzers(analyzers, options);
            var semanticModel = compilation.GetSemanticModel(tree);
            foreach (var diagnostic in (await perDocument.GetAnalyzerSyntaxDiagnosticsAsync(tree, CancellationToken.None))
                         .Concat(await perDocument.GetAnalyzerSemanticDiagnosticsAsync(semanticModel, null, CancellationToken.None)))
            {
                live.Add(Key(diagnostic));
            }
        }

        foreach (var file in options.Options?.AdditionalFiles ?? ImmutableArray<AdditionalText>.Empty)
        {
            var result = await compilation.WithAnalyzers(analyzers, options).GetAnalysisResultAsync(file, CancellationToken.None);
            foreach (var diagnostic in result.GetAllDiagnostics())
            {
                live.Add(Key(diagnostic));
            }
        }

        var missing = all.Where(d => !d.Descriptor.CustomTags.Contains(WellKnownDiagnosticTags.CompilationEnd) && !live.Contains(Key(d))).ToList();
        Assert.True(missing.Count == 0, "Not reported live, per document, as the IDE asks:\n" + string.Join("\n", missing));
    }

    /// <summary>
    /// The fixed code raises nothing new from any check of the package that is on by default, not only the one under
    /// test: what a user who applies the fix would see next. The strict set stays off, as it is for them.
    /// </summary>
    public static async Task AssertNoNewDiagnosticOfOursAsync(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        var analyzers = SecurityModelAnalyzer.Package();
        var onByDefault = TestConfiguration.AllDescriptors.Where(d => d.IsEnabledByDefault).ToList();
        var existing = Signature(await RunAsync(TestProject.Create(before, onByDefault), analyzers)).ToHashSet();
        var added = Signature(await RunAsync(TestProject.Create(after, onByDefault), analyzers)).Where(d => !existing.Contains(d)).ToList();
        Assert.True(added.Count == 0, "The fixed code raises new diagnostics:\n" + string.Join("\n", added));
    }

    /// <summary>
    /// A rule that is also a suggestion, as each host runs it: what the analyzer of a command-line build reports (the
    /// compiler skips the suggestion analyzer), what the suggestion analyzer reports (the IDE runs both), and what the
    /// package reports with the rule raised to a warning in the project's options. Each finding as its severity and
    /// the first name its message quotes.
    /// </summary>
    public static async Task<(string[] Build, string[] Suggestions, string[] RaisedToWarning)> SplitBySeverityAsync(string source, string id)
    {
        var compilation = TestProject.Compilation(source);
        var package = SecurityModelAnalyzer.Package();
        var raised = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions([new(id, ReportDiagnostic.Warn)]));
        return (
            Describe(await RunAsync(compilation, [package[0]]), id),
            Describe(await RunAsync(compilation, [package[1]]), id),
            Describe(await RunAsync(raised, package), id));
    }

    private static string[] Describe(ImmutableArray<Diagnostic> diagnostics, string id) =>
        diagnostics.Where(d => d.Id == id).Select(d => $"{d.Severity} {Regex.Match(d.GetMessage(), "'([^']*)'").Groups[1].Value}").OrderBy(text => text, System.StringComparer.Ordinal).ToArray();

    private static IEnumerable<string> Signature(ImmutableArray<Diagnostic> diagnostics) =>
        diagnostics.Select(d => d.Id + ": " + d.GetMessage());

    private static string Key(Diagnostic diagnostic) => $"{diagnostic.Id}|{diagnostic.Location.SourceTree?.FilePath ?? diagnostic.Location.GetLineSpan().Path}|{diagnostic.Location.SourceSpan}|{diagnostic.GetMessage()}";
}
