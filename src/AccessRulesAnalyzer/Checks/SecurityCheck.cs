using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>
/// One check of the security review: the rule it reports and what it asks of the <see cref="SecurityModel"/>.
/// Checks are not analyzers of their own: the package's two analyzers (<see cref="SecurityModelAnalyzer"/> and
/// <see cref="SecuritySuggestionAnalyzer"/>) run them from one symbol action and one syntax tree action each, because
/// the analyzer driver's bookkeeping is paid per analyzer for every type and every file (docs/design.md).
/// A check judges one subject: derive from <see cref="EntityCheck"/>, <see cref="AppCheck"/>,
/// <see cref="DocumentCheck"/> or <see cref="ConstraintCheck"/>, which register it; only a check of several
/// subjects or of the approved-access file registers itself.
/// </summary>
internal abstract class SecurityCheck
{
    private protected SecurityCheck(DiagnosticDescriptor rule) => SupportedDiagnostics = ImmutableArray.Create(rule);

    /// <summary>
    /// A rule that is a warning in some cases and a suggestion in others: <paramref name="suggestion"/> is the same
    /// rule at Info (<see cref="RuleDescriptors.Suggestion"/>), which <see cref="SecuritySuggestionAnalyzer"/>
    /// reports, so that a build, which skips that analyzer, does not compute the suggestions.
    /// </summary>
    private protected SecurityCheck(DiagnosticDescriptor rule, DiagnosticDescriptor suggestion) =>
        SupportedDiagnostics = ImmutableArray.Create(rule, suggestion);

    /// <summary>The check's rule, then, for a rule that is also a suggestion, its Info descriptor.</summary>
    public ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <summary>The one rule this check reports, at its default severity.</summary>
    private protected DiagnosticDescriptor Rule => SupportedDiagnostics[0];

    /// <summary>The rule's suggestion descriptor, when its cases of lower severity are reported apart; otherwise null.</summary>
    private DiagnosticDescriptor? SuggestionRule => SupportedDiagnostics.Length > 1 ? SupportedDiagnostics[1] : null;

    /// <summary>
    /// Registers <paramref name="analyze"/> under the rule and <paramref name="analyzeSuggestions"/> under its
    /// suggestion descriptor, if any, each only where the running analyzer reports that descriptor.
    /// </summary>
    private protected void RegisterRuleAndSuggestions<TSubject>(
        CheckRegistrations context,
        Action<DiagnosticDescriptor, Action<TSubject, List<Finding>>> register,
        Action<TSubject, List<Finding>> analyze,
        Action<TSubject, List<Finding>> analyzeSuggestions)
    {
        if (context.Reports(Rule))
        {
            register(Rule, analyze);
        }

        if (SuggestionRule is { } suggestion && context.Reports(suggestion))
        {
            register(suggestion, analyzeSuggestions);
        }
    }

    /// <summary>Tells <paramref name="context"/> which rules to run on <paramref name="model"/>.</summary>
    internal abstract void Register(CheckRegistrations context, SecurityModel model);
}
