using System.Collections.Generic;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR0009: anonymous visitors get any access to an entity that specialises System.User.</summary>
internal sealed class AnonymousUserEntityAccessCheck() : AnonymousEntityCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.AnonymousUserEntityAccess,
        "Anonymous access to an entity of registered users",
        "Anonymous module role {0} has access to '{1}', a specialization of System.User: visitors reach personal data of registered users",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        "Specializations of System.User hold the accounts and personal data of registered users. Anonymous visitors should not read, create or delete them; sign-up flows belong in microflows that run with their own rights.");

    private protected override void Analyze(SecurityModel model, EntityModel entity, List<Finding> findings)
    {
        if (!entity.Persistable || !entity.IsUser)
        {
            return;
        }

        foreach (var rule in entity.Rules)
        {
            if (rule.IsAnonymous && rule.GrantsAnything)
            {
                findings.Add(Finding.OnAnonymousRule(rule, AttributeSite.Whole(rule.Declaration), false, entity.QualifiedName));
            }
        }
    }
}
