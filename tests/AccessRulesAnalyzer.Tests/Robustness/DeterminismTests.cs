using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using AccessRulesAnalyzer.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AccessRulesAnalyzer.Tests.Robustness;

/// <summary>The same input gives the same diagnostics (messages, locations, additional locations) in the same order, however the runs interleave.</summary>
public class DeterminismTests
{
    [Fact]
    public void RepeatedConcurrentRuns_GiveTheSameDiagnostics()
    {
        var sources = FuzzTests.Corpus().ToArray();
        var descriptors = FuzzTests.Analyzers.SelectMany(a => a.SupportedDiagnostics);

        var runs = Enumerable.Range(0, 16).AsParallel().Select(_ =>
        {
            // A fresh project per run: nothing is shared but the analyzer instances, as in a build server.
            var compilation = TestProject.Create(sources, descriptors).GetCompilationAsync().Result!;
            var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: true, logAnalyzerExecutionTime: false);
            return compilation.WithAnalyzers(FuzzTests.Analyzers, options).GetAnalyzerDiagnosticsAsync(CancellationToken.None).Result
                .OrderBy(d => d.Location.SourceTree?.FilePath).ThenBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id).ThenBy(d => d.GetMessage())
                .Select(Describe)
                .ToList();
        }).ToList();

        Assert.NotEmpty(runs[0]);
        Assert.All(runs, run => Assert.Equal(runs[0], run));
    }

    private static string Describe(Diagnostic diagnostic) =>
        $"{diagnostic.Id} {diagnostic.Location.GetLineSpan()} {diagnostic.GetMessage()} [{string.Join("; ", diagnostic.AdditionalLocations.Select(l => l.GetLineSpan().ToString()))}]";
}
