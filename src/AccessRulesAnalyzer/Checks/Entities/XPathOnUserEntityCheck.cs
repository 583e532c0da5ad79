using System.Collections.Generic;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR1009: an XPath on a rule of a System.User specialization cannot restrict the built-in user access.</summary>
internal sealed class XPathOnUserEntityCheck() : EntityCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.XPathOnUserEntity,
        "XPath on a System.User specialization cannot restrict built-in user access",
        "'{0}' specialises System.User: users who can manage a user's role see that user's attributes whatever this constraint says",
        RuleCategories.Consistency,
        DiagnosticSeverity.Info,
        "System.User has built-in access rules: access is given to its attributes when the end user can manage the role of that user. Specializations cannot restrict that access with their own rules.");

    private protected override void Analyze(SecurityModel model, EntityModel entity, List<Finding> findings)
    {
        if (!entity.IsUser)
        {
            return;
        }

        foreach (var rule in entity.Rules)
        {
            if (rule.HasConstraint)
            {
                findings.Add(Finding.At(AttributeSite.NamedArgument(rule.Declaration, AnnotationNames.AccessRuleAttribute.XPath), entity.QualifiedName));
            }
        }
    }
}
