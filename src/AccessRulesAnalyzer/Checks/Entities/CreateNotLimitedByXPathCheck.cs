using System.Collections.Generic;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR1010: Create = true on a rule with an XPath, which never limits creation.</summary>
internal sealed class CreateNotLimitedByXPathCheck() : EntityCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.CreateNotLimitedByXPath,
        "Create is not limited by the rule's XPath",
        "The XPath of this rule of '{0}' does not limit Create: its roles can create objects whatever the constraint says",
        RuleCategories.Consistency,
        DiagnosticSeverity.Info,
        "An XPath constraint limits which objects read, write and delete apply to; it is never applied to creating objects. A rule that grants Create with a constraint often means to limit creation, and does not.");

    private protected override void Analyze(SecurityModel model, EntityModel entity, List<Finding> findings)
    {
        foreach (var rule in entity.Rules)
        {
            // With the owner constraint the rule already covers whatever its roles create: nothing to point out.
            if (rule.Create && rule.CheckedXPath is { } xpath && !(xpath is { HasErrors: false } && UserScope.HasOwnerGroup(xpath)))
            {
                findings.Add(Finding.At(AttributeSite.NamedArgument(rule.Declaration, AnnotationNames.AccessRuleAttribute.Create), entity.QualifiedName));
            }
        }
    }
}
