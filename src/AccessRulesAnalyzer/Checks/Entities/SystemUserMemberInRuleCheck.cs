using System.Collections.Generic;
using System.Collections.Immutable;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR1034: a rule of a System.User specialization names one of System.User's own members, which it cannot grant.</summary>
internal sealed class SystemUserMemberInRuleCheck() : EntityCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.SystemUserMemberInRule,
        "A System.User member named in a specialization's access rule",
        "{0} names '{1}', a member of System.User: the access rules of '{2}' neither grant nor restrict it (System.User's inbuilt access does, through user management); remove it from {0}",
        RuleCategories.Consistency,
        DiagnosticSeverity.Warning,
        "System.User has inbuilt access rules: its members (Name, Password, Blocked, System.UserRoles, ...) are readable and writable by whoever may manage the user's role. The access rules of a specialization (an Account) decide only the specialization's own members, so a System.User member in its Read, ReadWrite or Except has no effect.");

    private protected override void Analyze(SecurityModel model, EntityModel entity, List<Finding> findings)
    {
        if (entity.GrantableMembers.Length == entity.Members.Length)
        {
            return;
        }

        foreach (var rule in entity.Rules)
        {
            Analyze(entity, rule, AnnotationNames.AccessRuleAttribute.Read, rule.Read, findings);
            Analyze(entity, rule, AnnotationNames.AccessRuleAttribute.ReadWrite, rule.ReadWrite, findings);
            Analyze(entity, rule, AnnotationNames.AccessRuleAttribute.Except, rule.Except, findings);
        }
    }

    private static void Analyze(EntityModel entity, AccessRule rule, string argument, ImmutableArray<ArrayElement> members, List<Finding> findings)
    {
        foreach (var element in members)
        {
            if (entity.SystemUserMemberNamed(element.Value) is not null)
            {
                findings.Add(Finding.At(AttributeSite.NamedElement(rule.Declaration, argument, element.Index), argument, element.Value, entity.QualifiedName));
            }
        }
    }
}
