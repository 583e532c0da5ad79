using System.Collections.Generic;
using System.Linq;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.XPath;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR2003: '[%CurrentUser%]' compared with a path that does not end at a user.</summary>
internal sealed class XPathCurrentUserNotUserCheck() : ConstraintCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.XPathCurrentUserNotUser,
        "'[%CurrentUser%]' compared with a path that does not end at a user",
        "XPath constraint of '{0}': '{1}' leads to {2}, not to System.User or a specialization, so it never equals '[%CurrentUser%]'",
        RuleCategories.XPath,
        DiagnosticSeverity.Error,
        "The current user is a System.User object. Compared with anything else the condition never holds, and the rule grants nothing through it.");

    private protected override void Visit(ConstraintSite site, XPathConstraint xpath, XPathExpression expression, EntityModel context, List<Finding> findings)
    {
        if (expression is XPathComparison comparison)
        {
            NotAUser(site, comparison, context, findings);
        }
    }

    private static void NotAUser(ConstraintSite site, XPathComparison comparison, EntityModel context, List<Finding> findings)
    {
        var path = comparison.PathComparedWithCurrentUser();
        if (path is null || XPathBinding.Resolve(path, context) is not { Resolved: true } resolution || resolution.EndsAtUser)
        {
            return;
        }

        var reached = resolution.End.Kind switch
        {
            PathStepKind.Attribute => $"attribute '{resolution.End.AttributeName}'",
            PathStepKind.Id => $"'{resolution.LastEntity.QualifiedName}'",
            _ => $"'{resolution.End.Entity!.QualifiedName}'",
        };
        findings.Add(Finding.At(AttributeSite.InConstraint(site, path.Span), site.Owner, string.Join("/", path.Steps.Select(s => s.Name)), reached));
    }
}
