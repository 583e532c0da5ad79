using System.Collections.Generic;
using System.Linq;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR1027: a page visible for a module role shows a member (<c>[Shows(Members = ...)]</c>) that the role cannot read.</summary>
internal sealed class PageShowsUnreadableMemberCheck() : DocumentCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.PageShowsUnreadableMember,
        "Page shows a member its roles cannot read",
        "Page '{0}' is visible for '{1}', which cannot read '{2}' of '{3}': grant read on it in an access rule of '{3}' for that role, or do not show it",
        RuleCategories.Consistency,
        DiagnosticSeverity.Error,
        "The client shows only what entity access lets the user read: a widget that displays a member the page's roles cannot read stays empty for them (the platform's consistency check reports it). A module role counts as able to read when every user role that includes it includes a role an access rule lets read the member.");

    private protected override void Analyze(SecurityModel model, ISymbol declarer, List<Finding> findings)
    {
        foreach (var page in model.Documents.DeclaredIn(declarer).Pages)
        {
            var roles = model.Documents.JudgedRoles(page.VisibleFor, page.QualifiedName);
            foreach (var widget in page.Widgets)
            {
                foreach (var shown in widget.Members)
                {
                    // A system member the entity stores (createdDate, System.owner) has member rights too; other names are AR1003's.
                    var member = widget.Entity.FindMember(shown.Value);
                    var system = member is null ? widget.Entity.StoredSystemMember(shown.Value) : null;
                    if (member is null && system is null)
                    {
                        continue;
                    }

                    // The System module's entities and System.User's own members are read under the platform's rules,
                    // which the app does not declare: no rule of the app could make the widget right or wrong.
                    if (!widget.Entity.AppRulesDecide(member))
                    {
                        continue;
                    }

                    var blind = roles.Where(role => !model.App.UsersOf(role, included => member is null ? widget.Entity.CanRead(included, system!) : widget.Entity.CanRead(included, member))).ToList();
                    if (blind.Count > 0)
                    {
                        findings.Add(Finding.At(
                            AttributeSite.NamedElement(widget.Declaration, AnnotationNames.ShowsAttribute.Members, shown.Index),
                            page.QualifiedName,
                            string.Join("', '", blind),
                            shown.Value,
                            widget.Entity.QualifiedName));
                    }
                }
            }
        }
    }
}
