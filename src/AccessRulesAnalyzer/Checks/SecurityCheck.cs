using System.Collections.Immutable;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>
/// One check of the security review: the rules it reports and what it asks of the <see cref="SecurityModel"/>.
/// Checks are not analyzers of their own: the package's two analyzers (<see cref="SecurityModelAnalyzer"/> and
/// <see cref="SecuritySuggestionAnalyzer"/>) run them from one symbol action and one syntax tree action each, because
/// the analyzer driver's bookkeeping is paid per analyzer for every type and every file (docs/design.md).
/// </summary>
internal abstract class SecurityCheck
{
    public abstract ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <summary>Tells <paramref name="context"/> which rules to run on <paramref name="model"/>.</summary>
    internal abstract void Register(CheckRegistrations context, SecurityModel model);
}
