using System;
using System.Collections.Generic;
using AccessRulesAnalyzer.XPath;
using Microsoft.CodeAnalysis.Text;

namespace AccessRulesAnalyzer.Model;

/// <summary>
/// Decides whether a constraint can only match objects tied to the current user, and if not, which part lets others
/// through. Tied: the object is the user, or a path of associations leads from it to the user without passing
/// through an object many users share (System.UserRole, System.Language, System.TimeZone).
/// <list type="bullet">
/// <item><c>not()</c> is pushed inward (De Morgan, double negation); a negated comparison or path is never scoped.</item>
/// <item>Under <c>and</c> one scoped side suffices; under <c>or</c> both must be, but a branch that never matches
/// (<see cref="XPathContradictions"/>) lets nothing through. A constraint that never matches is scoped: it matches nothing.</item>
/// <item>A scoped atom is <c>path = '[%CurrentUser%]'</c> with the path ending at a user, or a path whose step is
/// held to a scoped predicate, where the comparison needs that step to exist: existence itself, any comparison but
/// with <c>empty</c>, or <c>!= empty</c>. <c>= empty</c> holds on an empty path, and <c>!=</c> with a value is read
/// as possibly holding there too (the conservative reading of an open question; docs/design.md).</item>
/// <item>In a retrieve, <c>path = $parameter</c> is scoped when the caller says the parameter is (an object the
/// client passed, which it may only read when it is its own), with the path ending where an object is: an association,
/// an entity step (<c>Assoc/Module.Entity</c>, which holds the same objects) or the id.</item>
/// </list>
/// </summary>
internal static class UserScope
{
    /// <summary>
    /// Null when every object the constraint matches is tied to the current user; otherwise the part that lets others
    /// through. Asked only of a constraint that parses and binds (<see cref="AccessRule.HasValidConstraint"/>).
    /// </summary>
    public static ScopeLeak? FindLeak(XPathConstraint constraint, EntityModel entity, Func<string, bool>? scopedVariable = null)
    {
        var scope = new Scope(entity, scopedVariable);
        if (XPathContradictions.Find(constraint) is not null)
        {
            return null;
        }

        // Groups are and-ed: one scoped group suffices.
        ScopeLeak? leak = null;
        foreach (var group in constraint.Groups)
        {
            if (Judge(group, negated: false, default, scope) is not { } groupLeak)
            {
                return null;
            }

            leak = leak is { } first ? Conjoin(first, groupLeak, TextSpan.FromBounds(first.Span.Start, groupLeak.Span.End)) : groupLeak;
        }

        return leak;
    }

    /// <summary>
    /// One of the constraint's groups is <c>System.owner = '[%CurrentUser%]'</c>: the rule covers the user's own objects,
    /// which includes every object they create.
    /// </summary>
    public static bool HasOwnerGroup(XPathConstraint constraint)
    {
        foreach (var group in constraint.Groups)
        {
            if (group is XPathComparison { Operator: XPathComparisonOperator.Equal } comparison &&
                comparison.PathComparedWithCurrentUser() is { Steps.Length: 1 } path && path.Steps[0].Name == SystemMember.Owner.XPathName)
            {
                return true;
            }
        }

        return false;
    }

    // The verdict on the expression as written when negated is false, on its negation otherwise: negation is pushed
    // down here rather than rewriting the tree. negation is the span of the not() that negated it, for the message.
    private static ScopeLeak? Judge(XPathExpression expression, bool negated, TextSpan negation, Scope scope)
    {
        var context = scope.Context;
        switch (expression)
        {
            case XPathLogicalExpression logical:
                // not(a and b) is not(a) or not(b); not(a or b) is not(a) and not(b).
                return (logical.Operator == XPathLogicalOperator.And) != negated
                    ? JudgeConjunction(logical, negated, negation, scope)
                    : JudgeDisjunction(logical, negated, negation, scope);
            case XPathNotExpression not:
                return Judge(not.Operand, !negated, negated ? default : not.Span, scope);
            case XPathLiteral { Kind: XPathLiteralKind.Boolean } literal when (literal.Value == "true") == negated:
                // false(), or not(true()): matches nothing.
                return null;
            case XPathComparison { Operator: XPathComparisonOperator.NotEqual } comparison when negated && IsOwnId(comparison, context):
                // An object has exactly one id, so not(id != '[%CurrentUser%]') is id = '[%CurrentUser%]'.
                return null;
        }

        if (negated)
        {
            return new ScopeLeak(ScopeLeakKind.Negation, negation);
        }

        return expression switch
        {
            XPathComparison comparison => JudgeComparison(comparison, scope),
            XPathPath path when HasScopedStep(path, scope) => null,
            _ => new ScopeLeak(ScopeLeakKind.Filter, expression.Span),
        };
    }

    private static ScopeLeak? JudgeConjunction(XPathLogicalExpression logical, bool negated, TextSpan negation, Scope scope)
    {
        ScopeLeak? leak = null;
        foreach (var operand in Operands(logical))
        {
            if (Judge(operand, negated, negation, scope) is not { } operandLeak)
            {
                return null;
            }

            leak = leak is null ? operandLeak : Conjoin(leak, operandLeak, TextSpan.FromBounds(leak.Span.Start, operandLeak.Span.End));
        }

        return leak;
    }

    // Only a branch as written is read for contradictions: the negation of a branch that always holds is left alone.
    private static ScopeLeak? JudgeDisjunction(XPathLogicalExpression logical, bool negated, TextSpan negation, Scope scope)
    {
        foreach (var branch in Operands(logical))
        {
            if ((negated || !XPathContradictions.NeverHolds(branch)) && Judge(branch, negated, negation, scope) is { } leak)
            {
                return leak.Kind == ScopeLeakKind.Filter ? new ScopeLeak(ScopeLeakKind.OrBranch, branch.Span) : leak;
            }
        }

        return null;
    }

    /// <summary>
    /// The operands of a chain of one operator, left to right: <c>a or b or c</c> parses as a tree as deep as the chain
    /// is long, and a generated constraint can chain thousands, so the chain is walked in a loop, not by recursion.
    /// </summary>
    private static List<XPathExpression> Operands(XPathLogicalExpression logical)
    {
        var operands = new List<XPathExpression>();
        var pending = new Stack<XPathExpression>();
        pending.Push(logical);
        while (pending.Count > 0)
        {
            var next = pending.Pop();
            if (next is XPathLogicalExpression same && same.Operator == logical.Operator)
            {
                pending.Push(same.Right);
                pending.Push(same.Left);
            }
            else
            {
                operands.Add(next);
            }
        }

        return operands;
    }

    // Neither side is scoped: the more telling reason (an or branch, a negation, a shared entity) over a plain filter,
    // and two plain filters are one filter.
    private static ScopeLeak Conjoin(ScopeLeak left, ScopeLeak right, TextSpan both) =>
        left.Kind != ScopeLeakKind.Filter ? left
        : right.Kind != ScopeLeakKind.Filter ? right
        : new ScopeLeak(ScopeLeakKind.Filter, both);

    private static ScopeLeak? JudgeComparison(XPathComparison comparison, Scope scope)
    {
        var context = scope.Context;
        if (comparison.Operator == XPathComparisonOperator.Equal && comparison.PathComparedWithCurrentUser() is { } compared &&
            XPathBinding.Resolve(compared, context).EndsAtUser)
        {
            return SharedStepBefore(compared, compared.Steps.Length - 1, context) is { } shared
                ? new ScopeLeak(ScopeLeakKind.SharedEntity, compared.Span, shared.QualifiedName)
                : null;
        }

        var (path, value) = (comparison.Left, comparison.Right) switch
        {
            (XPathPath p, XPathLiteral l) => (p, l),
            (XPathLiteral l, XPathPath p) => (p, l),
            _ => (null, null),
        };
        if (comparison.Operator == XPathComparisonOperator.Equal && path is not null &&
            value is { Kind: XPathLiteralKind.Variable, Member: null } variable && scope.ScopedVariable?.Invoke(variable.Value) == true &&
            XPathBinding.Resolve(path, context) is { Resolved: true, End.Kind: PathStepKind.Association or PathStepKind.EntityFilter or PathStepKind.Id })
        {
            return SharedStepBefore(path, path.Steps.Length - 1, context) is { } shared
                ? new ScopeLeak(ScopeLeakKind.SharedEntity, path.Span, shared.QualifiedName)
                : null;
        }

        return path is not null && NeedsAnObject(comparison.Operator, value!) && HasScopedStep(path, scope)
            ? null
            : new ScopeLeak(ScopeLeakKind.Filter, comparison.Span);
    }

    /// <summary>The entity the constraint is read against, and which variables stand for the user's own objects.</summary>
    private readonly struct Scope
    {
        public Scope(EntityModel context, Func<string, bool>? scopedVariable)
        {
            Context = context;
            ScopedVariable = scopedVariable;
        }

        public EntityModel Context { get; }

        public Func<string, bool>? ScopedVariable { get; }
    }

    private static bool IsOwnId(XPathComparison comparison, EntityModel context) =>
        comparison.PathComparedWithCurrentUser() is { Steps.Length: 1 } path && path.Steps[0] is { Name: "id", Predicates.IsEmpty: true } &&
        XPathBinding.Resolve(path, context).EndsAtUser;

    /// <summary>
    /// The comparison holds only where the path reaches an object: anything but <c>= empty</c>, which holds on an
    /// empty path, and <c>!=</c> with a value, which is not relied on to need one.
    /// </summary>
    private static bool NeedsAnObject(XPathComparisonOperator op, XPathLiteral value) =>
        value.Kind == XPathLiteralKind.Empty ? op == XPathComparisonOperator.NotEqual : op != XPathComparisonOperator.NotEqual;

    /// <summary>
    /// A step of the path has a scoped predicate, and no step up to it reaches an entity many users share: the path
    /// exists only through an object tied to the user, to which the path ties this one.
    /// </summary>
    private static bool HasScopedStep(XPathPath path, Scope scope)
    {
        // Only predicates scope a path: without them (most paths) nothing needs resolving.
        if (path.LastStepWithPredicates < 0)
        {
            return false;
        }

        foreach (var resolved in XPathBinding.Steps(path, scope.Context))
        {
            if (resolved.Index > path.LastStepWithPredicates || resolved.Target.Entity is not { } next || next.IsSharedByUsers)
            {
                return false;
            }

            foreach (var predicate in resolved.Step.Predicates)
            {
                if (Judge(predicate, negated: false, default, new Scope(next, scope.ScopedVariable)) is null)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The first entity shared by users that the path's steps before <paramref name="end"/> reach; null when none.</summary>
    private static EntityModel? SharedStepBefore(XPathPath path, int end, EntityModel context)
    {
        foreach (var resolved in XPathBinding.Steps(path, context))
        {
            if (resolved.Index >= end || resolved.Target.Entity is not { } next)
            {
                return null;
            }

            if (next.IsSharedByUsers)
            {
                return next;
            }
        }

        return null;
    }
}
