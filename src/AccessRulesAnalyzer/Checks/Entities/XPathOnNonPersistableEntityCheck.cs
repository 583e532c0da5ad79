using System.Collections.Generic;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR1006: an XPath constraint on a non-persistable entity.</summary>
internal sealed class XPathOnNonPersistableEntityCheck() : EntityCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.XPathOnNonPersistableEntity,
        "XPath constraint on a non-persistable entity",
        "'{0}' is non-persistable: XPath constraints are applied by the database and cannot be used on it",
        RuleCategories.Consistency,
        DiagnosticSeverity.Error,
        "XPath constraints are evaluated by the database, so only persistable entities can have them; the platform rejects the model otherwise. Non-persistable objects live only in the session of the user who made them.");

    private protected override void Analyze(SecurityModel model, EntityModel entity, List<Finding> findings)
    {
        foreach (var rule in entity.Rules)
        {
            if (!entity.Persistable && rule.HasConstraint)
            {
                findings.Add(Finding.At(AttributeSite.NamedArgument(rule.Declaration, AnnotationNames.AccessRuleAttribute.XPath), entity.QualifiedName));
            }
        }
    }
}
