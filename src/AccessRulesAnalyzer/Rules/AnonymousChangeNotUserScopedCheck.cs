using System.Collections.Generic;
using System.Collections.Immutable;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Rules;

/// <summary>AR0006: anonymous write or delete whose XPath filters objects but does not tie them to the visitor.</summary>
public sealed class AnonymousChangeNotUserScopedCheck : SecurityCheck
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.AnonymousChangeNotUserScoped,
        "Anonymous write or delete constrained by an XPath that is not user-scoped",
        "Anonymous module role {0} can change every '{1}' object the constraint matches, whoever created it: AND it with [System.owner='[%CurrentUser%]']{2}",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        "A plain filter such as [Status = 'Open'], or an 'or' that escapes the owner check, still matches objects of other users: every anonymous visitor can change all of them.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

    internal override void Register(CheckRegistrations context, SecurityModel model) =>
        context.RegisterAnonymousEntityCheck(Descriptor, Analyze);

    private static void Analyze(EntityModel entity, List<EntityFinding> findings)
    {
        foreach (var rule in entity.Rules)
        {
            // A constraint that does not parse or bind is reported as such (AR2001-AR2003), not judged here.
            if (rule.IsAnonymous && rule.HasValidConstraint && !rule.IsUserScoped && rule.Changes)
            {
                findings.Add(EntityFinding.OnAnonymousRule(rule, AttributeSite.NamedArgument(rule.Declaration, "XPath"), true, entity.QualifiedName, OwnerConstraintFix.StoreOwnerHint(entity)));
            }
        }
    }
}
