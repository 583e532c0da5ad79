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

    /// <summary>Every path of the constraint resolves, every token is known, and every current-user comparison ends at a user.</summary>
    public static bool Binds(XPathConstraint constraint, EntityModel entity)
    {
        foreach (var (expression, context) in Walk(constraint, entity))
        {
            switch (expression)
            {
                case XPathPath path when !Resolve(path, context).Resolved:
                    return false;
                case XPathComparison comparison:
                    if (!KnownTokens(comparison.Left, entity.Model) || !KnownTokens(comparison.Right, entity.Model) ||
                        (comparison.PathComparedWithCurrentUser() is { } compared && Resolve(compared, context) is { Resolved: true, EndsAtUser: false }))
                    {
                        return false;
                    }

                    break;
            }
        }

        return true;
    }

    private static bool KnownTokens(XPathExpression operand, SecurityModel model)
    {
        if (operand is XPathLiteral literal)
        {
            foreach (var token in literal.Tokens())
            {
                if (!model.IsKnownToken(token.Name))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// Every path and comparison of <paramref name="constraint"/>, outermost first, with the entity it is read
    /// against; predicates are read against their step's entity. A struct enumerator rather than callbacks: several
    /// checks walk every constraint of every entity, and a callback that captures the rule is a closure and a
    /// delegate per rule and walk.
    /// </summary>
    public static XPathWalk Walk(XPathConstraint constraint, EntityModel entity) => new(constraint, entity);
}

/// <summary>The enumeration <see cref="XPathBinding.Walk"/> returns; use it with <c>foreach</c> only.</summary>
internal struct XPathWalk : IDisposable
{
    // Each thread keeps one stack, taken while a walk uses it, so that a walk started inside another gets its own.
    [ThreadStatic]
    private static Stack<(XPathExpression Expression, EntityModel Context)>? t_pending;

    private readonly XPathConstraint _constraint;
    private readonly EntityModel _entity;
    private Stack<(XPathExpression Expression, EntityModel Context)>? _pending;

    public XPathWalk(XPathConstraint constraint, EntityModel entity)
    {
        _constraint = constraint;
        _entity = entity;
        _pending = null;
        Current = default;
    }

    /// <summary>A path or a comparison, and the entity it is read against.</summary>
    public (XPathExpression Expression, EntityModel Context) Current { get; private set; }

    public readonly XPathWalk GetEnumerator() => this;

    public bool MoveNext()
    {
        var pending = _pending;
        if (pending is null)
        {
            pending = _pending = t_pending ?? new Stack<(XPathExpression Expression, EntityModel Context)>();
            t_pending = null;
            for (var i = _constraint.Groups.Length - 1; i >= 0; i--)
            {
                pending.Push((_constraint.Groups[i], _entity));
            }
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
                    pending.Push((comparison.Right, context));
                    pending.Push((comparison.Left, context));
                    Current = (comparison, context);
                    return true;
                case XPathFunctionCall call:
                    for (var i = call.Arguments.Length - 1; i >= 0; i--)
                    {
                        pending.Push((call.Arguments[i], context));
                    }

                    break;
                case XPathPath path:
                    PushPredicates(pending, path, context);
                    Current = (path, context);
                    return true;
            }
        }

        return false;
    }

    public void Dispose()
    {
        if (_pending is { } pending)
        {
            pending.Clear();
            t_pending = pending;
            _pending = null;
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
