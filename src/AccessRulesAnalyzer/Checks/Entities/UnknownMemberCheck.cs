using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.FixContracts;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR1003: an access rule, or a flow's change, a page's widget or a service's published entity, names a member the entity does not have.</summary>
internal sealed class UnknownMemberCheck() : SecurityCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.UnknownMember,
        "Unknown member",
        "Entity '{0}' has no member '{1}'{2}",
        RuleCategories.Consistency,
        DiagnosticSeverity.Error,
        "Read and ReadWrite of an access rule, and the members a flow changes, a widget shows or a service publishes, name the entity's members (its public properties, inherited ones included). A name that matches none grants, changes or shows nothing; use nameof to let the compiler check it.");

    internal override void Register(CheckRegistrations context, SecurityModel model)
    {
        context.RegisterEntityCheck(Descriptor, AnalyzeEntity);
        context.RegisterDocumentCheck(Descriptor, (declarer, findings) => AnalyzeDocuments(model, declarer, findings));
    }

    private static void AnalyzeEntity(EntityModel entity, List<Finding> findings)
    {
        foreach (var rule in entity.Rules)
        {
            Analyze(entity, rule, AnnotationNames.AccessRuleAttribute.Read, rule.Read, findings);
            Analyze(entity, rule, AnnotationNames.AccessRuleAttribute.ReadWrite, rule.ReadWrite, findings);
            Analyze(entity, rule, AnnotationNames.AccessRuleAttribute.Except, rule.Except, findings);
        }
    }

    // [Changes(typeof(E), members)], [Shows(..., Members = [...])] and [Publishes(..., Members = [...])].
    private static void AnalyzeDocuments(SecurityModel model, ISymbol declarer, List<Finding> findings)
    {
        var (flows, services, pages) = model.Documents.DeclaredIn(declarer);
        foreach (var flow in flows)
        {
            foreach (var action in flow.Actions)
            {
                foreach (var member in action.Members)
                {
                    Unknown(action.Entity, member, AttributeSite.ParamsElement(action.Declaration, AnnotationNames.ChangesAttribute.Members, member.Index), action.Entity.Members, findings);
                }
            }
        }

        foreach (var page in pages)
        {
            foreach (var widget in page.Widgets)
            {
                foreach (var member in widget.Members)
                {
                    Unknown(widget.Entity, member, AttributeSite.NamedElement(widget.Declaration, AnnotationNames.ShowsAttribute.Members, member.Index), widget.Entity.Members, findings);
                }
            }
        }

        foreach (var service in services)
        {
            foreach (var (entity, members, declaration) in service.Publishes)
            {
                foreach (var member in members)
                {
                    Unknown(entity, member, AttributeSite.NamedElement(declaration, AnnotationNames.PublishesAttribute.Members, member.Index), entity.Members, findings);
                }
            }
        }
    }

    private static void Analyze(EntityModel entity, AccessRule rule, string argument, ImmutableArray<ArrayElement> members, List<Finding> findings)
    {
        foreach (var member in members)
        {
            // Suggested among the members the rule can grant: a System.User member of a specialization is AR1034's.
            Unknown(entity, member, AttributeSite.NamedElement(rule.Declaration, argument, member.Index), entity.GrantableMembers, findings);
        }
    }

    private static void Unknown(EntityModel entity, ArrayElement member, AttributeSite site, ImmutableArray<EntityMember> candidates, List<Finding> findings)
    {
        // A System.User member of a specialization is known by its association name too, and a system member the
        // entity stores (createdDate, System.owner) is listed among its members' rights as the platform lists it.
        if (entity.FindMember(member.Value) is null && entity.SystemUserMemberNamed(member.Value) is null &&
            entity.StoredSystemMember(member.Value) is null)
        {
            // An association written by its XPath name, as the platform's member rights list it, is its member's.
            var suggestion = entity.FindAssociation(member.Value)?.Name ?? NameSuggestion.For(member.Value, candidates.Select(m => m.Name));
            findings.Add(Finding.At(site, entity.QualifiedName, member.Value, NameSuggestion.Suffix(suggestion)).WithProperties(NameReplacementFix.Replacing(member.Value, suggestion)));
        }
    }
}
