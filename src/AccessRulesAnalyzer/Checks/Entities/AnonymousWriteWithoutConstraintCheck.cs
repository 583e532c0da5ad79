using System.Collections.Generic;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.FixContracts;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR0002: an anonymous module role may write members of every object of a persistable entity.</summary>
internal sealed class AnonymousWriteWithoutConstraintCheck() : AnonymousEntityCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.CreateRedFlag(
        RuleIdentifiers.AnonymousWriteWithoutConstraint,
        "Anonymous write access without an instance constraint",
        "Anonymous module role {0} can write {1} of every '{2}' object: add an XPath constraint such as [System.owner='[%CurrentUser%]']{3}",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        "Without an XPath constraint the rule applies to every object in the database, so any visitor can change every record through the server API. Limit it to the objects the visitor created with the owner constraint.");

    private protected override void Analyze(SecurityModel model, EntityModel entity, List<Finding> findings)
    {
        if (!entity.Persistable)
        {
            return;
        }

        foreach (var rule in entity.Rules)
        {
            if (rule.HasConstraint || rule.AnonymousRoles.IsEmpty)
            {
                continue;
            }

            var written = rule.MembersWith(MemberAccess.ReadWrite);
            if (written.IsEmpty)
            {
                continue;
            }

            findings.Add(Finding.OnAnonymousRule(rule, AttributeSite.Whole(rule.Declaration), true, Display.QuotedNames(written), entity.QualifiedName, OwnerConstraintFix.StoreOwnerHint(entity)));
        }
    }
}
