using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using AccessRules;
using AccessRulesAnalyzer;
using AccessRulesAnalyzer.Benchmarks;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.XPath;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

// Measures the analyzers on generated applications of N entities; see docs/performance.md.
if (args is ["write", var directory, var count])
{
    // The application as a project on disk, to measure a real command-line build.
    SyntheticApp.WriteProject(directory, int.Parse(count), typeof(EntityAttribute).Assembly.Location, typeof(SecurityModelAnalyzer).Assembly.Location);
    Console.WriteLine($"Wrote {count} entities to {directory}; build with -p:WithAccessRulesAnalyzer=true or false.");
    return;
}

var sizes = args.Length > 0 ? args.Select(int.Parse).ToArray() : new[] { 100, 1_000, 10_000 };
const int Repetitions = 5;
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
    .Where(a => Environment.GetEnvironmentVariable("ACCESSRULES_ONLY") is not { } only || a.SupportedDiagnostics.Any(d => only.Contains(d.Id)))
    .ToImmutableArray();
var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: true);

Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, Roslyn {typeof(Compilation).Assembly.GetName().Version}");
Console.WriteLine($"Analyzers: {analyzers.Length} ({string.Join(", ", analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct().OrderBy(id => id))})");
Console.WriteLine();
Console.WriteLine("| N | compile (ms) | analyzers (ms) | ratio | attribute-reading baseline (ms) | model alone (ms) | model ratio | model allocations (MB) | findings |");
Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
var editRows = new List<string>();

var analyzerTimes = new Dictionary<int, double>();
var modelTimes = new Dictionary<int, double>();
var breakdowns = new List<string>();

// A warm-up on a small application, so that no measured section pays for compiling the compiler's and our code.
var warmUp = CSharpCompilation.Create("WarmUp", Application(100), references, options);
warmUp.GetDiagnostics();
await AnalyzeAsync(warmUp, analyzers);
await AnalyzeAsync(warmUp, ImmutableArray.Create<DiagnosticAnalyzer>(new AttributeReadingAnalyzer()));

foreach (var n in sizes)
{
    var trees = Application(n);

    var compileTimes = new List<double>();
    var analyzerRuns = new List<double>();
    var baselineRuns = new List<double>();
    var modelRuns = new List<double>();
    var modelAllocations = new List<double>();
    var findings = 0;
    Compilation? compilation = null;
    for (var r = 0; r < Repetitions; r++)
    {
        compilation = CSharpCompilation.Create("App", trees, references, options);
        Settle();
        var clock = Stopwatch.StartNew();
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        compileTimes.Add(clock.Elapsed.TotalMilliseconds);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The generated application does not compile: " + errors[0]);
        }

        // Our analyzers as -p:ReportAnalyzer=true reports them, and the attribute-reading baseline alike.
        Settle();
        (findings, var analyzerTime, var perAnalyzer) = await AnalyzeAsync(compilation, analyzers);
        analyzerRuns.Add(analyzerTime);
        if (r == Repetitions - 1)
        {
            breakdowns.Add($"- N = {n:N0}: " + string.Join(", ", perAnalyzer.OrderByDescending(pair => pair.Value).Take(4).Select(pair => $"{pair.Key} {pair.Value:F0} ms")));
        }

        Settle();
        baselineRuns.Add((await AnalyzeAsync(compilation, ImmutableArray.Create<DiagnosticAnalyzer>(new AttributeReadingAnalyzer()))).Time);

        // Our own work alone: the model of every entity and every rule's scope, on a compilation the compiler has bound.
        var symbols = trees.SelectMany(tree => compilation.GetSemanticModel(tree) is var semanticModel
            ? tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>().Select(type => semanticModel.GetDeclaredSymbol(type)!)
            : Enumerable.Empty<INamedTypeSymbol>()).ToList();
        if (Environment.GetEnvironmentVariable("ACCESSRULES_PROFILE_MODEL") == "1")
        {
            for (var p = 0; p < 50; p++)
            {
                var profiled = SecurityModel.Create(compilation)!;
                foreach (var symbol in symbols)
                {
                    foreach (var rule in profiled.GetEntity(symbol)?.Rules ?? ImmutableArray<AccessRule>.Empty)
                    {
                        _ = rule.IsUserScoped;
                    }
                }
            }

            return;
        }

        Settle();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        clock.Restart();
        var model = SecurityModel.Create(compilation)!;
        foreach (var symbol in symbols)
        {
            foreach (var rule in model.GetEntity(symbol)?.Rules ?? ImmutableArray<AccessRule>.Empty)
            {
                _ = rule.IsUserScoped;
                _ = rule.AnonymousRoles;
            }
        }

        modelRuns.Add(clock.Elapsed.TotalMilliseconds);
        modelAllocations.Add((GC.GetTotalAllocatedBytes(precise: true) - before) / 1024.0 / 1024.0);
    }

    // The IDE after an edit: a new compilation with one entity's file changed, and that document's semantic diagnostics.
    // Wall time includes the driver's own work on the new compilation (its symbols are new); callbacks are ours alone.
    var edits = new List<double>();
    var editCallbacks = new List<double>();
    var editBaseline = new List<double>();
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
        var (wall, callbacks) = await AnalyzeDocumentAsync(next, semanticModel, analyzers);
        edits.Add(wall);
        editCallbacks.Add(callbacks);
        editsWithBinding.Add(wall + binding);
        editBaseline.Add((await AnalyzeDocumentAsync(next, semanticModel, ImmutableArray.Create<DiagnosticAnalyzer>(new AttributeReadingAnalyzer()))).Wall);
    }

    var compileMedian = Median(compileTimes);
    analyzerTimes[n] = Median(analyzerRuns);
    modelTimes[n] = Median(modelRuns);
    Console.WriteLine($"| {n:N0} | {compileMedian:F0} | {analyzerTimes[n]:F1} | {analyzerTimes[n] / compileMedian:P1} | {Median(baselineRuns):F1} | {modelTimes[n]:F1} | {modelTimes[n] / compileMedian:P2} | {Median(modelAllocations):F1} | {findings:N0} |");
    editRows.Add($"| {n:N0} | {Median(editCallbacks):F2} | {Median(edits):F2} | {Median(editBaseline):F2} | {Median(editsWithBinding):F2} |");
}

Console.WriteLine();
Console.WriteLine($"Re-analysis after editing one entity (medians of {Edits} edits, ms):");
Console.WriteLine();
Console.WriteLine("| N | our callbacks | document request, wall | same request, attribute-reading baseline | wall incl. binding the edited file |");
Console.WriteLine("| ---: | ---: | ---: | ---: | ---: |");
editRows.ForEach(Console.WriteLine);
Console.WriteLine();
Console.WriteLine("The analyzers that took longest, last repetition (the first to ask for an entity builds its model and binds its attributes):");
Console.WriteLine();
breakdowns.ForEach(Console.WriteLine);
Console.WriteLine();
if (analyzerTimes.TryGetValue(1_000, out var thousand) && analyzerTimes.TryGetValue(10_000, out var tenThousand))
{
    Console.WriteLine($"Growth from 1,000 to 10,000 entities (linear is 10x): analyzers {tenThousand / thousand:F2}x, model alone {modelTimes[10_000] / modelTimes[1_000]:F2}x");
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

List<SyntaxTree> Application(int n)
{
    var trees = new List<SyntaxTree> { CSharpSyntaxTree.ParseText(SyntheticApp.Security(), parseOptions, "Security.cs") };
    for (var i = 0; i < n; i++)
    {
        trees.Add(CSharpSyntaxTree.ParseText(SyntheticApp.Entity(i, n), parseOptions, $"E{i}.cs"));
    }

    return trees;
}

async Task<(int Findings, double Time, Dictionary<string, double> PerAnalyzer)> AnalyzeAsync(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> measured)
{
    var withAnalyzers = compilation.WithAnalyzers(measured, new CompilationWithAnalyzersOptions(
        new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: true, logAnalyzerExecutionTime: true));
    var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
    var perAnalyzer = new Dictionary<string, double>();
    foreach (var analyzer in measured)
    {
        perAnalyzer[analyzer.GetType().Name] = (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None)).ExecutionTime.TotalMilliseconds;
    }

    return (diagnostics.Length, perAnalyzer.Values.Sum(), perAnalyzer);
}

async Task<(double Wall, double Callbacks)> AnalyzeDocumentAsync(Compilation compilation, SemanticModel semanticModel, ImmutableArray<DiagnosticAnalyzer> measured)
{
    var clock = Stopwatch.StartNew();
    var withAnalyzers = compilation.WithAnalyzers(measured, new CompilationWithAnalyzersOptions(
        new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: true, logAnalyzerExecutionTime: true));
    await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(semanticModel, null, CancellationToken.None);
    var wall = clock.Elapsed.TotalMilliseconds;
    var callbacks = 0.0;
    foreach (var analyzer in measured)
    {
        callbacks += (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None)).ExecutionTime.TotalMilliseconds;
    }

    return (wall, callbacks);
}

// A full collection before each measured section, so no section pays for the garbage of the one before.
static void Settle()
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
}

static double Median(List<double> values)
{
    var sorted = values.OrderBy(v => v).ToList();
    return sorted[sorted.Count / 2];
}
