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
using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.XPath;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

// Measures the analyzers on generated applications of N entities; see docs/performance.md.
if (args is ["write", var directory, var count, var version, .. var withDocuments])
{
    // The application as a project on disk, to measure a real command-line build (real-build.sh); "documents" adds them.
    var documents = withDocuments is ["documents"];
    SyntheticApp.WriteProject(directory, int.Parse(count), version, documents);
    Console.WriteLine($"Wrote {count} entities{(documents ? " and their documents" : "")} to {directory}; build with -p:WithAccessRulesAnalyzer=true or false.");
    return;
}

const int Repetitions = 5;
// ACCESSRULES_REPETITIONS sets fewer for a quick comparison.
var documentRepetitions = int.TryParse(Environment.GetEnvironmentVariable("ACCESSRULES_REPETITIONS"), out var repetitions) ? repetitions : 11;
const int Edits = 21;

var references = AccessRulesAnalyzer.Tool.RuntimeAssemblies.Paths()
    .Append(typeof(EntityAttribute).Assembly.Location)
    .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
    .ToImmutableArray();
var checks = AllChecks.Create()
    .Where(check => Environment.GetEnvironmentVariable("ACCESSRULES_ONLY") is not { } only || check.SupportedDiagnostics.Any(d => only.Contains(d.Id)))
    .ToArray();
var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: true);

if (args is ["allocations", var size])
{
    await AllocationsPerCheckAsync(int.Parse(size));
    return;
}

// Every analyzer runs unwrapped, as a build runs it: telemetry is what -p:ReportAnalyzer=true reports.
// Ours is the package's two analyzers, unless ACCESSRULES_ONLY picks checks (then one analyzer runs those).
var ours = new MeasuredPackage("AccessRulesAnalyzer", Environment.GetEnvironmentVariable("ACCESSRULES_ONLY") is null
    ? SecurityModelAnalyzer.Package()
    : ImmutableArray.Create<DiagnosticAnalyzer>(new SecurityModelAnalyzer(checks)));
// Two more shapes of ours: the one analyzer a command-line build runs (it skips the Info-only one), and all checks in
// one analyzer, against which the package's split into two is weighed where both run (IDE, in-process).
var shapes = Environment.GetEnvironmentVariable("ACCESSRULES_ONLY") is null
    ? new[]
    {
        new MeasuredPackage("SecurityModelAnalyzer alone, as a command-line build runs the package", new SecurityModelAnalyzer()),
        new MeasuredPackage("all checks in one analyzer", new SecurityModelAnalyzer(AllChecks.Create().ToArray())),
    }
    : [];
var baseline = new MeasuredPackage("attribute-reading baseline", new AttributeReadingAnalyzer(methodsInTheirOwnCallbacks: false));
var methodBaseline = new MeasuredPackage("attribute-reading baseline, methods in their own callbacks", new AttributeReadingAnalyzer(methodsInTheirOwnCallbacks: true));
var idle = new MeasuredPackage("idle analyzer", new IdleAnalyzer(ours.Analyzers.SelectMany(analyzer => analyzer.SupportedDiagnostics).ToImmutableArray()));
var peers = Environment.GetEnvironmentVariable("ACCESSRULES_PEERS") == "none" ? [] : PeerAnalyzers.Load();
var alone = new[] { ours, baseline, idle }.Concat(shapes).Concat(peers).ToArray();
var together = new[] { ours }.Concat(peers).ToArray();

if (args is ["documents-profile", var profiledSize])
{
    // For a profiler (dotnet-trace): the package on the app with documents, three times after the warm-up, nothing else measured.
    var n = int.Parse(profiledSize);
    // Warmed up as the measurements are, so that the profile shows optimized code, not the first runs' unoptimized one.
    var warmUp = CSharpCompilation.Create("WarmUp", WithDocuments(100), references, options);
    await WarmUpAsync(async () => await AnalyzeAsync(warmUp, [ours]));
    var trees = WithDocuments(n);
    for (var r = 0; r < 3; r++)
    {
        var compilation = CSharpCompilation.Create("App", trees, references, options);
        compilation.GetDiagnostics();
        var run = await AnalyzeAsync(compilation, [ours]);
        Console.WriteLine($"telemetry {run.Telemetry[ours]:F0} ms, {run.Findings} findings");
    }

    return;
}

if (args is ["documents-work", var workSize, .. var workRounds])
{
    // Our work alone on the app without and with documents (docs/performance.md).
    await DocumentsWorkAsync(int.Parse(workSize), workRounds.Length > 0 ? int.Parse(workRounds[0]) : 5);
    return;
}

if (args is ["documents", .. var documentSizes])
{
    // The package with and without the documents of the same app, side by side in one run (docs/performance.md).
    await DocumentsAsync(documentSizes.Length > 0 ? documentSizes.Select(int.Parse).ToArray() : [2_000, 10_000]);
    return;
}

var sizes = args.Length > 0 ? args.Select(int.Parse).ToArray() : new[] { 2_000, 10_000 };

Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, Roslyn {typeof(Compilation).Assembly.GetName().Version}");
foreach (var package in alone)
{
    Console.WriteLine($"{package.Name}: {package.Analyzers.Length} analyzers, {package.EnabledRules} rules enabled by default");
}

Console.WriteLine();
var aloneRows = new List<string>();
var perRuleRows = new List<string>();
var togetherRows = new List<string>();
var costRows = new List<string>();
var shapeRows = new List<string>();
var workRows = new List<string>();
var editRows = new List<string>();
var analyzerTimes = new Dictionary<int, double>();
var workTimes = new Dictionary<int, double>();

// A warm-up on a small application, so that no measured section pays for compiling the compiler's and our code.
var warmUpTrees = Application(100);
await WarmUpAsync(async () =>
{
    var warmUp = CSharpCompilation.Create("WarmUp", warmUpTrees, references, options);
    warmUp.GetDiagnostics();
    foreach (var package in alone)
    {
        await AnalyzeAsync(warmUp, [package]);
    }

    await AnalyzeAsync(warmUp, together);
});

foreach (var n in sizes)
{
    var trees = Application(n);

    var compiles = new List<Cost>();
    var runsAlone = alone.ToDictionary(package => package, _ => new List<AnalysisRun>());
    var runsTogether = new List<AnalysisRun>();
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

        // Each package alone on the same compilation, in an order that turns each repetition, so that none always
        // runs first; then all of them in one run, as a build runs them.
        for (var i = 0; i < alone.Length; i++)
        {
            var package = alone[(r + i) % alone.Length];
            Settle();
            runsAlone[package].Add(await AnalyzeAsync(compilation, [package]));
        }

        if (peers.Count > 0)
        {
            Settle();
            runsTogether.Add(await AnalyzeAsync(compilation, together));
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
    var editTelemetry = new List<double>();
    var editOurs = new List<double>();
    var editBaseline = new List<double>();
    for (var e = 0; e < Edits; e++)
    {
        var index = (int)((long)e * 7919 % n);
        var edited = CSharpSyntaxTree.ParseText(SyntheticApp.Entity(index, n, revision: e + 1), parseOptions, $"E{index}.cs");
        var next = compilation!.ReplaceSyntaxTree(trees[index + 1], edited);
        var semanticModel = next.GetSemanticModel(edited);
        semanticModel.GetDeclarationDiagnostics();
        foreach (var package in e % 2 == 0 ? new[] { ours, baseline } : new[] { baseline, ours })
        {
            Settle();
            var (wall, telemetry) = await AnalyzeDocumentAsync(next, semanticModel, package);
            if (package == ours)
            {
                editOurs.Add(wall);
                editTelemetry.Add(telemetry);
            }
            else
            {
                editBaseline.Add(wall);
            }
        }
    }

    var compileTime = Median(compiles.Select(c => c.Wall));
    double TelemetryAlone(MeasuredPackage package) => Median(runsAlone[package].Select(run => run.Telemetry[package]));
    analyzerTimes[n] = TelemetryAlone(ours);
    workTimes[n] = Median(workRuns);
    aloneRows.Add($"| {n:N0} | {compileTime:F0} | {analyzerTimes[n]:F1} ({analyzerTimes[n] / compileTime:P1}) | {TelemetryAlone(baseline):F1} ({TelemetryAlone(baseline) / compileTime:P1}) | {analyzerTimes[n] / TelemetryAlone(baseline):F2}x | {TelemetryAlone(idle):F1} ({TelemetryAlone(idle) / compileTime:P2}) |" +
        string.Concat(peers.Select(peer => $" {TelemetryAlone(peer):F0} ({TelemetryAlone(peer) / compileTime:P1}) |")));
    shapeRows.Add($"| {n:N0} | {analyzerTimes[n]:F1} ({analyzerTimes[n] / TelemetryAlone(baseline):F2}x) |" +
        string.Concat(shapes.Select(shape => $" {TelemetryAlone(shape):F1} ({TelemetryAlone(shape) / TelemetryAlone(baseline):F2}x) |")));
    perRuleRows.Add($"| {n:N0} | {analyzerTimes[n] / ours.EnabledRules:F2} |" + string.Concat(peers.Select(peer => $" {TelemetryAlone(peer) / peer.EnabledRules:F2} |")));
    if (peers.Count > 0)
    {
        double TelemetryTogether(MeasuredPackage package) => Median(runsTogether.Select(run => run.Telemetry[package]));
        var oursPerRule = TelemetryTogether(ours) / ours.EnabledRules;
        var peersPerRule = peers.Select(peer => TelemetryTogether(peer) / peer.EnabledRules).ToList();
        togetherRows.Add($"| {n:N0} | {TelemetryTogether(ours):F1} ({oursPerRule:F2} per rule) |" + string.Concat(peers.Select(peer => $" {TelemetryTogether(peer):F0} ({TelemetryTogether(peer) / peer.EnabledRules:F2}) |")) +
            $" {oursPerRule / Median(peersPerRule):F2}x |");
    }

    var oursCost = runsAlone[ours].Select(run => run.Cost).ToList();
    var baselineCost = runsAlone[baseline].Select(run => run.Cost).ToList();
    costRows.Add($"| {n:N0} | {compileTime:F0} / {Median(compiles.Select(c => c.Cpu)):F0} | {Describe(oursCost)} | {Describe(baselineCost)} | " +
        $"{Median(oursCost.Select(c => c.Wall)) - Median(baselineCost.Select(c => c.Wall)):F0} / {Median(oursCost.Select(c => c.Cpu)) - Median(baselineCost.Select(c => c.Cpu)):F0} / {Median(oursCost.Select(c => c.Allocated)) - Median(baselineCost.Select(c => c.Allocated)):F0} |");
    workRows.Add($"| {n:N0} | {workTimes[n]:F1} | {workTimes[n] / compileTime:P2} | {Median(workPauses):F0} | {Median(workAllocations):F1} | {runsAlone[ours][0].Findings:N0} |");
    editRows.Add($"| {n:N0} | {Median(editTelemetry):F2} | {Median(editOurs):F2} | {Median(editBaseline):F2} | {Median(editOurs.Zip(editBaseline, (a, b) => a - b)):F2} |");
}

Console.WriteLine("Telemetry of each package alone on the same compilation, as -p:ReportAnalyzer=true reports it (medians, ms, and the ratio to compile):");
Console.WriteLine();
Console.WriteLine("| N | compile (ms) | ours | attribute-reading baseline | ours / baseline | idle analyzer, our IDs |" + string.Concat(peers.Select(peer => $" {peer.Name} |")));
Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: |" + string.Concat(peers.Select(_ => " ---: |")));
aloneRows.ForEach(Console.WriteLine);
Console.WriteLine();
if (shapes.Length > 0)
{
    Console.WriteLine("Ours in three shapes, each alone on the same compilations (medians, ms, and the ratio to the attribute-reading baseline):");
    Console.WriteLine();
    Console.WriteLine("| N | the package (its two analyzers, as the IDE runs them) |" + string.Concat(shapes.Select(shape => $" {shape.Name} |")));
    Console.WriteLine("| ---: | ---: |" + string.Concat(shapes.Select(_ => " ---: |")));
    shapeRows.ForEach(Console.WriteLine);
    Console.WriteLine();
}

Console.WriteLine("The same, per rule enabled by default (ms):");
Console.WriteLine();
Console.WriteLine($"| N | ours ({ours.EnabledRules}) |" + string.Concat(peers.Select(peer => $" {peer.Name} ({peer.EnabledRules}) |")));
Console.WriteLine("| ---: | ---: |" + string.Concat(peers.Select(_ => " ---: |")));
perRuleRows.ForEach(Console.WriteLine);
Console.WriteLine();
if (togetherRows.Count > 0)
{
    Console.WriteLine("All packages in one run, as a build runs them (medians, ms, and per enabled rule):");
    Console.WriteLine();
    Console.WriteLine("| N | ours |" + string.Concat(peers.Select(peer => $" {peer.Name} |")) + " ours per rule / median peer's |");
    Console.WriteLine("| ---: | ---: |" + string.Concat(peers.Select(_ => " ---: |")) + " ---: |");
    togetherRows.ForEach(Console.WriteLine);
    Console.WriteLine();
}

Console.WriteLine("What the whole analysis run costs (medians; wall ms / CPU ms / allocated MB):");
Console.WriteLine();
Console.WriteLine("| N | compile, wall / CPU | analysis with our analyzer | analysis with the baseline | difference |");
Console.WriteLine("| ---: | ---: | ---: | ---: | ---: |");
costRows.ForEach(Console.WriteLine);
Console.WriteLine();
Console.WriteLine("Our work alone, without the analyzer driver, on a bound compilation (medians):");
Console.WriteLine();
Console.WriteLine("| N | our work alone (ms) | ratio to compile | of which collections (ms) | allocations (MB) | findings |");
Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: |");
workRows.ForEach(Console.WriteLine);
Console.WriteLine();
Console.WriteLine($"Re-analysis after editing one entity (medians of {Edits} edits, ms):");
Console.WriteLine();
Console.WriteLine("| N | our telemetry | document request, our analyzer | same request, baseline | difference |");
Console.WriteLine("| ---: | ---: | ---: | ---: | ---: |");
editRows.ForEach(Console.WriteLine);
Console.WriteLine();
if (analyzerTimes.TryGetValue(2_000, out var small) && analyzerTimes.TryGetValue(10_000, out var large))
{
    Console.WriteLine($"Growth from 2,000 to 10,000 entities (linear is 5x): telemetry {large / small:F2}x, our work alone {workTimes[10_000] / workTimes[2_000]:F2}x");
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

async Task DocumentsAsync(int[] documentSizes)
{
    var warmUp = CSharpCompilation.Create("WarmUp", WithDocuments(100), references, options);
    await WarmUpAsync(async () => await AnalyzeAsync(warmUp, [ours]));
    var rows = new List<string>();
    foreach (var n in documentSizes)
    {
        var variants = new[] { Application(n), WithDocuments(n) };
        var compiles = new[] { new List<double>(), new List<double>() };
        var telemetry = new[] { new List<double>(), new List<double>() };
        var pauses = new[] { new List<double>(), new List<double>() };
        var floor = new[] { new List<double>(), new List<double>() };
        var methodFloor = new[] { new List<double>(), new List<double>() };
        var findings = new int[2];
        Compilation? withDocuments = null;

        // More repetitions than elsewhere: a run's medians of the two apps moved by a third from run to run, and the
        // median of each repetition's difference, both apps measured back to back, is steadier than the medians' difference.
        for (var r = 0; r < documentRepetitions; r++)
        {
            // Alternating which runs first, so that neither always pays for the other's garbage.
            foreach (var v in r % 2 == 0 ? new[] { 0, 1 } : [1, 0])
            {
                var compilation = CSharpCompilation.Create("App", variants[v], references, options);
                Settle();
                var clock = Stopwatch.StartNew();
                if (compilation.GetDiagnostics().FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) is { } error)
                {
                    throw new InvalidOperationException("The generated application does not compile: " + error);
                }

                compiles[v].Add(clock.Elapsed.TotalMilliseconds);
                Settle();
                var run = await AnalyzeAsync(compilation, [ours]);
                telemetry[v].Add(run.Telemetry[ours]);
                pauses[v].Add(run.Cost.Pauses);
                findings[v] = run.Findings;
                withDocuments = v == 1 ? compilation : withDocuments;

                // The floor: reading the same attributes, methods' included, and nothing else (a new analysis binds them
                // anew); both from the class's callback and with each method's attributes read in the method's own.
                Settle();
                floor[v].Add((await AnalyzeAsync(compilation, [baseline])).Telemetry[baseline]);
                Settle();
                methodFloor[v].Add((await AnalyzeAsync(compilation, [methodBaseline])).Telemetry[methodBaseline]);
            }
        }

        // The IDE after an edit, in the app with documents.
        var edits = new List<double>();
        for (var e = 0; e < Edits; e++)
        {
            var index = (int)((long)e * 7919 % n);
            var edited = CSharpSyntaxTree.ParseText(SyntheticApp.Entity(index, n, revision: e + 1), parseOptions, $"E{index}.cs");
            var next = withDocuments!.ReplaceSyntaxTree(variants[1][index + 1], edited);
            var semanticModel = next.GetSemanticModel(edited);
            semanticModel.GetDeclarationDiagnostics();
            Settle();
            edits.Add((await AnalyzeDocumentAsync(next, semanticModel, ours)).Telemetry);
        }

        var (plainShare, documentsShare) = (Median(telemetry[0]) / Median(compiles[0]), Median(telemetry[1]) / Median(compiles[1]));
        var pairedShare = Median(Enumerable.Range(0, documentRepetitions).Select(r => (telemetry[1][r] / compiles[1][r]) - (telemetry[0][r] / compiles[0][r])));
        string Floor(List<double>[] times) =>
            $"{Median(times[0]):F1} / {Median(times[1]):F1} ({((Median(times[1]) / Median(compiles[1])) - (Median(times[0]) / Median(compiles[0]))) * 100:+0.0;-0.0;0.0})";
        rows.Add($"| {n:N0} | {Median(compiles[0]):F0} | {Median(telemetry[0]):F1} ({plainShare:P1}) | {findings[0]:N0} | {Median(compiles[1]):F0} | {Median(telemetry[1]):F1} ({documentsShare:P1}) | {findings[1]:N0} | {(documentsShare - plainShare) * 100:+0.0;-0.0;0.0} | {pairedShare * 100:+0.0;-0.0;0.0} | {Floor(floor)} | {Floor(methodFloor)} | {Median(pauses[0]):F0} / {Median(pauses[1]):F0} | {Median(edits):F2} |");
    }

    Console.WriteLine("The package's telemetry without and with documents (a microflow per two entities, a page per five, a service per hundred), side by side in one run (medians, ms, and the share of compile):");
    Console.WriteLine();
    Console.WriteLine("| N | compile | ours | findings | compile with documents | ours with documents | findings | added share (points) | added share, median of the repetitions' differences | floor without / with documents (added points) | floor, methods read in their own callbacks | collections' pauses during ours, without / with documents (ms) | edit, with documents |");
    Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    rows.ForEach(Console.WriteLine);
}

// Our work alone, without and with documents: every entity's and every document's checks on a compilation the compiler
// has bound, on one thread, without the driver: what our code costs and allocates, apart from the driver's waits and
// the collections other threads cause; wall time and the thread's own CPU time. ACCESSRULES_ALLOCATED_TYPES=1 adds what the documents add by type (the runtime's
// allocation ticks, one per about 100 KB), ACCESSRULES_PER_CHECK=1 what each check adds alone, ACCESSRULES_UNBOUND=1
// the same work on compilations nothing has bound (the binding our reading causes included), ACCESSRULES_AS_BUILD=1 only
// what the analyzer of a command-line build reports (no suggestions), ACCESSRULES_APP=0 or 1 one app alone.
async Task DocumentsWorkAsync(int n, int rounds)
{
    var asBuild = Environment.GetEnvironmentVariable("ACCESSRULES_AS_BUILD") == "1";
    var buildReports = new SecurityModelAnalyzer().SupportedDiagnostics;
    var apps = new[] { Application(n), WithDocuments(n) };
    var compilations = apps.Select(app => CSharpCompilation.Create("App", app, references, options)).ToArray();
    var declarers = new List<ISymbol>[2];
    for (var v = 0; v < 2; v++)
    {
        compilations[v].GetDiagnostics();
        declarers[v] = Declarers(compilations[v], apps[v]);
    }

    int Work(int v, SecurityCheck[]? only = null) => WorkOn(compilations[v], declarers[v], only);

    int WorkOn(Compilation compilation, List<ISymbol> symbols, SecurityCheck[]? only = null)
    {
        var model = SecurityModel.Create(compilation)!;
        var registrations = asBuild ? new CheckRegistrations(model, reported: buildReports) : new CheckRegistrations(model);
        foreach (var check in only ?? checks)
        {
            if (!asBuild || check.SupportedDiagnostics.Any(buildReports.Contains))
            {
                check.Register(registrations, model);
            }
        }

        // As in an analysis, where the sign-in check asks for a flow by name from a syntax tree action, early.
        _ = model.Documents.FlowNamed("M0.TransferSession");
        var found = 0;
        foreach (var symbol in symbols)
        {
            if (symbol is INamedTypeSymbol type && model.EntityToAnalyze(type) is { } entity)
            {
                registrations.Analyze(entity, _ => found++, CancellationToken.None);
            }

            if (model.Documents.Declares(symbol))
            {
                registrations.AnalyzeDocuments(symbol, _ => found++, CancellationToken.None);
            }
        }

        return found;
    }

    await WarmUpAsync(() => { Work(1); return Task.CompletedTask; });
    var times = new[] { new List<double>(), new List<double>() };
    var cpuTimes = new[] { new List<double>(), new List<double>() };
    var bytes = new[] { new List<double>(), new List<double>() };
    var counts = new int[2];
    // The apps measured: both, or with ACCESSRULES_APP=0 or 1 the one without or with documents alone, for a profile
    // whose samples then need no telling apart by time.
    var measured = Environment.GetEnvironmentVariable("ACCESSRULES_APP") switch { "0" => new[] { 0 }, "1" => new[] { 1 }, _ => new[] { 0, 1 } };
    for (var r = 0; r < rounds; r++)
    {
        foreach (var v in measured)
        {
            Settle();
            var before = GC.GetAllocatedBytesForCurrentThread();
            var cpu = ThreadCpuTime.Milliseconds();
            var clock = Stopwatch.StartNew();
            counts[v] = Work(v);
            times[v].Add(clock.Elapsed.TotalMilliseconds);
            cpuTimes[v].Add(ThreadCpuTime.Milliseconds() - cpu);
            bytes[v].Add((GC.GetAllocatedBytesForCurrentThread() - before) / 1024.0 / 1024.0);
        }
    }

    if (Environment.GetEnvironmentVariable("ACCESSRULES_UNBOUND") == "1")
    {
        // Our work on a compilation nothing has bound yet: it adds the compiler's binding that our reading causes,
        // which a build's telemetry charges to us when our callback asks first.
        var unbound = new[] { new List<double>(), new List<double>() };
        for (var r = 0; r < rounds; r++)
        {
            for (var v = 0; v < 2; v++)
            {
                var fresh = CSharpCompilation.Create("App", apps[v], references, options);
                var freshDeclarers = Declarers(fresh, apps[v]);
                Settle();
                var clock = Stopwatch.StartNew();
                WorkOn(fresh, freshDeclarers);
                unbound[v].Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        Console.WriteLine($"On an unbound compilation: our work {Median(unbound[0]):F1} ms without documents, {Median(unbound[1]):F1} ms with them");
    }

    foreach (var v in measured)
    {
        Console.WriteLine($"{(v == 0 ? "without" : "with"),-8} documents: our work {Median(times[v]):F1} ms, {Median(bytes[v]):F1} MB, {counts[v]} findings (runs {string.Join(" ", times[v].Select(t => t.ToString("F0")))}); the thread's CPU time {Median(cpuTimes[v]):F1} ms (runs {string.Join(" ", cpuTimes[v].Select(t => t.ToString("F0")))})");
    }

    if (Environment.GetEnvironmentVariable("ACCESSRULES_ALLOCATED_TYPES") == "1")
    {
        var byType = new[] { new Dictionary<string, long>(), new Dictionary<string, long>() };
        for (var v = 0; v < 2; v++)
        {
            using var listener = new AllocationListener();
            for (var r = 0; r < 5; r++)
            {
                Work(v);
            }

            byType[v] = listener.Snapshot();
        }

        Console.WriteLine("What the documents add, by type (KB per run, sampled):");
        foreach (var (type, amount) in byType[1].Select(pair => (pair.Key, pair.Value - byType[0].GetValueOrDefault(pair.Key))).OrderByDescending(pair => pair.Item2).Take(40))
        {
            Console.WriteLine($"{amount / 5 / 1024,8}  {type}");
        }
    }

    if (Environment.GetEnvironmentVariable("ACCESSRULES_PER_CHECK") == "1")
    {
        double Bytes(int v, SecurityCheck[] only)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            Work(v, only);
            return (GC.GetAllocatedBytesForCurrentThread() - before) / 1024.0;
        }

        // The median of five runs' differences, each app's run after a collection.
        double Milliseconds(SecurityCheck[] only) => Median(Enumerable.Range(0, 5).Select(_ =>
        {
            var clock = new double[2];
            for (var v = 0; v < 2; v++)
            {
                Settle();
                var started = Stopwatch.StartNew();
                Work(v, only);
                clock[v] = started.Elapsed.TotalMilliseconds;
            }

            return clock[1] - clock[0];
        }));

        // A check alone also pays for what it reads of the documents first, which the others would share.
        var modelOnly = Bytes(1, []) - Bytes(0, []);
        var modelTime = Milliseconds([]);
        Console.WriteLine($"What the documents add with no check: {modelOnly:F0} KB, {modelTime:F1} ms. With each check alone, beyond that:");
        Console.WriteLine("| check | KB | ms |");
        Console.WriteLine("| --- | ---: | ---: |");
        foreach (var check in checks)
        {
            var extra = Bytes(1, [check]) - Bytes(0, [check]) - modelOnly;
            Console.WriteLine($"| {string.Join(", ", check.SupportedDiagnostics.Select(d => d.Id))} {check.GetType().Name} | {extra:F0} | {Milliseconds([check]) - modelTime:F1} |");
        }
    }
}

// The app of n entities with its documents (SyntheticApp.Documents).
List<SyntaxTree> WithDocuments(int n) =>
    Application(n).Concat(SyntheticApp.Documents(n).Select(document => CSharpSyntaxTree.ParseText(document.Text, parseOptions, document.Name))).ToList();

List<SyntaxTree> Application(int n)
{
    var trees = new List<SyntaxTree> { CSharpSyntaxTree.ParseText(SyntheticApp.Security(), parseOptions, "Security.cs") };
    for (var i = 0; i < n; i++)
    {
        trees.Add(CSharpSyntaxTree.ParseText(SyntheticApp.Entity(i, n), parseOptions, $"E{i}.cs"));
    }

    return trees;
}

async Task<AnalysisRun> AnalyzeAsync(Compilation compilation, MeasuredPackage[] packages)
{
    var cost = CostMeter.Start();
    var withAnalyzers = compilation.WithAnalyzers(packages.SelectMany(package => package.Analyzers).ToImmutableArray(), new CompilationWithAnalyzersOptions(
        new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: true, logAnalyzerExecutionTime: true));
    var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
    var spent = cost.Stop();
    var telemetry = new Dictionary<MeasuredPackage, double>();
    foreach (var package in packages)
    {
        telemetry[package] = await TelemetryAsync(withAnalyzers, package);
    }

    return new AnalysisRun(diagnostics.Count(d => d.Id.StartsWith("AR", StringComparison.Ordinal)), telemetry, spent);
}

async Task<(double Wall, double Telemetry)> AnalyzeDocumentAsync(Compilation compilation, SemanticModel semanticModel, MeasuredPackage package)
{
    var clock = Stopwatch.StartNew();
    var withAnalyzers = compilation.WithAnalyzers(package.Analyzers, new CompilationWithAnalyzersOptions(
        new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: true, logAnalyzerExecutionTime: true));
    await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(semanticModel, null, CancellationToken.None);
    var wall = clock.Elapsed.TotalMilliseconds;
    return (wall, await TelemetryAsync(withAnalyzers, package));
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

// The classes and their methods, in the order of the files: what the symbol actions are called for.
List<ISymbol> Declarers(Compilation compilation, List<SyntaxTree> trees) =>
    Classes(compilation, trees).SelectMany(type => new ISymbol[] { type }.Concat(type.GetMembers().OfType<IMethodSymbol>())).ToList();

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
        if (model.EntityToAnalyze(symbol) is { } entity)
        {
            registrations.Analyze(entity, _ => found++, CancellationToken.None);
        }
    }

    return found;
}

// A package's telemetry is the sum of its analyzers'.
static async Task<double> TelemetryAsync(CompilationWithAnalyzers withAnalyzers, MeasuredPackage package)
{
    var total = 0.0;
    foreach (var analyzer in package.Analyzers)
    {
        total += (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None)).ExecutionTime.TotalMilliseconds;
    }

    return total;
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

/// <summary>One analysis run: our findings, each measured package's telemetry, and what the run cost the process.</summary>
internal sealed record AnalysisRun(int Findings, IReadOnlyDictionary<MeasuredPackage, double> Telemetry, Cost Cost);

/// <summary>
/// Wall time (ms), the process's CPU time (ms; all threads, the garbage collector's included), allocated MB, and the
/// time (ms) collections stopped the process: a callback in flight during a pause has the pause in its telemetry.
/// </summary>
internal readonly record struct Cost(double Wall, double Cpu, double Allocated, double Pauses);

/// <summary>Measures a <see cref="Cost"/> from <see cref="Start"/> to <see cref="Stop"/>.</summary>
internal readonly struct CostMeter
{
    private readonly long _timestamp;
    private readonly TimeSpan _cpu;
    private readonly long _allocated;
    private readonly TimeSpan _paused;

    private CostMeter(long timestamp, TimeSpan cpu, long allocated, TimeSpan paused)
    {
        _timestamp = timestamp;
        _cpu = cpu;
        _allocated = allocated;
        _paused = paused;
    }

    public static CostMeter Start() => new(Stopwatch.GetTimestamp(), Process.GetCurrentProcess().TotalProcessorTime, GC.GetTotalAllocatedBytes(precise: true), GC.GetTotalPauseDuration());

    public Cost Stop() => new(
        Stopwatch.GetElapsedTime(_timestamp).TotalMilliseconds,
        (Process.GetCurrentProcess().TotalProcessorTime - _cpu).TotalMilliseconds,
        (GC.GetTotalAllocatedBytes(precise: true) - _allocated) / 1024.0 / 1024.0,
        (GC.GetTotalPauseDuration() - _paused).TotalMilliseconds);
}

/// <summary>
/// The CPU time of the calling thread (Linux; NaN elsewhere): steadier than wall time on a shared machine, and without
/// the collections the server collector's own threads run, which <c>documents-work</c> reports apart.
/// </summary>
internal static class ThreadCpuTime
{
    private const int ClockThreadCpuTimeId = 3;

    public static double Milliseconds() =>
        OperatingSystem.IsLinux() && ClockGetTime(ClockThreadCpuTimeId, out var time) == 0 ? (time.Seconds * 1000.0) + (time.Nanoseconds / 1e6) : double.NaN;

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}

/// <summary>Sampled allocations by type name (the runtime's allocation ticks, one per about 100 KB), for the documents-work mode.</summary>
internal sealed class AllocationListener : System.Diagnostics.Tracing.EventListener
{
    private readonly Dictionary<string, long> _byType = new();

    public Dictionary<string, long> Snapshot()
    {
        lock (_byType)
        {
            return new Dictionary<string, long>(_byType);
        }
    }

    protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, System.Diagnostics.Tracing.EventLevel.Verbose, (System.Diagnostics.Tracing.EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs data)
    {
        if (data.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) == true && data.Payload is { } payload && data.PayloadNames is { } names)
        {
            var type = payload[names.IndexOf("TypeName")] as string ?? "?";
            var amount = Convert.ToInt64(payload[names.IndexOf("AllocationAmount64")]);
            lock (_byType)
            {
                _byType[type] = _byType.GetValueOrDefault(type) + amount;
            }
        }
    }
}
