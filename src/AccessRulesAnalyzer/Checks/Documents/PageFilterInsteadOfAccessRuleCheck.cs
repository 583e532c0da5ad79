using System.Collections.Generic;
using System.Linq;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.XPath;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>
/// AR0018: a page filters a widget to the user's own objects while an access rule of the page's role lets it read
/// the entity's objects unconstrained, or under a constraint not tied to the user: the filter stands in for the rule.
/// </summary>
internal sealed class PageFilterInsteadOfAccessRuleCheck() : DocumentCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.PageFilterInsteadOfAccessRule,
        "A page filter stands in for an access rule",
        "Page '{0}' shows only the user's own '{1}' objects, but an access rule lets module role '{2}' read {3}: the client API returns every object the rule allows, whatever the page shows; put the page's constraint on the access rule",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        "'Constraints on widgets in pages should not be used as a measure of security': page access does not stop users from reaching data through other means, which must be expressed through entity access (the platform's security documentation). A widget constraint that limits a page to the user's own objects, while the access rule does not, suggests a control that is not there.");

    private protected override void Analyze(SecurityModel model, ISymbol declarer, List<Finding> findings)
    {
        foreach (var page in model.Documents.DeclaredIn(declarer).Pages)
        {
            foreach (var widget in page.Widgets)
            {
                if (widget.DataSource is not null || widget.Constraint is not { IsUserScoped: true } || !widget.Entity.Persistable)
                {
                    continue;
                }

                foreach (var role in model.Documents.JudgedRoles(page.VisibleFor, page.QualifiedName))
                {
                    if (WiderRead(model, widget.Entity, role) is { } rule)
                    {
                        findings.Add(Finding.At(
                                AttributeSite.NamedArgument(widget.Declaration, AnnotationNames.ShowsAttribute.XPath),
                                page.QualifiedName,
                                widget.Entity.QualifiedName,
                                rule.ModuleRoles.First(named => SharesUsers(model, widget.Entity, role, named.Value)).Value,
                                rule.Constraint is { } constraint ? $"objects under '{XPathText.OnOneLine(constraint.Text)}', which is not tied to the user" : "every object")
                            .WithRelated(new[] { rule }));
                        break;
                    }
                }
            }
        }
    }

    // A rule that gives the users of the page's role read access beyond their own objects: it names the role, or, for
    // a page role of another module than the entity's (whose rules cannot name it), a role a user role includes with it.
    private static AccessRule? WiderRead(SecurityModel model, EntityModel entity, string pageRole) =>
        entity.Rules.FirstOrDefault(rule =>
            !rule.MembersWith(MemberAccess.Read).IsEmpty &&
            (rule.Constraint is null || (rule.Constraint.IsValid && !rule.Constraint.IsUserScoped)) &&
            rule.ModuleRoles.Any(named => SharesUsers(model, entity, pageRole, named.Value)));

    private static bool SharesUsers(SecurityModel model, EntityModel entity, string pageRole, string ruleRole) =>
        pageRole == ruleRole ||
        (!ModuleRole.IsIn(pageRole, entity.Module) && model.UserRoles.Any(user => user.Includes(pageRole) && user.Includes(ruleRole)));
}
