using System.Collections.Generic;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>A check that judges each entity (<see cref="CheckRegistrations.RegisterEntityCheck"/>).</summary>
internal abstract class EntityCheck : SecurityCheck
{
    private protected EntityCheck(DiagnosticDescriptor rule)
        : base(rule)
    {
    }

    /// <summary>A rule whose suggestions (<see cref="AnalyzeSuggestions"/>) are reported under <paramref name="suggestion"/>.</summary>
    private protected EntityCheck(DiagnosticDescriptor rule, DiagnosticDescriptor suggestion)
        : base(rule, suggestion)
    {
    }

    internal sealed override void Register(CheckRegistrations context, SecurityModel model)
    {
        if (AppliesTo(model))
        {
            RegisterRuleAndSuggestions<EntityModel>(
                context,
                context.RegisterEntityCheck,
                (entity, findings) => Analyze(model, entity, findings),
                (entity, findings) => AnalyzeSuggestions(model, entity, findings));
        }
    }

    /// <summary>Whether the check can find anything in this app at all; when not, it is not run on any entity.</summary>
    private protected virtual bool AppliesTo(SecurityModel model) => true;

    /// <summary>Adds the findings on <paramref name="entity"/> to <paramref name="findings"/>.</summary>
    private protected abstract void Analyze(SecurityModel model, EntityModel entity, List<Finding> findings);

    /// <summary>For a rule that is also a suggestion, adds its suggestions (the cases of Info severity) instead.</summary>
    private protected virtual void AnalyzeSuggestions(SecurityModel model, EntityModel entity, List<Finding> findings)
    {
    }
}
