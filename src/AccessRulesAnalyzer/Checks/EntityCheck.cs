using System.Collections.Generic;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>A check that judges each entity (<see cref="CheckRegistrations.RegisterEntityCheck"/>).</summary>
internal abstract class EntityCheck(DiagnosticDescriptor rule) : SecurityCheck(rule)
{
    internal sealed override void Register(CheckRegistrations context, SecurityModel model)
    {
        if (AppliesTo(model))
        {
            context.RegisterEntityCheck(Rule, (entity, findings) => Analyze(model, entity, findings));
        }
    }

    /// <summary>Whether the check can find anything in this app at all; when not, it is not run on any entity.</summary>
    private protected virtual bool AppliesTo(SecurityModel model) => true;

    /// <summary>Adds the findings on <paramref name="entity"/> to <paramref name="findings"/>.</summary>
    private protected abstract void Analyze(SecurityModel model, EntityModel entity, List<Finding> findings);
}
