using System.Collections.Generic;
using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AccessRulesAnalyzer.Tests.Robustness;

/// <summary>
/// A check whose rules the project turned off does not run at all (one analyzer runs every check, so the driver
/// cannot skip it); one that any setting may turn on still runs. Seen through a check that throws when it runs.
/// </summary>
public class TurnedOffRulesTests
{
    private const string Source = Sources.ShopRoles + """
        [Entity("Shop")]
        public class CartLine { public int Quantity { get; set; } }
        """;

    [Fact]
    public async Task ARuleOffByDefault_DoesNotRun()
    {
        Assert.False(await RunsAsync(enabledByDefault: false, ImmutableDictionary<string, ReportDiagnostic>.Empty));
    }

    [Fact]
    public async Task ARuleOffByDefault_RunsWhenTheProjectTurnsItOn()
    {
        Assert.True(await RunsAsync(enabledByDefault: false, ImmutableDictionary<string, ReportDiagnostic>.Empty.Add("TEST9", ReportDiagnostic.Warn)));
    }

    [Fact]
    public async Task ARuleOnByDefault_RunsUnlessTurnedOff()
    {
        Assert.True(await RunsAsync(enabledByDefault: true, ImmutableDictionary<string, ReportDiagnostic>.Empty));
        Assert.False(await RunsAsync(enabledByDefault: true, ImmutableDictionary<string, ReportDiagnostic>.Empty.Add("TEST9", ReportDiagnostic.Suppress)));
    }

    [Fact]
    public async Task ARuleOffForTheCompilation_RunsWhenOneFilesOptionsTurnItOn()
    {
        Assert.True(await RunsAsync(enabledByDefault: false, ImmutableDictionary<string, ReportDiagnostic>.Empty, treeOption: ReportDiagnostic.Warn));
    }

    [Fact]
    public async Task ABulkSetting_KeepsEveryCheckRunning()
    {
        Assert.True(await RunsAsync(enabledByDefault: false, ImmutableDictionary<string, ReportDiagnostic>.Empty, bulkKey: "dotnet_analyzer_diagnostic.category-Test.severity"));
    }

    private static async Task<bool> RunsAsync(bool enabledByDefault, ImmutableDictionary<string, ReportDiagnostic> specific, ReportDiagnostic? treeOption = null, string? bulkKey = null)
    {
        var tree = CSharpSyntaxTree.ParseText(Source, new CSharpParseOptions(LanguageVersion.Latest), path: "/0/Test0.cs");
        var compilationOptions = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
            .WithSpecificDiagnosticOptions(specific)
            .WithSyntaxTreeOptionsProvider(new TreeOptions(treeOption));
        var compilation = CSharpCompilation.Create("App", [tree], TestProject.References, compilationOptions);
        var exceptions = new ConcurrentQueue<Exception>();
        var analyzerOptions = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new ConfigOptions(bulkKey));
        var withAnalyzers = compilation.WithAnalyzers(
            // With a check that is on, so that the driver runs the analyzer at all; only our skipping can spare the other.
            [new SecurityModelAnalyzer(new ThrowingCheck(enabledByDefault), new AccessRulesAnalyzer.Checks.AnonymousWriteWithoutConstraintCheck())],
            new CompilationWithAnalyzersOptions(analyzerOptions, (exception, _, _) => exceptions.Enqueue(exception), concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        return !exceptions.IsEmpty;
    }

    /// <summary>Throws when the driver runs it: the only sign that it ran.</summary>
    private sealed class ThrowingCheck(bool enabledByDefault)
        : AppCheck(new DiagnosticDescriptor("TEST9", "Test", "Test", "Test", DiagnosticSeverity.Warning, enabledByDefault))
    {
        private protected override IEnumerable<Finding> Analyze(SecurityModel model) => throw new InvalidOperationException("ran");
    }

    private sealed class TreeOptions(ReportDiagnostic? value) : SyntaxTreeOptionsProvider
    {
        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.NotGenerated;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        {
            severity = value ?? ReportDiagnostic.Default;
            return value is not null && diagnosticId == "TEST9";
        }

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        {
            severity = ReportDiagnostic.Default;
            return false;
        }
    }

    private sealed class ConfigOptions(string? bulkKey) : AnalyzerConfigOptionsProvider
    {
        private readonly Options _options = new(bulkKey);

        public override AnalyzerConfigOptions GlobalOptions => _options;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;

        private sealed class Options(string? key) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string name, out string value)
            {
                value = "warning";
                return name == key;
            }

            public override System.Collections.Generic.IEnumerable<string> Keys => key is null ? [] : [key];
        }
    }
}
