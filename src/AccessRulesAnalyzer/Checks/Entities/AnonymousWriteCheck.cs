using System.Collections.Generic;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR0012 (strict, MXS006): an anonymous module role writes members of a persistable entity, constrained or not.</summary>
internal sealed class AnonymousWriteCheck() : AnonymousEntityCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.CreateStrict(
        RuleIdentifiers.AnonymousWrite,
        "Anonymous write access on a persistable entity",
        "Anonymous module role {0} can write {1} of '{2}' objects in the database: let visitors write non-persistable objects, and store them in a microflow",
        RuleCategories.Security,
        "Strict set, as the platform's Best Practice Recommender (MXS006): anonymous users should not write persistable objects at all, even under an instance constraint; AR0002 and AR0006 report only unconstrained or not user-scoped writes.");

    private protected override void Analyze(SecurityModel model, EntityModel entity, List<Finding> findings)
    {
        if (!entity.Persistable)
        {
            return;
        }

        foreach (var rule in entity.Rules)
        {
            if (rule.IsAnonymous && rule.MembersWith(MemberAccess.ReadWrite) is { IsEmpty: false } written)
            {
                findings.Add(Finding.OnAnonymousRule(rule, AttributeSite.Whole(rule.Declaration), false, Display.QuotedNames(written), entity.QualifiedName));
            }
        }
    }
}
