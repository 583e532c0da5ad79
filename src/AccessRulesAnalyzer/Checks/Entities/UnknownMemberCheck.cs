using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.FixContracts;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR1003: Read or ReadWrite names a member the entity does not have.</summary>
internal sealed class UnknownMemberCheck() : EntityCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.UnknownMember,
        "Unknown member in an access rule",
        "Entity '{0}' has no member '{1}'{2}",
        RuleCategories.Consistency,
        DiagnosticSeverity.Error,
        "Read and ReadWrite name the entity's members (its public properties, inherited ones included). A name that matches none grants nothing; use nameof to let the compiler check it.");

    private protected override void Analyze(SecurityModel model, EntityModel entity, List<Finding> findings)
    {
        foreach (var rule in entity.Rules)
        {
            Analyze(entity, rule, AnnotationNames.AccessRuleAttribute.Read, rule.Read, findings);
            Analyze(entity, rule, AnnotationNames.AccessRuleAttribute.ReadWrite, rule.ReadWrite, findings);
            Analyze(entity, rule, AnnotationNames.AccessRuleAttribute.Except, rule.Except, findings);
        }
    }

    private static void Analyze(EntityModel entity, AccessRule rule, string argument, ImmutableArray<ArrayElement> members, List<Finding> findings)
    {
        foreach (var member in members)
        {
            // A System.User member of a specialization, by its association name too, is AR1034's.
            if (entity.FindMember(member.Value) is null && entity.SystemUserMemberNamed(member.Value) is null)
            {
                var suggestion = NameSuggestion.For(member.Value, entity.GrantableMembers.Select(m => m.Name));
                findings.Add(Finding.At(AttributeSite.NamedElement(rule.Declaration, argument, member.Index), entity.QualifiedName, member.Value, NameSuggestion.Suffix(suggestion)).WithProperties(NameReplacementFix.Replacing(member.Value, suggestion)));
            }
        }
    }
}
