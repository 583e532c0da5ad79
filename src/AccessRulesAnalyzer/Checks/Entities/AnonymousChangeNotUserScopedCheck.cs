using System.Collections.Generic;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.FixContracts;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR0006: anonymous write or delete whose XPath filters objects but does not tie them to the visitor.</summary>
internal sealed class AnonymousChangeNotUserScopedCheck() : AnonymousEntityCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.CreateRedFlag(
        RuleIdentifiers.AnonymousChangeNotUserScoped,
        "Anonymous write or delete constrained by an XPath that is not user-scoped",
        "Anonymous module role {0} can change every '{1}' object the constraint matches, whoever created it ({2}): AND it with [System.owner='[%CurrentUser%]']{3}",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        "A plain filter such as [Status = 'Open'], an 'or' branch that escapes the owner check, a negated owner check, or a path to the user through a role, language or time zone that many users share, still matches objects of other users: every anonymous visitor can change all of them. The message names the part that lets them through.");

    private protected override void Analyze(SecurityModel model, EntityModel entity, List<Finding> findings)
    {
        foreach (var rule in entity.Rules)
        {
            // A constraint that does not parse or bind is reported as such (AR2001-AR2003), not judged here.
            if (rule.IsAnonymous && rule.Changes && rule.ScopeLeak is { } leak)
            {
                findings.Add(Finding.OnAnonymousRule(
                    rule, AttributeSite.NamedArgument(rule.Declaration, AnnotationNames.AccessRuleAttribute.XPath), true, entity.QualifiedName, leak.Describe(rule.XPath!.Text), OwnerConstraintFix.StoreOwnerHint(entity)));
            }
        }
    }
}
