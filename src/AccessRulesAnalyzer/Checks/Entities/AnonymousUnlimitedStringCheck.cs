using System.Collections.Generic;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.FixContracts;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR0025: anonymous users can write a string attribute of unlimited length on a persistable entity.</summary>
internal sealed class AnonymousUnlimitedStringCheck() : AnonymousEntityCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.AnonymousUnlimitedString,
        "Anonymous users can write a string of unlimited length",
        "Anonymous module role {0} can write '{1}' of '{2}', a string of unlimited length: a visitor can store any amount of data; give it a length ([MaxLength(200)])",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        "An unlimited string attribute has no size limit in the database. Written by visitors who have not signed in, it lets anyone fill the database with as much data as they send (CLEVR's ACR Entity_AnonymousUnlimitedString). A string without [MaxLength] has the platform's default length, 200, and is not reported.");

    private protected override void Analyze(SecurityModel model, EntityModel entity, List<Finding> findings)
    {
        if (!entity.Persistable)
        {
            return;
        }

        foreach (var rule in entity.Rules)
        {
            if (!rule.IsAnonymous)
            {
                continue;
            }

            foreach (var member in rule.MembersWith(MemberAccess.ReadWrite))
            {
                if (member.IsUnlimitedString)
                {
                    findings.Add(Finding.OnAnonymousRule(rule, SiteOf(rule, member), false, member.Name, entity.QualifiedName)
                        .WithProperties(MaxLengthFix.Limiting(member)));
                }
            }
        }
    }

    // On the member's name in ReadWrite, else on AllMembers, which grants it.
    private static AttributeSite SiteOf(AccessRule rule, EntityMember member)
    {
        foreach (var element in rule.ReadWrite)
        {
            if (element.Value == member.Name)
            {
                return AttributeSite.NamedElement(rule.Declaration, AnnotationNames.AccessRuleAttribute.ReadWrite, element.Index);
            }
        }

        return AttributeSite.NamedArgument(rule.Declaration, AnnotationNames.AccessRuleAttribute.AllMembers);
    }
}
