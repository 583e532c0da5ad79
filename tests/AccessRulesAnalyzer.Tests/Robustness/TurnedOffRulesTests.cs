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

    [Fact]
    public async Task ABulkSettingInOneFilesOptions_KeepsEveryCheckRunning()
    {
        Assert.True(await RunsAsync(enabledByDefault: false, ImmutableDictionary<string, ReportDiagnostic>.Empty, bulkKey: "dotnet_analyzer_diagnostic.severity", bulkKeyInFilesOnly: true));
    }

    [Fact]
    public async Task ARuleTurnedOnOrOffByAGlobalConfig_IsTurnedOnOrOff()
    {
        Assert.True(await RunsAsync(enabledByDefault: false, ImmutableDictionary<string, ReportDiagnostic>.Empty, globalOption: ReportDiagnostic.Warn));
        Assert.False(await RunsAsync(enabledByDefault: true, ImmutableDictionary<string, ReportDiagnostic>.Empty, globalOption: ReportDiagnostic.Suppress));
    }

    [Fact]
    public async Task ARuleTurnedOnInOneFileOfMany_Runs()
    {
        Assert.True(await RunsAsync(enabledByDefault: false, ImmutableDictionary<string, ReportDiagnostic>.Empty, treeOption: ReportDiagnostic.Warn, files: 3));
    }

    [Fact]
    public async Task ACheckWithOneRuleOff_AndAnotherOn_Runs()
    {
        Assert.True(await RunsAsync(enabledByDefault: false, ImmutableDictionary<string, ReportDiagnostic>.Empty, secondRuleOn: true));
    }

    private static async Task<bool> RunsAsync(
        bool enabledByDefault,
        ImmutableDictionary<string, ReportDiagnostic> specific,
        ReportDiagnostic? treeOption = null,
        string? bulkKey = null,
        bool bulkKeyInFilesOnly = false,
        ReportDiagnostic? globalOption = null,
        int files = 1,
        bool secondRuleOn = false)
    {
        // The file options, when any, are the last file's alone.
        var trees = new List<SyntaxTree>();
        for (var i = 0; i < files; i++)
        {
            trees.Add(CSharpSyntaxTree.ParseText(i == 0 ? Source : $"class C{i} {{ }}", new CSharpParseOptions(LanguageVersion.Latest), path: $"/0/Test{i}.cs"));
        }

        var compilationOptions = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
            .WithSpecificDiagnosticOptions(specific)
            .WithSyntaxTreeOptionsProvider(new TreeOptions(treeOption, globalOption, trees[trees.Count - 1]));
        var compilation = CSharpCompilation.Create("App", trees, TestProject.References, compilationOptions);
        var exceptions = new ConcurrentQueue<Exception>();
        var analyzerOptions = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new ConfigOptions(bulkKey, bulkKeyInFilesOnly));
        var withAnalyzers = compilation.WithAnalyzers(
            // With a check that is on, so that the driver runs the analyzer at all; only our skipping can spare the other.
            [new SecurityModelAnalyzer(secondRuleOn ? new TwoRulesThrowingCheck() : new ThrowingCheck(enabledByDefault), new AccessRulesAnalyzer.Checks.AnonymousWriteWithoutConstraintCheck())],
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

    /// <summary>The same with two rules: TEST9, off by default, and TEST8, on.</summary>
    private sealed class TwoRulesThrowingCheck() : SecurityCheck(
        new DiagnosticDescriptor("TEST9", "Test", "Test", "Test", DiagnosticSeverity.Warning, false),
        new DiagnosticDescriptor("TEST8", "Test", "Test", "Test", DiagnosticSeverity.Warning, true))
    {
        internal override void Register(CheckRegistrations context, SecurityModel model) =>
            context.RegisterAppCheck(Rule, () => throw new InvalidOperationException("ran"));
    }

    /// <summary>TEST9's severity in <paramref name="inTree"/>'s options (a .editorconfig section) and in a global config.</summary>
    private sealed class TreeOptions(ReportDiagnostic? value, ReportDiagnostic? global, SyntaxTree inTree) : SyntaxTreeOptionsProvider
    {
        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.NotGenerated;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        {
            severity = value ?? ReportDiagnostic.Default;
            return value is not null && diagnosticId == "TEST9" && tree == inTree;
        }

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        {
            severity = global ?? ReportDiagnostic.Default;
            return global is not null && diagnosticId == "TEST9";
        }
    }

    private sealed class ConfigOptions(string? bulkKey, bool inFilesOnly) : AnalyzerConfigOptionsProvider
    {
        private readonly Options _options = new(bulkKey);

        public override AnalyzerConfigOptions GlobalOptions => inFilesOnly ? new Options(null) : _options;

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
