using System.Collections.Generic;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR1005: an access rule grants neither create, delete nor read on any member.</summary>
internal sealed class RuleGrantsNothingCheck() : EntityCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.RuleGrantsNothing,
        "Access rule grants nothing",
        "This access rule of '{0}' grants nothing: no create, no delete and no readable member",
        RuleCategories.Consistency,
        DiagnosticSeverity.Warning,
        "An access rule needs at least one right: creating objects, deleting them, or reading or writing a member. One without any is dead configuration, often a rule whose member names are wrong.");

    private protected override void Analyze(SecurityModel model, EntityModel entity, List<Finding> findings)
    {
        foreach (var rule in entity.Rules)
        {
            if (!rule.GrantsAnything)
            {
                findings.Add(Finding.At(AttributeSite.Whole(rule.Declaration), entity.QualifiedName));
            }
        }
    }
}
