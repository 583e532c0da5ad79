using System;
using System.Collections.Generic;
using AccessRulesAnalyzer.XPath;

namespace AccessRulesAnalyzer.Model;

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

    // Steps are resolved only as far as the last one with predicates: every check walks every constraint, and most
    // paths have none, so resolving their steps here (again after the binding did) was most of a walk's cost.
    private static void PushPredicates(Stack<(XPathExpression, EntityModel)> pending, XPathPath path, EntityModel context)
    {
        if (path.LastStepWithPredicates < 0)
        {
            return;
        }

        foreach (var resolved in XPathBinding.Steps(path, context))
        {
            if (resolved.Index > path.LastStepWithPredicates || resolved.Target.Entity is not { } next)
            {
                return;
            }

            for (var i = resolved.Step.Predicates.Length - 1; i >= 0; i--)
            {
                pending.Push((resolved.Step.Predicates[i], next));
            }
        }
    }
}
