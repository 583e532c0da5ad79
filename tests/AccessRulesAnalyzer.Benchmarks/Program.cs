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

const int Repetitions = 5;
const int Edits = 21;

var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
    .Split(Path.PathSeparator)
    .Where(path => Path.GetFileName(path) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "mscorlib.dll" or "netstandard.dll"))
    .Append(typeof(EntityAttribute).Assembly.Location)
    .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
    .ToImmutableArray();
var checks = SecurityModelAnalyzer.AllChecks()
    .Where(check => Environment.GetEnvironmentVariable("ACCESSRULES_ONLY") is not { } only || check.SupportedDiagnostics.Any(d => only.Contains(d.Id)))
    .ToArray();
// Each measured analyzer runs alone, inside the wrapper that times its callbacks.
var analyzer = new TimedAnalyzer(new SecurityModelAnalyzer(checks));
var baseline = new TimedAnalyzer(new AttributeReadingAnalyzer());
var idle = new TimedAnalyzer(new IdleAnalyzer(analyzer.SupportedDiagnostics));
var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: true);

if (args is ["allocations", var size])
{
    await AllocationsPerCheckAsync(int.Parse(size));
    return;
}

var sizes = args.Length > 0 ? args.Select(int.Parse).ToArray() : new[] { 100, 1_000, 10_000 };

Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, Roslyn {typeof(Compilation).Assembly.GetName().Version}");
Console.WriteLine($"Checks: {checks.Length} ({string.Join(", ", analyzer.SupportedDiagnostics.Select(d => d.Id).Distinct().OrderBy(id => id))})");
Console.WriteLine();
var rows = new List<string>();
var costRows = new List<string>();
var callbackRows = new List<string>();
var editRows = new List<string>();
var analyzerTimes = new Dictionary<int, double>();
var workTimes = new Dictionary<int, double>();

// A warm-up on a small application, so that no measured section pays for compiling the compiler's and our code.
var warmUpTrees = Application(100);
await WarmUpAsync(async () =>
{
    var warmUp = CSharpCompilation.Create("WarmUp", warmUpTrees, references, options);
    warmUp.GetDiagnostics();
    await AnalyzeAsync(warmUp, analyzer);
    await AnalyzeAsync(warmUp, baseline);
    await AnalyzeAsync(warmUp, idle);
});

foreach (var n in sizes)
{
    var trees = Application(n);

    var compiles = new List<Cost>();
    var ours = new List<AnalysisRun>();
    var baselines = new List<AnalysisRun>();
    var idles = new List<AnalysisRun>();
    var workRuns = new List<double>();
    var workAllocations = new List<double>();
    var workPauses = new List<double>();
    Compilation? compilation = null;
    for (var r = 0; r < Repetitions; r++)
    {
        compilation = CSharpCompilation.Create("App", trees, references, options);
        Settle();
        var compile = CostMeter.Start();
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        compiles.Add(compile.Stop());
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The generated application does not compile: " + errors[0]);
        }

        // Our analyzer, the attribute-reading baseline and the idle analyzer, in an order that turns each repetition,
        // so that none always runs first.
        var runs = new[] { (analyzer, ours), (baseline, baselines), (idle, idles) };
        for (var i = 0; i < runs.Length; i++)
        {
            var (measured, results) = runs[(r + i) % runs.Length];
            Settle();
            results.Add(await AnalyzeAsync(compilation, measured));
        }

        // Our own work alone: the model and every check on every entity, on a compilation the compiler has bound,
        // without the analyzer driver.
        var symbols = Classes(compilation, trees);
        if (Environment.GetEnvironmentVariable("ACCESSRULES_PROFILE_WORK") == "1")
        {
            for (var p = 0; p < 50; p++)
            {
                OurWork(compilation, symbols, checks);
            }

            return;
        }

        Settle();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var paused = GC.GetTotalPauseDuration();
        var clock = Stopwatch.StartNew();
        OurWork(compilation, symbols, checks);
        workRuns.Add(clock.Elapsed.TotalMilliseconds);
        workPauses.Add((GC.GetTotalPauseDuration() - paused).TotalMilliseconds);
        workAllocations.Add((GC.GetTotalAllocatedBytes(precise: true) - before) / 1024.0 / 1024.0);
    }

    // The IDE after an edit: a new compilation with one entity's file changed, and that document's semantic
    // diagnostics, for our analyzer and for the baseline in alternating order, each after a full collection.
    var editCallbacks = new List<double>();
    var editOurs = new List<double>();
    var editBaseline = new List<double>();
    var editsWithBinding = new List<double>();
    for (var e = 0; e < Edits; e++)
    {
        var index = (int)((long)e * 7919 % n);
        var edited = CSharpSyntaxTree.ParseText(SyntheticApp.Entity(index, n, revision: e + 1), parseOptions, $"E{index}.cs");
        var next = compilation!.ReplaceSyntaxTree(trees[index + 1], edited);
        Settle();
        var clock = Stopwatch.StartNew();
        var semanticModel = next.GetSemanticModel(edited);
        semanticModel.GetDeclarationDiagnostics();
        var binding = clock.Elapsed.TotalMilliseconds;
        foreach (var measured in e % 2 == 0 ? new[] { analyzer, baseline } : new[] { baseline, analyzer })
        {
            Settle();
            var (wall, callbacks) = await AnalyzeDocumentAsync(next, semanticModel, measured);
            if (measured == analyzer)
            {
                editOurs.Add(wall);
                editCallbacks.Add(callbacks);
                editsWithBinding.Add(wall + binding);
            }
            else
            {
                editBaseline.Add(wall);
            }
        }
    }

    var compileTime = Median(compiles.Select(c => c.Wall));
    analyzerTimes[n] = Median(ours.Select(run => run.Telemetry));
    workTimes[n] = Median(workRuns);
    rows.Add($"| {n:N0} | {compileTime:F0} | {analyzerTimes[n]:F1} | {analyzerTimes[n] / compileTime:P1} | {Median(baselines.Select(run => run.Telemetry)):F1} | {Median(idles.Select(run => run.Telemetry)):F1} | {workTimes[n]:F1} | {workTimes[n] / compileTime:P2} | {Median(workPauses):F0} | {Median(workAllocations):F1} | {ours[0].Findings:N0} |");
    costRows.Add($"| {n:N0} | {compileTime:F0} / {Median(compiles.Select(c => c.Cpu)):F0} | {Describe(ours.Select(run => run.Cost))} | {Describe(baselines.Select(run => run.Cost))} | " +
        $"{Median(ours.Select(run => run.Cost.Wall)) - Median(baselines.Select(run => run.Cost.Wall)):F0} / {Median(ours.Select(run => run.Cost.Cpu)) - Median(baselines.Select(run => run.Cost.Cpu)):F0} / {Median(ours.Select(run => run.Cost.Allocated)) - Median(baselines.Select(run => run.Cost.Allocated)):F0} |");
    callbackRows.Add($"| {n:N0} | {compileTime:F0} | {Callbacks(ours, compileTime)} | {Callbacks(baselines, compileTime)} | {Callbacks(idles, compileTime)} |");
    editRows.Add($"| {n:N0} | {Median(editCallbacks):F2} | {Median(editOurs):F2} | {Median(editBaseline):F2} | {Median(editOurs.Zip(editBaseline, (a, b) => a - b)):F2} | {Median(editsWithBinding):F2} |");
}

Console.WriteLine("Telemetry, as -p:ReportAnalyzer=true reports it (medians, ms):");
Console.WriteLine();
Console.WriteLine("| N | compile (ms) | our analyzer (ms) | ratio | attribute-reading baseline (ms) | idle analyzer (ms) | our work alone (ms) | work ratio | of which collections (ms) | work allocations (MB) | findings |");
Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
rows.ForEach(Console.WriteLine);
Console.WriteLine();
Console.WriteLine("What the whole analysis run costs (medians; wall ms / CPU ms / allocated MB):");
Console.WriteLine();
Console.WriteLine("| N | compile, wall / CPU | analysis with our analyzer | analysis with the baseline | difference |");
Console.WriteLine("| ---: | ---: | ---: | ---: | ---: |");
costRows.ForEach(Console.WriteLine);
Console.WriteLine();
Console.WriteLine("Inside the callbacks of the same runs (medians, ms): wall time / the threads' CPU time (its ratio to compile):");
Console.WriteLine();
Console.WriteLine("| N | compile (ms) | our analyzer | attribute-reading baseline | idle analyzer |");
Console.WriteLine("| ---: | ---: | ---: | ---: | ---: |");
callbackRows.ForEach(Console.WriteLine);
Console.WriteLine();
Console.WriteLine($"Re-analysis after editing one entity (medians of {Edits} edits, ms):");
Console.WriteLine();
Console.WriteLine("| N | our callbacks | document request, our analyzer | same request, baseline | difference | ours incl. binding the edited file |");
Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: |");
editRows.ForEach(Console.WriteLine);
Console.WriteLine();
if (analyzerTimes.TryGetValue(1_000, out var thousand) && analyzerTimes.TryGetValue(10_000, out var tenThousand))
{
    Console.WriteLine($"Growth from 1,000 to 10,000 entities (linear is 10x): analyzer {tenThousand / thousand:F2}x, our work alone {workTimes[10_000] / workTimes[1_000]:F2}x");
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

async Task<AnalysisRun> AnalyzeAsync(Compilation compilation, TimedAnalyzer measured)
{
    measured.Take();
    var cost = CostMeter.Start();
    var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(measured), new CompilationWithAnalyzersOptions(
        new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: true, logAnalyzerExecutionTime: true));
    var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
    var spent = cost.Stop();
    return new AnalysisRun(diagnostics.Length, await TelemetryAsync(withAnalyzers, measured), spent, measured.Take());
}

async Task<(double Wall, double Callbacks)> AnalyzeDocumentAsync(Compilation compilation, SemanticModel semanticModel, TimedAnalyzer measured)
{
    var clock = Stopwatch.StartNew();
    var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(measured), new CompilationWithAnalyzersOptions(
        new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: true, logAnalyzerExecutionTime: true));
    await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(semanticModel, null, CancellationToken.None);
    var wall = clock.Elapsed.TotalMilliseconds;
    return (wall, await TelemetryAsync(withAnalyzers, measured));
}

// Three rounds with pauses of two seconds: the runtime starts optimizing a method only after 100 ms in which nothing
// new was jitted, which never happens while a compilation runs, and then optimizes the compiler's and our hot methods
// on a background thread. After one round, or with pauses of 300 ms, our code still ran unoptimized in the measured
// sizes (our work alone at 1,000 took 70-92 ms, and 20-24 ms once optimized).
static async Task WarmUpAsync(Func<Task> round)
{
    for (var i = 0; i < 3; i++)
    {
        await round();
        Thread.Sleep(2000);
    }
}

List<INamedTypeSymbol> Classes(Compilation compilation, List<SyntaxTree> trees) =>
    trees.SelectMany(tree => compilation.GetSemanticModel(tree) is var semanticModel
        ? tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>().Select(type => semanticModel.GetDeclaredSymbol(type)!)
        : Enumerable.Empty<INamedTypeSymbol>()).ToList();

// What our work alone allocates per entity: the model, all checks, and each check alone (`-- allocations N`). A check
// alone also pays for what the model computes on first use and other checks would share (an XPath parsed, a rule's
// user scope), so the checks' figures do not add up to the total. Optimized code keeps some objects on the stack,
// depending on what the JIT inlined for the checks it saw: run with DOTNET_JitObjectStackAllocation=0 for exact
// differences (otherwise a check can show up to -50 bytes).
async Task AllocationsPerCheckAsync(int n)
{
    var trees = Application(n);
    var compilation = CSharpCompilation.Create("App", trees, references, options);
    compilation.GetDiagnostics();
    var symbols = Classes(compilation, trees);
    double BytesPerEntity(SecurityCheck[] measured)
    {
        // The least of three runs: the first also pays for jitting.
        var least = long.MaxValue;
        for (var run = 0; run < 3; run++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            OurWork(compilation, symbols, measured);
            least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        return (double)least / n;
    }

    // So that every figure is of optimized code.
    await WarmUpAsync(() =>
    {
        OurWork(compilation, symbols, checks);
        return Task.CompletedTask;
    });

    var all = BytesPerEntity(checks);
    var model = BytesPerEntity(Array.Empty<SecurityCheck>());
    Console.WriteLine($"Our work alone at N = {n:N0}, bytes per entity: the model {model:F0}, with all {checks.Length} checks {all:F0}.");
    Console.WriteLine();
    Console.WriteLine("| check | bytes per entity beyond the model |");
    Console.WriteLine("| --- | ---: |");
    foreach (var check in checks)
    {
        Console.WriteLine($"| {string.Join(", ", check.SupportedDiagnostics.Select(d => d.Id))} {check.GetType().Name} | {BytesPerEntity(new[] { check }) - model:F0} |");
    }
}

// The model of every entity and the findings of the given checks on it, as the analyzer's symbol action makes them.
int OurWork(Compilation compilation, List<INamedTypeSymbol> symbols, SecurityCheck[] measured)
{
    var model = SecurityModel.Create(compilation)!;
    var registrations = new CheckRegistrations(model);
    foreach (var check in measured)
    {
        check.Register(registrations, model);
    }

    var found = 0;
    foreach (var symbol in symbols)
    {
        if (model.EntityToAnalyze(symbol) is { IsGenerated: false } entity)
        {
            registrations.Analyze(entity, _ => found++, CancellationToken.None);
        }
    }

    return found;
}

static async Task<double> TelemetryAsync(CompilationWithAnalyzers withAnalyzers, DiagnosticAnalyzer measured) =>
    (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(measured, CancellationToken.None)).ExecutionTime.TotalMilliseconds;

static string Callbacks(List<AnalysisRun> runs, double compileTime)
{
    var cpu = Median(runs.Select(run => run.Callbacks.Cpu));
    return $"{Median(runs.Select(run => run.Callbacks.Wall)):F1} / {cpu:F1} ({cpu / compileTime:P1})";
}

static string Describe(IEnumerable<Cost> costs) =>
    $"{Median(costs.Select(c => c.Wall)):F0} / {Median(costs.Select(c => c.Cpu)):F0} / {Median(costs.Select(c => c.Allocated)):F0}";

// A full collection before each measured section, so no section pays for the garbage of the one before.
static void Settle()
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
}

static double Median(IEnumerable<double> values)
{
    var sorted = values.OrderBy(v => v).ToList();
    return sorted[sorted.Count / 2];
}

/// <summary>One analysis run: its findings, the measured analyzer's telemetry, what the run cost the process, and what its callbacks took.</summary>
internal sealed record AnalysisRun(int Findings, double Telemetry, Cost Cost, CallbackTimes Callbacks);

/// <summary>Wall time (ms), the process's CPU time (ms; all threads, the garbage collector's included) and allocated MB.</summary>
internal readonly record struct Cost(double Wall, double Cpu, double Allocated);

/// <summary>Measures a <see cref="Cost"/> from <see cref="Start"/> to <see cref="Stop"/>.</summary>
internal readonly struct CostMeter
{
    private readonly long _timestamp;
    private readonly TimeSpan _cpu;
    private readonly long _allocated;

    private CostMeter(long timestamp, TimeSpan cpu, long allocated)
    {
        _timestamp = timestamp;
        _cpu = cpu;
        _allocated = allocated;
    }

    public static CostMeter Start() => new(Stopwatch.GetTimestamp(), Process.GetCurrentProcess().TotalProcessorTime, GC.GetTotalAllocatedBytes(precise: true));

    public Cost Stop() => new(
        Stopwatch.GetElapsedTime(_timestamp).TotalMilliseconds,
        (Process.GetCurrentProcess().TotalProcessorTime - _cpu).TotalMilliseconds,
        (GC.GetTotalAllocatedBytes(precise: true) - _allocated) / 1024.0 / 1024.0);
}
