using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AccessRulesAnalyzer.Benchmarks;

/// <summary>
/// The floor: an analyzer whose symbol action on every type reads nothing and reports nothing, configured as ours is
/// (concurrent, generated code analysed). Its telemetry is what the driver and the machine charge any analyzer with
/// such an action, before it does any work.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class IdleAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor s_rule = new("IDLE1", "Idle", "Idle", "Idle", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    public static int Types;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(s_rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterSymbolAction(_ => Interlocked.Increment(ref Types), SymbolKind.NamedType);
    }
}
