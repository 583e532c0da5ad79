using System.Collections.Generic;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.FixContracts;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR0004: an anonymous module role may delete every object of a persistable entity.</summary>
internal sealed class AnonymousDeleteWithoutConstraintCheck() : AnonymousEntityCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.CreateRedFlag(
        RuleIdentifiers.AnonymousDeleteWithoutConstraint,
        "Anonymous delete without an instance constraint",
        "Anonymous module role {0} can delete every '{1}' object: add an XPath constraint such as [System.owner='[%CurrentUser%]']{2}",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        "Without an XPath constraint, delete applies to every object in the database: any visitor can empty the table through the server API.");

    private protected override void Analyze(SecurityModel model, EntityModel entity, List<Finding> findings)
    {
        foreach (var rule in entity.Rules)
        {
            if (entity.Persistable && rule.IsAnonymous && rule.Delete && !rule.HasConstraint)
            {
                findings.Add(Finding.OnAnonymousRule(rule, AttributeSite.NamedArgument(rule.Declaration, AnnotationNames.AccessRuleAttribute.Delete), true, entity.QualifiedName, OwnerConstraintFix.StoreOwnerHint(entity)));
            }
        }
    }
}
