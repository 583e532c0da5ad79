using System;
using System.Collections.Generic;
using AccessRulesAnalyzer.XPath;

namespace AccessRulesAnalyzer.Model;

/// <summary>Where a whole path leads from its context entity, or the step at which it stops making sense.</summary>
internal readonly struct PathResolution
{
    public PathResolution(PathStepTarget end, int failedStep, EntityModel lastEntity, bool followsTerminal = false)
    {
        End = end;
        FailedStep = failedStep;
        LastEntity = lastEntity;
        FollowsTerminal = followsTerminal;
    }

    /// <summary>The failing step follows an attribute or <c>id</c>, after which nothing can come.</summary>
    public bool FollowsTerminal { get; }

    /// <summary>What the last step reaches; <see cref="PathStepKind.Unknown"/> when a step fails.</summary>
    public PathStepTarget End { get; }

    /// <summary>The index of the step that cannot be resolved, or -1.</summary>
    public int FailedStep { get; }

    /// <summary>The entity the path had reached before its last (or failing) step.</summary>
    public EntityModel LastEntity { get; }

    public bool Resolved => FailedStep < 0;

    /// <summary>The path ends at System.User or a specialization: through an association, or as <c>id</c> of a user entity.</summary>
    public bool EndsAtUser => Resolved && (End.Kind == PathStepKind.Id ? LastEntity.IsUser : End.Entity?.IsUser == true);
}

/// <summary>
/// Reads a parsed constraint against the entity it belongs to: which entity each path starts from (the rule's
/// entity, or the step a predicate belongs to), and where it leads. Every XPath rule asks through this.
/// </summary>
internal static class XPathBinding
{
    [ThreadStatic]
    private static Stack<(XPathExpression Expression, EntityModel Context)>? t_pending;

    public static PathResolution Resolve(XPathPath path, EntityModel context)
    {
        var model = context.Model;
        var current = context;
        for (var i = 0; i < path.Steps.Length; i++)
        {
            var target = model.ResolveStep(current, path.Steps[i].Name);
            var last = i == path.Steps.Length - 1;
            switch (target.Kind)
            {
                case PathStepKind.Association or PathStepKind.EntityFilter when target.Entity is { } next:
                    if (last)
                    {
                        return new PathResolution(target, -1, current);
                    }

                    current = next;
                    break;
                case PathStepKind.Attribute or PathStepKind.Id when last:
                    return new PathResolution(target, -1, current);
                case PathStepKind.Attribute or PathStepKind.Id:
                    // Nothing can follow an attribute or id.
                    return new PathResolution(PathStepTarget.Unknown, i + 1, current, followsTerminal: true);
                default:
                    return new PathResolution(PathStepTarget.Unknown, i, current);
            }
        }

        return new PathResolution(PathStepTarget.Unknown, 0, current);
    }

    /// <summary>Visits every path and comparison with the entity it is read against; predicates are read against their step's entity.</summary>
    public static void Walk(XPathConstraint constraint, EntityModel entity, Action<XPathPath, EntityModel>? onPath, Action<XPathComparison, EntityModel>? onComparison)
    {
        // Several checks walk every constraint of every entity: each thread keeps one stack, taken while in use so
        // that a walk started from a callback gets a stack of its own.
        var pending = t_pending ?? new Stack<(XPathExpression Expression, EntityModel Context)>();
        t_pending = null;
        try
        {
            Walk(pending, constraint, entity, onPath, onComparison);
        }
        finally
        {
            pending.Clear();
            t_pending = pending;
        }
    }

    private static void Walk(Stack<(XPathExpression Expression, EntityModel Context)> pending, XPathConstraint constraint, EntityModel entity, Action<XPathPath, EntityModel>? onPath, Action<XPathComparison, EntityModel>? onComparison)
    {
        for (var i = constraint.Groups.Length - 1; i >= 0; i--)
        {
            pending.Push((constraint.Groups[i], entity));
        }

        while (pending.Count > 0)
        {
            var (expression, context) = pending.Pop();
            switch (expression)
            {
                case XPathLogicalExpression logical:
                    pending.Push((logical.Right, context));
                    pending.Push((logical.Left, context));
                    break;
                case XPathNotExpression not:
                    pending.Push((not.Operand, context));
                    break;
                case XPathComparison comparison:
                    onComparison?.Invoke(comparison, context);
                    pending.Push((comparison.Right, context));
                    pending.Push((comparison.Left, context));
                    break;
                case XPathFunctionCall call:
                    for (var i = call.Arguments.Length - 1; i >= 0; i--)
                    {
                        pending.Push((call.Arguments[i], context));
                    }

                    break;
                case XPathPath path:
                    onPath?.Invoke(path, context);
                    PushPredicates(pending, path, context);
                    break;
            }
        }
    }

    private static void PushPredicates(Stack<(XPathExpression, EntityModel)> pending, XPathPath path, EntityModel context)
    {
        var current = context;
        foreach (var step in path.Steps)
        {
            if (context.Model.ResolveStep(current, step.Name).Entity is not { } next)
            {
                return;
            }

            current = next;
            for (var i = step.Predicates.Length - 1; i >= 0; i--)
            {
                pending.Push((step.Predicates[i], current));
            }
        }
    }
}
