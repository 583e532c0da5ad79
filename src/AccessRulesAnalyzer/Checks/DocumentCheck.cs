using System.Collections.Generic;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>
/// A check of the documents (microflows, nanoflows, pages, published services) that each symbol declares (a method
/// its flow, a class its page or service); it asks
/// <see cref="SecurityModel.Documents"/> for them (<see cref="CheckRegistrations.RegisterDocumentCheck"/>).
/// </summary>
internal abstract class DocumentCheck : SecurityCheck
{
    private protected DocumentCheck(DiagnosticDescriptor rule)
        : base(rule)
    {
    }

    /// <summary>A rule whose suggestions (<see cref="AnalyzeSuggestions"/>) are reported under <paramref name="suggestion"/>.</summary>
    private protected DocumentCheck(DiagnosticDescriptor rule, DiagnosticDescriptor suggestion)
        : base(rule, suggestion)
    {
    }

    internal sealed override void Register(CheckRegistrations context, SecurityModel model)
    {
        if (AppliesTo(model))
        {
            RegisterRuleAndSuggestions<ISymbol>(
                context,
                context.RegisterDocumentCheck,
                (declarer, findings) => Analyze(model, declarer, findings),
                (declarer, findings) => AnalyzeSuggestions(model, declarer, findings));
        }
    }

    /// <summary>Whether the check can find anything in this app at all.</summary>
    private protected virtual bool AppliesTo(SecurityModel model) => true;

    /// <summary>Adds the findings on the documents <paramref name="declarer"/> declares to <paramref name="findings"/>.</summary>
    private protected abstract void Analyze(SecurityModel model, ISymbol declarer, List<Finding> findings);

    /// <summary>For a rule that is also a suggestion, adds its suggestions (the cases of Info severity) instead.</summary>
    private protected virtual void AnalyzeSuggestions(SecurityModel model, ISymbol declarer, List<Finding> findings)
    {
    }
}
