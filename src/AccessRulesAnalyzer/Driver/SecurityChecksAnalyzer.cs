using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AccessRulesAnalyzer.Driver;

/// <summary>
/// What the package's two analyzers share: each builds (or shares) the compilation's <see cref="SecurityModel"/> and
/// runs its <see cref="SecurityCheck"/>s on it. Checks report from symbol and syntax tree actions so that the IDE
/// shows them while the user types; no compilation-end actions. Generated code is excluded here, through
/// <see cref="GeneratedCode"/>, rather than by the driver.
/// </summary>
public abstract class SecurityChecksAnalyzer : DiagnosticAnalyzer
{
    private readonly ImmutableArray<SecurityCheck> _checks;
    private readonly EntityAnalyzers _analyzer;

    /// <summary>An analyzer that reports the descriptors of <paramref name="checks"/> that <paramref name="reports"/> selects, and runs the checks that have one.</summary>
    private protected SecurityChecksAnalyzer(IEnumerable<SecurityCheck> checks, EntityAnalyzers analyzer, Func<DiagnosticDescriptor, bool> reports)
    {
        _checks = checks.Where(check => check.SupportedDiagnostics.Any(reports)).ToImmutableArray();
        _analyzer = analyzer;
        SupportedDiagnostics = _checks.SelectMany(check => check.SupportedDiagnostics).Where(reports).Distinct().ToImmutableArray();
    }

    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    public sealed override void Initialize(AnalysisContext context)
    {
        // The driver would check every reported diagnostic for generated code by walking its file's tokens; the
        // model knows which entities and files are generated at a fraction of that cost.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (SecurityModel.For(start.Compilation) is not { } model)
            {
                return;
            }

            var registrations = new CheckRegistrations(model, _analyzer, start.Options, SupportedDiagnostics);
            var turnedOff = new TurnedOffRules(start.Compilation, start.Options);
            foreach (var check in _checks)
            {
                if (!turnedOff.AllOff(check, start.CancellationToken))
                {
                    check.Register(registrations, model);
                }
            }

            registrations.RegisterActions(start);
        });
    }
}
