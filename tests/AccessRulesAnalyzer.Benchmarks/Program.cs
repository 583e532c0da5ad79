using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using AccessRules;
using AccessRulesAnalyzer;
using AccessRulesAnalyzer.Benchmarks;
using AccessRulesAnalyzer.XPath;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

// Measures the analyzers on generated applications of N entities; see docs/performance.md.
var sizes = args.Length > 0 ? args.Select(int.Parse).ToArray() : new[] { 100, 1_000, 10_000 };
const int Repetitions = 3;
const int Edits = 21;

var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
    .Split(Path.PathSeparator)
    .Where(path => Path.GetFileName(path) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "mscorlib.dll" or "netstandard.dll"))
    .Append(typeof(EntityAttribute).Assembly.Location)
    .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
    .ToImmutableArray();
var analyzers = typeof(SecurityModelAnalyzer).Assembly.GetTypes()
    .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
    .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
    .ToImmutableArray();
var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: true);

Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, Roslyn {typeof(Compilation).Assembly.GetName().Version}");
Console.WriteLine($"Analyzers: {analyzers.Length} ({string.Join(", ", analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct().OrderBy(id => id))})");
Console.WriteLine();
Console.WriteLine("| N | compile (ms) | analyzers (ms) | ratio | analyzer allocations (MB) | findings | re-analysis after one edit, median (ms) | same, incl. compiler binding (ms) |");
Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");

var analyzerTimes = new Dictionary<int, double>();
foreach (var n in sizes)
{
    var trees = new List<SyntaxTree> { CSharpSyntaxTree.ParseText(SyntheticApp.Security(), parseOptions, "Security.cs") };
    for (var i = 0; i < n; i++)
    {
        trees.Add(CSharpSyntaxTree.ParseText(SyntheticApp.Entity(i, n), parseOptions, $"E{i}.cs"));
    }

    var compileTimes = new List<double>();
    var analyzerRuns = new List<double>();
    var allocations = new List<double>();
    var findings = 0;
    Compilation? compilation = null;
    for (var r = 0; r < Repetitions; r++)
    {
        compilation = CSharpCompilation.Create("App", trees, references, options);
        var clock = Stopwatch.StartNew();
        var errors = compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
        compileTimes.Add(clock.Elapsed.TotalMilliseconds);
        if (errors > 0)
        {
            throw new InvalidOperationException("The generated application does not compile: " + compilation.GetDiagnostics().First(d => d.Severity == DiagnosticSeverity.Error));
        }

        // The compilation is bound already: what remains is our analyzers' own work, as -p:ReportAnalyzer=true reports it.
        var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: Environment.GetEnvironmentVariable("ACCESSRULES_SEQUENTIAL") != "1", logAnalyzerExecutionTime: true));
        var before = GC.GetTotalAllocatedBytes(precise: true);
        findings = (await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None)).Length;
        allocations.Add((GC.GetTotalAllocatedBytes(precise: true) - before) / 1024.0 / 1024.0);
        var telemetry = 0.0;
        foreach (var analyzer in analyzers)
        {
            telemetry += (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None)).ExecutionTime.TotalMilliseconds;
        }

        analyzerRuns.Add(telemetry);
    }

    if (Environment.GetEnvironmentVariable("ACCESSRULES_PROBE") == "1")
    {
        var probe = CSharpCompilation.Create("App", trees, references, options);
        probe.GetDiagnostics();
        var sw = Stopwatch.StartNew();
        var model = AccessRulesAnalyzer.Model.SecurityModel.For(probe)!;
        var t0 = sw.Elapsed.TotalMilliseconds;
        var types = trees.Skip(1).Select(t => probe.GetSemanticModel(t)).SelectMany(m => m.SyntaxTree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>().Select(c => m.GetDeclaredSymbol(c)!)).ToList();
        var t1 = sw.Elapsed.TotalMilliseconds;
        var entities = types.Select(t => model.GetEntity(t)!).ToList();
        var t2 = sw.Elapsed.TotalMilliseconds;
        var scoped = entities.SelectMany(e => e.Rules).Count(r => r.IsUserScoped);
        var t3 = sw.Elapsed.TotalMilliseconds;
        var locations = entities.SelectMany(e => e.Rules).Select(r => r.Declaration.ApplicationSyntaxReference!.GetSyntax().GetLocation()).Count();
        var t4 = sw.Elapsed.TotalMilliseconds;
        Console.WriteLine($"probe: model {t0:F1} ms, symbols {t1 - t0:F1} ms, entities {t2 - t1:F1} ms, scope {t3 - t2:F1} ms ({scoped}), locations {t4 - t3:F1} ms");
    }

    // The IDE after an edit: a new compilation with one entity's file changed, and that document's semantic diagnostics.
    var edits = new List<double>();
    var editsWithBinding = new List<double>();
    for (var e = 0; e < Edits; e++)
    {
        var index = (int)((long)e * 7919 % n);
        var edited = CSharpSyntaxTree.ParseText(SyntheticApp.Entity(index, n, revision: e + 1), parseOptions, $"E{index}.cs");
        var next = compilation!.ReplaceSyntaxTree(trees[index + 1], edited);
        var clock = Stopwatch.StartNew();
        var semanticModel = next.GetSemanticModel(edited);
        semanticModel.GetDeclarationDiagnostics();
        var binding = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        var withAnalyzers = next.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: true, logAnalyzerExecutionTime: false));
        await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(semanticModel, null, CancellationToken.None);
        edits.Add(clock.Elapsed.TotalMilliseconds);
        editsWithBinding.Add(clock.Elapsed.TotalMilliseconds + binding);
    }

    var analyzerTime = Median(analyzerRuns);
    var compileTime = Median(compileTimes);
    analyzerTimes[n] = analyzerTime;
    Console.WriteLine($"| {n:N0} | {compileTime:F0} | {analyzerTime:F1} | {analyzerTime / compileTime:P2} | {Median(allocations):F1} | {findings:N0} | {Median(edits):F2} | {Median(editsWithBinding):F2} |");
}

Console.WriteLine();
if (analyzerTimes.TryGetValue(1_000, out var thousand) && analyzerTimes.TryGetValue(10_000, out var tenThousand))
{
    Console.WriteLine($"Growth: analyzer time at 10,000 / at 1,000 = {tenThousand / thousand:F2}x (linear is 10x)");
}

// The XPath parser alone: a 1 MB constraint.
var constraint = new StringBuilder("[Name = 'a'");
while (constraint.Length < 1_000_000)
{
    constraint.Append(" and Name != 'b' or Total > 10");
}

var text = constraint.Append(']').ToString();
XPathParser.Parse(text);
var parse = Stopwatch.StartNew();
var parsed = XPathParser.Parse(text);
Console.WriteLine($"XPath parser: {text.Length / 1024.0 / 1024.0:F2} MB constraint parsed in {parse.Elapsed.TotalMilliseconds:F0} ms ({parsed.Errors.Length} errors)");

static double Median(List<double> values)
{
    var sorted = values.OrderBy(v => v).ToList();
    return sorted[sorted.Count / 2];
}
