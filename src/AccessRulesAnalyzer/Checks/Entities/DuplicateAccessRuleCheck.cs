using System.Collections.Generic;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR1023: two access rules of an entity are the same grant (roles, rights and constraint, layout aside).</summary>
internal sealed class DuplicateAccessRuleCheck() : EntityCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.DuplicateAccessRule,
        "Duplicate access rule",
        "This access rule of '{0}' repeats the rule at line {1}: remove it",
        RuleCategories.Consistency,
        DiagnosticSeverity.Warning,
        "Two rules with the same roles, rights and constraint grant once what they say twice. The copy makes the next change easy to get half right: one of them is edited, the other keeps granting.");

    private protected override void Analyze(SecurityModel model, EntityModel entity, List<Finding> findings)
    {
        for (var i = 1; i < entity.Rules.Length; i++)
        {
            var rule = entity.Rules[i];
            for (var j = 0; j < i; j++)
            {
                if (rule.GrantsTheSameAs(entity.Rules[j]))
                {
                    findings.Add(Finding.At(AttributeSite.Whole(rule.Declaration), entity.QualifiedName, Display.Line(entity.Rules[j])).WithRelated([entity.Rules[j]]));
                    break;
                }
            }
        }
    }
}
