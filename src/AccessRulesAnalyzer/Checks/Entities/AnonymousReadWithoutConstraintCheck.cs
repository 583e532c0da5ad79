using System.Collections.Generic;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR0011 (strict, MXS010): an anonymous module role reads members of a persistable entity without an instance constraint.</summary>
internal sealed class AnonymousReadWithoutConstraintCheck() : AnonymousEntityCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.CreateStrict(
        RuleIdentifiers.AnonymousReadWithoutConstraint,
        "Anonymous read without an instance constraint",
        "Anonymous module role {0} can read {1} of every '{2}' object: add an XPath constraint",
        RuleCategories.Security,
        "Strict set, as the platform's Best Practice Recommender (MXS010): any member an anonymous role reads without an instance constraint is readable on every object by anyone who calls the server. AR0003 reports only full read.");

    private protected override void Analyze(SecurityModel model, EntityModel entity, List<Finding> findings)
    {
        if (!entity.Persistable)
        {
            return;
        }

        foreach (var rule in entity.Rules)
        {
            if (rule.IsAnonymous && !rule.HasConstraint && rule.MembersWith(MemberAccess.Read) is { IsEmpty: false } read)
            {
                findings.Add(Finding.OnAnonymousRule(rule, AttributeSite.Whole(rule.Declaration), false, Display.QuotedNames(read), entity.QualifiedName));
            }
        }
    }
}
