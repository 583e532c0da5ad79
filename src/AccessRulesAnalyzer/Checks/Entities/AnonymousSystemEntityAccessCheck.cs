using System.Collections.Generic;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR0013 (strict, MXS004): anonymous access of any kind to a specialization of System.User, System.FileDocument or System.Image.</summary>
internal sealed class AnonymousSystemEntityAccessCheck() : AnonymousEntityCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.CreateStrict(
        RuleIdentifiers.AnonymousSystemEntityAccess,
        "Anonymous access to a specialization of a System entity",
        "Anonymous module role {0} has access to '{1}', a specialization of {2}",
        RuleCategories.Security,
        "Strict set, as the platform's Best Practice Recommender (MXS004): users and files are sensitive by nature, so anonymous access to their specializations is reported whatever constraint limits it. AR0005 and AR0009 report the unconstrained cases.");

    private protected override void Analyze(SecurityModel model, EntityModel entity, List<Finding> findings)
    {
        var system = entity.IsUser ? "System.User" : entity.IsImage ? "System.Image" : entity.IsFileDocument ? "System.FileDocument" : null;
        if (system is null)
        {
            return;
        }

        foreach (var rule in entity.Rules)
        {
            if (rule.IsAnonymous && rule.GrantsAnything)
            {
                findings.Add(Finding.OnAnonymousRule(rule, AttributeSite.Whole(rule.Declaration), false, entity.QualifiedName, system));
            }
        }
    }
}
