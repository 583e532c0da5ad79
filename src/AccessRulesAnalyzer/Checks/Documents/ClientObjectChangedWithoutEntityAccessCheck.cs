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
        "Microflow '{0}' lets anonymous module role {1} {2} the '{3}' object the client passes in ('{4}'){5} without entity access, which its access rules do not allow on every object: set ApplyEntityAccess = true{6}",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        "The client can pass any object it may read to a microflow it may call. Without entity access the microflow skips every access rule and constraint, so it lets visitors change or delete objects the rules would not let them change: unless a rule of theirs gives that write or that delete on every object, apply entity access. A sub-microflow the object is passed on to, in the body's call, is judged by its own setting.");

    private protected override bool AppliesTo(SecurityModel model) => model.AnonymousUserRole is not null;

    private protected override void Analyze(SecurityModel model, ISymbol declarer, List<Finding> findings)
    {
        var documents = model.Documents;
        foreach (var (flow, anonymous) in documents.AnonymousCallable(declarer))
        {
            var roles = Display.Quoted(anonymous.Select(role => role.Value));
            if (!flow.ApplyEntityAccess)
            {
                foreach (var action in flow.Actions)
                {
                    // A parameter the flow does not have, or that holds other objects, is AR1035's alone: no entity is acted on.
                    if (action.Parameter is { } parameter && documents.EntityActedOn(flow, action) is { Persistable: true } entity && BeyondOnSomeObject(model, action, entity) is var (what, objects))
                    {
                        findings.Add(Finding.At(AttributeSite.Whole(action.Declaration), flow.QualifiedName, roles, what, objects.QualifiedName, parameter, string.Empty, string.Empty)
                            .WithAnonymousRoles(anonymous)
                            .WithProperties(FixContracts.EntityAccessFix.Applying([flow])));
                    }
                }
            }

            PassedOn(model, flow, anonymous, roles, findings);
        }
    }

    // The client's object passed on down the body's calls (ACT_Save(order) calls SUB_Save(order)): each sub-microflow
    // that does not apply entity access and changes or deletes it is reported on the anonymous-callable microflow,
    // with the chain. Breadth-first, each parameter of each microflow once (cycles allowed): a sub-microflow called
    // first with objects of its own and then with the client's is still followed for the parameter that receives it.
    private static void PassedOn(SecurityModel model, Flow start, ImmutableArray<ArrayElement> anonymous, string roles, List<Finding> findings)
    {
        var documents = model.Documents;
        var holdingClientObjects = new Dictionary<Flow, HashSet<string>>();
        var queue = new Queue<(Flow Flow, Dictionary<string, string> ClientObjects, string Chain)>();
        // Half-typed code may declare a parameter name twice, or two without a name: the first of each name is the one.
        var fromClient = new Dictionary<string, string>();
        foreach (var parameter in start.Method.Parameters)
        {
            if (!fromClient.ContainsKey(parameter.Name))
            {
                fromClient.Add(parameter.Name, parameter.Name);
            }
        }

        holdingClientObjects.Add(start, new HashSet<string>(fromClient.Keys));
        queue.Enqueue((start, fromClient, start.QualifiedName));
        while (queue.Count > 0)
        {
            var (caller, clientObjects, chain) = queue.Dequeue();
            foreach (var (callee, parameters) in documents.ParametersPassedBy(caller))
            {
                if (callee.Kind != FlowKind.Microflow)
                {
                    continue;
                }

                if (!holdingClientObjects.TryGetValue(callee, out var known))
                {
                    known = new HashSet<string>();
                    holdingClientObjects.Add(callee, known);
                }

                // Only the parameters that receive a client's object for the first time.
                var received = new Dictionary<string, string>();
                foreach (var (parameter, passed) in parameters)
                {
                    if (clientObjects.TryGetValue(passed, out var clientObject) && known.Add(parameter))
                    {
                        received.Add(parameter, clientObject);
                    }
                }

                if (received.Count == 0)
                {
                    continue;
                }

                var through = chain + " → " + callee.QualifiedName;
                if (!callee.ApplyEntityAccess)
                {
                    foreach (var action in callee.Actions)
                    {
                        if (action.Parameter is { } parameter && received.TryGetValue(parameter, out var clientObject) &&
                            documents.EntityActedOn(callee, action) is { Persistable: true } entity && BeyondOnSomeObject(model, action, entity) is var (what, objects))
                        {
                            findings.Add(Finding.At(
                                AttributeSite.Whole(start.Declaration), start.QualifiedName, roles, what, objects.QualifiedName, clientObject, " through " + through, $" on '{callee.QualifiedName}'")
                                .WithAnonymousRoles(anonymous)
                                .WithProperties(FixContracts.EntityAccessFix.Applying([callee])));
                        }
                    }
                }

                queue.Enqueue((callee, received, through));
            }
        }
    }

    /// <summary>
    /// What the action does to an object the client may pass that no rule of the anonymous roles allows on every object,
    /// and the entity whose rules those are: <paramref name="entity"/>'s, or a specialization's that visitors may read,
    /// since the client may pass its objects too and its own rules decide (rules are not inherited); null when none does.
    /// </summary>
    private static (string What, EntityModel Objects)? BeyondOnSomeObject(SecurityModel model, DataAction action, EntityModel entity)
    {
        if (Beyond(action, entity) is { } what)
        {
            return (what, entity);
        }

        foreach (var specialization in model.Entities.SpecializationsOf(entity))
        {
            if (specialization.AnonymousUsersReadSome && Beyond(action, specialization) is { } beyond)
            {
                return (beyond, specialization);
            }
        }

        return null;
    }

    /// <summary>What the action does that no rule of the anonymous roles on <paramref name="entity"/>, the object's, allows on every object; null when one does.</summary>
    private static string? Beyond(DataAction action, EntityModel entity)
    {
        // Rules without a constraint of any anonymous module role, not only of those the microflow allows: every visitor
        // has them all, so the client API already lets visitors do on every object what these allow.
        var unconstrained = entity.Rules.Where(rule => !rule.HasConstraint && rule.IsAnonymous).ToList();
        bool WrittenOnEveryObject(EntityMember member) => unconstrained.Any(rule => rule.AccessTo(member) == MemberAccess.ReadWrite);
        switch (action.Kind)
        {
            case DataActionKind.Delete:
                return unconstrained.Any(rule => rule.Delete) ? null : "delete";
            case DataActionKind.Change when action.Members.IsEmpty:
                // A change that names no member may change any member that can be written (System.User's own members
                // of a specialization included, which no rule of the app grants).
                return entity.Members.All(member => member.IsComputed || WrittenOnEveryObject(member)) ? null : "change the members of";
            case DataActionKind.Change:
                // A member the entity does not have is AR1003's.
                var forbidden = action.Members
                    .Where(member => entity.FindMember(member.Value) is { } entityMember && !WrittenOnEveryObject(entityMember))
                    .Select(member => member.Value)
                    .ToList();
                return forbidden.Count == 0 ? null : $"change {Display.Quoted(forbidden)} of";
            default:
                return null;
        }
    }
}
