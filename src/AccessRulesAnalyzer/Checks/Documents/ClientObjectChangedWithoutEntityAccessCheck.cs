using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR0019: an anonymous-callable microflow without entity access changes or deletes the object the client passed in, beyond what the rules allow.</summary>
internal sealed class ClientObjectChangedWithoutEntityAccessCheck() : DocumentCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.ClientObjectChangedWithoutEntityAccess,
        "Anonymous-callable microflow changes the client's object without entity access",
        "Microflow '{0}' lets anonymous module role {1} {2} the '{3}' object the client passes in ('{4}') without entity access, which its access rules do not allow on every object: set ApplyEntityAccess = true",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        "The client can pass any object it may read to a microflow it may call. Without entity access the microflow skips every access rule and constraint, so it lets visitors change or delete objects the rules would not let them change: unless a rule of theirs gives that write or that delete on every object, apply entity access.");

    private protected override bool AppliesTo(SecurityModel model) => model.AnonymousUserRole is not null;

    private protected override void Analyze(SecurityModel model, ISymbol declarer, List<Finding> findings)
    {
        var documents = model.Documents;
        foreach (var (flow, anonymous) in documents.AnonymousCallable(declarer))
        {
            if (flow.ApplyEntityAccess)
            {
                continue;
            }

            foreach (var action in flow.Actions)
            {
                if (action.Parameter is { } parameter && action.Entity.Persistable && Beyond(action, anonymous) is { } what)
                {
                    findings.Add(Finding.At(
                        AttributeSite.Whole(action.Declaration),
                        flow.QualifiedName,
                        Display.Quoted(anonymous.Select(role => role.Value)),
                        what,
                        action.Entity.QualifiedName,
                        parameter));
                }
            }
        }
    }

    /// <summary>What the action does that no rule of the anonymous roles allows on every object; null when one does.</summary>
    private static string? Beyond(DataAction action, ImmutableArray<ArrayElement> anonymous)
    {
        // Rules without a constraint, of a role the microflow lets visitors call it with: what they allow on every object.
        var unconstrained = action.Entity.Rules.Where(rule => !rule.HasConstraint && anonymous.Any(role => rule.Names(role.Value))).ToList();
        switch (action.Kind)
        {
            case DataActionKind.Delete:
                return unconstrained.Any(rule => rule.Delete) ? null : "delete";
            case DataActionKind.Change:
                // A member the entity does not have is AR1003's.
                var forbidden = action.Members
                    .Where(member => action.Entity.FindMember(member.Value) is { } entityMember &&
                                     !unconstrained.Any(rule => rule.AccessTo(entityMember) == MemberAccess.ReadWrite))
                    .Select(member => member.Value)
                    .ToList();
                return forbidden.Count == 0 && !action.Members.IsEmpty ? null : $"change {(forbidden.Count == 0 ? "the members" : Display.Quoted(forbidden))} of";
            default:
                return null;
        }
    }
}
