using System.Collections.Generic;
using System.Linq;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.XPath;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR1015: a rule's roles can write a member its own XPath depends on, on the rule's entity or further along a path.</summary>
internal sealed class ConstrainedMemberWritableCheck() : EntityCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.ConstrainedMemberWritable,
        "The constraint depends on a member its roles can write",
        "Module role {0} can write {1}, which this constraint of '{2}' depends on: users can move objects into or out of their own constraint",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        "Access rules are evaluated on the object as stored. A user who can write an attribute or association a constraint reads, on the entity or anywhere along a path, can change which objects the constraint selects, for example reassign an order to another customer.");

    private protected override void Analyze(SecurityModel model, EntityModel entity, List<Finding> findings)
    {
        foreach (var rule in entity.Rules)
        {
            var xpath = rule.XPath;
            if (!rule.HasValidConstraint || xpath is null)
            {
                continue;
            }

            // A list, not a hash set: a constraint names a few members, and the first hash of each new member
            // object was most of this check's time.
            List<(EntityMember Member, EntityModel Holder)>? reported = null;
            foreach (var (expression, context) in XPathBinding.Walk(xpath, entity))
            {
                if (expression is XPathPath path)
                {
                    Analyze(rule, path, context, ref reported, findings);
                }
            }
        }
    }

    // Every step reads a member: an attribute or association of the entity the path has reached, or an association
    // stored on the other end when followed from this side. Whoever may write it there can move objects in or out.
    private static void Analyze(AccessRule rule, XPathPath path, EntityModel context, ref List<(EntityMember Member, EntityModel Holder)>? reported, List<Finding> findings)
    {
        foreach (var resolved in XPathBinding.Steps(path, context))
        {
            var (step, target) = (resolved.Step, resolved.Target);
            if (target is { Member: { } member, Holder: { } holder } && !IsReported(ref reported, member, holder))
            {
                List<string>? writers = null;
                foreach (var role in rule.ModuleRoles)
                {
                    if (holder.CanWrite(role.Value, member))
                    {
                        (writers ??= new List<string>()).Add(role.Value);
                    }
                }

                if (writers is not null)
                {
                    // Named as the constraint spells it: an association by its XPath name, not the C# property.
                    var written = holder.Is(rule.Entity) ? $"'{step.Name}'" : $"'{step.Name}' of '{holder.QualifiedName}'";
                    findings.Add(Finding.At(AttributeSite.InXPath(rule.Declaration, step.NameSpan), Display.Quoted(writers), written, rule.Entity.QualifiedName));
                }
            }
        }
    }

    private static bool IsReported(ref List<(EntityMember Member, EntityModel Holder)>? reported, EntityMember member, EntityModel holder)
    {
        reported ??= new List<(EntityMember Member, EntityModel Holder)>();
        foreach (var (seenMember, seenHolder) in reported)
        {
            if (seenMember == member && seenHolder.Is(holder))
            {
                return true;
            }
        }

        reported.Add((member, holder));
        return false;
    }
}
