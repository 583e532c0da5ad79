using System.Collections.Generic;
using System.Linq;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR1008: a specialization grants a role without the constraint its generalization applies to that role.</summary>
internal sealed class SpecializationDropsConstraintCheck() : EntityCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.SpecializationDropsConstraint,
        "Specialization exposes what its generalization constrained",
        "'{0}' grants module role '{1}' access without an XPath, but its generalization '{2}' constrains that role: rules are not inherited, so the constraint does not apply here",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        "Access rules are not inherited. XPath constraints of a generalization do not limit its specializations; a specialization's own rule without a constraint applies to all its objects.");

    private protected override void Analyze(SecurityModel model, EntityModel entity, List<Finding> findings)
    {
        if (entity.Generalization is null)
        {
            return;
        }

        foreach (var rule in entity.Rules.Where(rule => !rule.HasConstraint && rule.GrantsAnything))
        {
            foreach (var role in rule.ModuleRoles)
            {
                // The nearest generalization with rules for the role decides what the role was meant to see.
                var generalization = Ancestors(entity).FirstOrDefault(ancestor => ancestor.Rules.Any(r => r.Names(role.Value)));
                if (generalization is not null && generalization.Rules.Where(r => r.Names(role.Value)).All(r => r.HasConstraint))
                {
                    findings.Add(Finding.At(AttributeSite.ParamsElement(rule.Declaration, AnnotationNames.AccessRuleAttribute.ModuleRoles, role.Index), entity.QualifiedName, role.Value, generalization.QualifiedName));
                }
            }
        }
    }

    private static IEnumerable<EntityModel> Ancestors(EntityModel entity)
    {
        for (var ancestor = entity.Generalization; ancestor is not null; ancestor = ancestor.Generalization)
        {
            yield return ancestor;
        }
    }
}
