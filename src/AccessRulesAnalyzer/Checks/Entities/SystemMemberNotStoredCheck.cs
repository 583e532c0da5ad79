using System.Collections.Generic;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.FixContracts;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.XPath;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR1007: an XPath uses a system member (System.owner, System.changedBy, createdDate, changedDate) that its entity does not store.</summary>
internal sealed class SystemMemberNotStoredCheck() : ConstraintCheck(Descriptor)
{


    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.SystemMemberNotStored,
        "System member used on an entity that does not store it",
        "'{0}' does not store {1}: set {2} = true on the [Entity] of '{3}' to use it",
        RuleCategories.Consistency,
        DiagnosticSeverity.Error,
        "System.owner, System.changedBy, createdDate and changedDate exist only on entities that store them (StoreOwner, StoreChangedBy, StoreCreatedDate, StoreChangedDate). The root entity of a hierarchy decides for all its specializations.");

    private protected override void Visit(ConstraintSite site, XPathConstraint xpath, XPathExpression expression, EntityModel context, List<Finding> findings)
    {
        if (expression is XPathPath path)
        {
            Analyze(site, path, context, findings);
        }
    }

    // Each step is read against the entity the path has reached: System.owner inside a predicate or after an
    // association belongs to that entity, not to the rule's.
    private static void Analyze(ConstraintSite site, XPathPath path, EntityModel context, List<Finding> findings)
    {
        foreach (var resolved in XPathBinding.Steps(path, context))
        {
            var (step, current) = (resolved.Step, resolved.From);
            if (resolved.Target.SystemMember is { } member && !current.Stores(member))
            {
                var root = current.Root;
                // The fix sets the flag on the root's [Entity]: not offered when no source of it is at hand.
                findings.Add(Finding.At(AttributeSite.InConstraint(site, step.NameSpan), current.QualifiedName, member.XPathName, member.Flag.ToString(), root.QualifiedName)
                    .WithProperties(EntityFlagFix.Setting(member.Flag, root)));
            }
        }
    }
}
