using System;
using System.Linq;
using System.Threading;
using AccessRulesAnalyzer.Checks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AccessRulesAnalyzer.Driver;

/// <summary>
/// Which rules the project turned off, so that their checks do not run at all: one analyzer runs many checks, so the
/// driver cannot skip one by itself. Conservative: a rule counts as off only when its ID is off by default or set to
/// none for the compilation, no file's options turn it on, and no bulk setting (<c>dotnet_analyzer_diagnostic.*</c>)
/// is present, whose reach by category this does not work out. A check that runs needlessly costs time; one that is
/// skipped wrongly would miss a finding.
/// </summary>
internal sealed class TurnedOffRules
{
    private const string BulkPrefix = "dotnet_analyzer_diagnostic.";

    private readonly Compilation _compilation;
    private readonly Lazy<bool> _bulkSettings;

    public TurnedOffRules(Compilation compilation, AnalyzerOptions options)
    {
        _compilation = compilation;
        // Read only when some rule is off: most projects turn none off, and then no file's options are read.
        _bulkSettings = new Lazy<bool>(() =>
            options.AnalyzerConfigOptionsProvider.GlobalOptions.Keys.Any(IsBulk) ||
            compilation.SyntaxTrees.Any(tree => options.AnalyzerConfigOptionsProvider.GetOptions(tree).Keys.Any(IsBulk)));
    }

    /// <summary>Every rule of <paramref name="check"/> is off, so it need not run.</summary>
    public bool AllOff(SecurityCheck check, CancellationToken cancellationToken) =>
        check.SupportedDiagnostics.All(descriptor => IsOff(descriptor, cancellationToken)) && !_bulkSettings.Value;

    private bool IsOff(DiagnosticDescriptor descriptor, CancellationToken cancellationToken)
    {
        var options = _compilation.Options;
        var report = options.SpecificDiagnosticOptions.TryGetValue(descriptor.Id, out var specific)
            ? specific
            : descriptor.IsEnabledByDefault ? ReportDiagnostic.Default : ReportDiagnostic.Suppress;
        var provider = options.SyntaxTreeOptionsProvider;
        if (provider is not null && provider.TryGetGlobalDiagnosticValue(descriptor.Id, cancellationToken, out var global))
        {
            report = global;
        }

        if (report != ReportDiagnostic.Suppress)
        {
            return false;
        }

        // Off for the compilation: still on when one file's options turn it on.
        return provider is null || !_compilation.SyntaxTrees.Any(tree =>
            provider.TryGetDiagnosticValue(tree, descriptor.Id, cancellationToken, out var inTree) && inTree != ReportDiagnostic.Suppress);
    }

    private static bool IsBulk(string key) => key.StartsWith(BulkPrefix, StringComparison.OrdinalIgnoreCase);
}
