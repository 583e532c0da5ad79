using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AccessRulesAnalyzer.Benchmarks;

/// <summary>
/// The floor: an analyzer whose symbol action on every type reads nothing and reports nothing, configured as ours is
/// (the same rule IDs, concurrent, generated code analysed). Its telemetry is what the driver and the machine charge
/// such an analyzer before it does any work.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class IdleAnalyzer : DiagnosticAnalyzer
{
    public IdleAnalyzer(ImmutableArray<DiagnosticDescriptor> supportedDiagnostics) => SupportedDiagnostics = supportedDiagnostics;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterSymbolAction(static _ => { }, SymbolKind.NamedType);
    }
}
