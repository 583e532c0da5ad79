using System.Collections.Generic;
using System.Collections.Immutable;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR1005: an access rule grants neither create, delete nor read on any member.</summary>
internal sealed class RuleGrantsNothingCheck : SecurityCheck
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.RuleGrantsNothing,
        "Access rule grants nothing",
        "This access rule of '{0}' grants nothing: no create, no delete and no readable member",
        RuleCategories.Consistency,
        DiagnosticSeverity.Warning,
        "An access rule needs at least one right: creating objects, deleting them, or reading or writing a member. One without any is dead configuration, often a rule whose member names are wrong.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

    internal override void Register(CheckRegistrations context, SecurityModel model) =>
        context.RegisterEntityCheck(Descriptor, Analyze);

    private static void Analyze(EntityModel entity, List<Finding> findings)
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
