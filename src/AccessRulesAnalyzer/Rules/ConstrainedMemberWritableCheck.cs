using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.XPath;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Rules;

/// <summary>AR1015: a rule's roles can write a member its own XPath depends on.</summary>
public sealed class ConstrainedMemberWritableCheck : SecurityCheck
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.ConstrainedMemberWritable,
        "The constraint depends on a member its roles can write",
        "Module role {0} can write '{1}', which this constraint of '{2}' depends on: users can move objects into or out of their own constraint",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        "Access rules are evaluated on the object as stored. A user who can write the attribute or association a constraint tests can change which objects the constraint selects, for example reassign an order to another customer.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    internal override void Register(CheckRegistrations context, SecurityModel model) =>
        context.RegisterEntityRule(Rule, Analyze);

    private static void Analyze(EntityModel entity, List<EntityFinding> findings)
    {
        foreach (var rule in entity.Rules)
        {
            if (!rule.HasValidConstraint || rule.XPath is not { } xpath)
            {
                continue;
            }

            // A list, not a hash set: a constraint names a few members, and the first hash of each new member
            // object was most of this check's time.
            List<EntityMember>? reported = null;
            foreach (var (expression, context) in XPathBinding.Walk(xpath, entity))
            {
                // Only paths read against the rule's own entity start at a member its rules can grant.
                if (expression is not XPathPath path || !context.Is(entity) || DependedOn(entity, path.Steps[0]) is not { } member ||
                    (reported ??= new List<EntityMember>()).Contains(member))
                {
                    continue;
                }

                reported.Add(member);

                List<string>? writers = null;
                foreach (var role in rule.ModuleRoles)
                {
                    if (entity.CanWrite(role.Value, member.Name))
                    {
                        (writers ??= new List<string>()).Add(role.Value);
                    }
                }

                if (writers is not null)
                {
                    findings.Add(new EntityFinding(AttributeSite.InXPath(rule.Declaration, path.Steps[0].NameSpan), [], [], null, Display.Quoted(writers), member.Name, entity.QualifiedName));
                }
            }
        }
    }

    /// <summary>The entity's own attribute a step names, or the association it follows.</summary>
    private static EntityMember? DependedOn(EntityModel entity, XPathStep step) =>
        entity.FindMember(step.Name) ?? entity.FindAssociation(step.Name);
}
