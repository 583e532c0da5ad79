using System.Collections.Generic;
using System.Collections.Immutable;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.XPath;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Rules;

/// <summary>AR1007: an XPath uses a system member (System.owner, System.changedBy, createdDate, changedDate) that its entity does not store.</summary>
public sealed class SystemMemberNotStoredCheck : SecurityCheck
{
    /// <summary>The <c>[Entity]</c> flag the fix sets.</summary>
    internal const string FlagKey = "Flag";

    /// <summary>The documentation ID of the class whose <c>[Entity]</c> decides the flag: the root of the hierarchy.</summary>
    internal const string EntityKey = "Entity";

    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.SystemMemberNotStored,
        "System member used on an entity that does not store it",
        "'{0}' does not store {1}: set {2} = true on the [Entity] of '{3}' to use it",
        RuleCategories.Consistency,
        DiagnosticSeverity.Error,
        "System.owner, System.changedBy, createdDate and changedDate exist only on entities that store them (StoreOwner, StoreChangedBy, StoreCreatedDate, StoreChangedDate). The root entity of a hierarchy decides for all its specializations.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

    internal override void Register(CheckRegistrations context, SecurityModel model) =>
        context.RegisterEntityCheck(Descriptor, Analyze);

    private static void Analyze(EntityModel entity, List<EntityFinding> findings)
    {
        foreach (var rule in entity.Rules)
        {
            // A constraint that does not parse is reported as such (AR2001); on a non-persistable entity AR1006 says it all.
            if (rule.CheckedXPath is not { HasErrors: false } xpath)
            {
                continue;
            }

            foreach (var (expression, context) in XPathBinding.Walk(xpath, entity))
            {
                if (expression is XPathPath path)
                {
                    Analyze(rule, path, context, findings);
                }
            }
        }
    }

    // Each step is read against the entity the path has reached: System.owner inside a predicate or after an
    // association belongs to that entity, not to the rule's.
    private static void Analyze(AccessRule rule, XPathPath path, EntityModel context, List<EntityFinding> findings)
    {
        var current = context;
        foreach (var step in path.Steps)
        {
            var target = current.Model.ResolveStep(current, step.Name);
            if (target.SystemMember is { } member && !current.Stores(member))
            {
                var root = current.Root;
                var flag = member.Flag.ToString();
                var properties = root.Declaration is null
                    ? null
                    : ImmutableDictionary<string, string?>.Empty.Add(FlagKey, flag).Add(EntityKey, DocumentationCommentId.CreateDeclarationId(root.Symbol));
                findings.Add(new EntityFinding(AttributeSite.InXPath(rule.Declaration, step.NameSpan), [], [], properties, current.QualifiedName, member.XPathName, flag, root.QualifiedName));
            }

            if (target.Entity is not { } next)
            {
                return;
            }

            current = next;
        }
    }
}
