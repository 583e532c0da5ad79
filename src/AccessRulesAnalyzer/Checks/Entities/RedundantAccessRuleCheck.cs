using System.Collections.Generic;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR1022: an access rule grants nothing its roles do not already have from other rules, under the same or a weaker constraint.</summary>
internal sealed class RedundantAccessRuleCheck() : EntityCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.RedundantAccessRule,
        "Access rule that grants nothing new",
        "This access rule of '{0}' grants nothing its roles do not already have from the rule at line {1}: remove it",
        RuleCategories.Consistency,
        DiagnosticSeverity.Warning,
        "Rights are additive per module role: a rule whose every right its roles already have, from rules without a constraint or with the same one, changes nothing. It misleads the next reader into thinking it limits or grants something.");

    private protected override void Analyze(SecurityModel model, EntityModel entity, List<Finding> findings)
    {
        foreach (var rule in entity.Rules)
        {
            // A rule that grants nothing is AR1005's.
            if (rule.GrantsAnything && rule.CoveringRules() is { IsEmpty: false } covering)
            {
                findings.Add(Finding.At(AttributeSite.Whole(rule.Declaration), entity.QualifiedName, Display.Line(covering[0])).WithRelated(covering));
            }
        }
    }
}
