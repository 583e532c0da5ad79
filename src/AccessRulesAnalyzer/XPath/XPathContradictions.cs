using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis.Text;

namespace AccessRulesAnalyzer.XPath;

/// <summary>
/// Why a constraint can never match, read from its text alone: a conjunct that is false (<c>false()</c>,
/// <c>not(true())</c>), or two comparisons of the same path under <c>and</c> that cannot both hold (<c>Status = 'A'
/// and Status = 'B'</c>, <c>Amount &gt; 5 and Amount &lt; 3</c>). Groups <c>[a][b]</c> are <c>a and b</c>. A pure
/// reading: what cannot hold whatever the data; <c>or</c> is left alone.
/// </summary>
internal static class XPathContradictions
{
    [ThreadStatic]
    private static List<XPathExpression>? t_conjuncts;

    [ThreadStatic]
    private static Stack<XPathExpression>? t_pending;

    [ThreadStatic]
    private static List<PathComparison>? t_seen;

    /// <summary>The first reason the constraint never matches, with the span to report it on; null when it may match.</summary>
    public static (TextSpan Span, string Reason)? Find(XPathConstraint constraint)
    {
        // Every constraint of every rule is read here and nearly all of them may match: one list per thread for the
        // conjuncts, and the comparisons seen only once there is one to compare with.
        var conjuncts = t_conjuncts ??= new List<XPathExpression>();
        conjuncts.Clear();
        foreach (var group in constraint.Groups)
        {
            Flatten(group, conjuncts);
        }

        return FirstContradiction(conjuncts) is not { } found ? null
            : found.Earlier is null ? (found.Conjunct.Span, $"'{Text(constraint, found.Conjunct)}' never holds")
            : (found.Conjunct.Span, $"'{Text(constraint, found.Conjunct)}' contradicts '{Text(constraint, found.Earlier)}': both cannot hold");
    }

    /// <summary>
    /// <paramref name="expression"/> never holds, by the same reading as <see cref="Find"/>: an <c>or</c> branch that
    /// can never match lets nothing through (the user-scope verdict asks).
    /// </summary>
    public static bool NeverHolds(XPathExpression expression)
    {
        var conjuncts = new List<XPathExpression>();
        Flatten(expression, conjuncts);
        return FirstContradiction(conjuncts) is not null;
    }

    /// <summary>The first conjunct that is false, or that contradicts an earlier one (then named too).</summary>
    private static (XPathExpression Conjunct, XPathExpression? Earlier)? FirstContradiction(List<XPathExpression> conjuncts)
    {
        // Each with its operator as read with the path on the left: '10 > Total' is 'Total < 10'. One list per thread:
        // every constraint of every rule and document is read here.
        var seen = t_seen ??= new List<PathComparison>();
        seen.Clear();
        foreach (var conjunct in conjuncts)
        {
            if (IsFalse(conjunct))
            {
                return (conjunct, null);
            }

            // Declared apart from its test, so that a mutation tool can negate the test and still compile.
            var asPathComparison = AsPathComparison(conjunct);
            if (asPathComparison is null)
            {
                continue;
            }

            var comparison = asPathComparison.Value;

            for (var i = 0; i < seen.Count; i++)
            {
                var earlier = seen[i];
                if (SamePath(earlier.Path, comparison.Path) && Contradict(earlier.Operator, earlier.Value, comparison.Operator, comparison.Value))
                {
                    return (comparison.Comparison, earlier.Comparison);
                }
            }

            seen.Add(comparison);
        }

        return null;
    }

    // The same steps by name: what the paths' texts joined by '/' compared, without building them.
    private static bool SamePath(XPathPath a, XPathPath b)
    {
        if (a.Steps.Length != b.Steps.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Steps.Length; i++)
        {
            if (a.Steps[i].Name != b.Steps[i].Name)
            {
                return false;
            }
        }

        return true;
    }

    // A loop rather than recursion: a generated constraint can chain thousands of 'and's, a tree as deep as the chain.
    private static void Flatten(XPathExpression expression, List<XPathExpression> into)
    {
        var pending = t_pending ??= new Stack<XPathExpression>();
        pending.Clear();
        pending.Push(expression);
        while (pending.Count > 0)
        {
            var next = pending.Pop();
            if (next is XPathLogicalExpression { Operator: XPathLogicalOperator.And } and)
            {
                pending.Push(and.Right);
                pending.Push(and.Left);
            }
            else
            {
                into.Add(next);
            }
        }
    }

    private static bool IsFalse(XPathExpression expression) => expression switch
    {
        XPathLiteral { Kind: XPathLiteralKind.Boolean, Value: "false" } => true,
        XPathNotExpression not => IsTrue(not.Operand),
        _ => false,
    };

    private static bool IsTrue(XPathExpression expression) => expression switch
    {
        XPathLiteral { Kind: XPathLiteralKind.Boolean, Value: "true" } => true,
        XPathNotExpression not => IsFalse(not.Operand),
        _ => false,
    };

    /// <summary>A comparison of a plain path (no predicates) with a string, number or boolean, the path on the left.</summary>
    private static PathComparison? AsPathComparison(XPathExpression expression)
    {
        if (expression is not XPathComparison comparison)
        {
            return null;
        }

        var (path, value, flipped) = (comparison.Left, comparison.Right) switch
        {
            (XPathPath p, XPathLiteral l) => (p, l, false),
            (XPathLiteral l, XPathPath p) => (p, l, true),
            _ => (null, null, false),
        };
        if (path is null || value is null || value.Kind is not (XPathLiteralKind.String or XPathLiteralKind.Number or XPathLiteralKind.Boolean) ||
            HasPredicates(path))
        {
            return null;
        }

        var op = flipped ? Flip(comparison.Operator) : comparison.Operator;
        return new PathComparison(path, comparison, op, value);
    }

    private static bool HasPredicates(XPathPath path)
    {
        foreach (var step in path.Steps)
        {
            if (!step.Predicates.IsEmpty)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A comparison of a plain path with a literal, its operator as read with the path on the left.</summary>
    private readonly struct PathComparison
    {
        public PathComparison(XPathPath path, XPathComparison comparison, XPathComparisonOperator @operator, XPathLiteral value)
        {
            Path = path;
            Comparison = comparison;
            Operator = @operator;
            Value = value;
        }

        public XPathPath Path { get; }

        public XPathComparison Comparison { get; }

        public XPathComparisonOperator Operator { get; }

        public XPathLiteral Value { get; }
    }

    private static XPathComparisonOperator Flip(XPathComparisonOperator op) => op switch
    {
        XPathComparisonOperator.LessThan => XPathComparisonOperator.GreaterThan,
        XPathComparisonOperator.LessThanOrEqual => XPathComparisonOperator.GreaterThanOrEqual,
        XPathComparisonOperator.GreaterThan => XPathComparisonOperator.LessThan,
        XPathComparisonOperator.GreaterThanOrEqual => XPathComparisonOperator.LessThanOrEqual,
        _ => op,
    };

    /// <summary>No single value satisfies both <c>path a x</c> and <c>path b y</c>.</summary>
    private static bool Contradict(XPathComparisonOperator a, XPathLiteral x, XPathComparisonOperator b, XPathLiteral y)
    {
        if (a == XPathComparisonOperator.Equal && b == XPathComparisonOperator.Equal)
        {
            return Comparable(x, y) && !Same(x, y);
        }

        if ((a == XPathComparisonOperator.Equal && b == XPathComparisonOperator.NotEqual) || (a == XPathComparisonOperator.NotEqual && b == XPathComparisonOperator.Equal))
        {
            return Comparable(x, y) && Same(x, y);
        }

        if (Number(x) is not { } u || Number(y) is not { } v)
        {
            return false;
        }

        // Each comparison as an interval of the numbers it admits (!= admits all but one: the whole line, which
        // meets every other); they contradict when the intervals do not meet.
        var (low1, high1, lowOpen1, highOpen1) = Interval(a, u);
        var (low2, high2, lowOpen2, highOpen2) = Interval(b, v);
        var low = Math.Max(low1, low2);
        var high = Math.Min(high1, high2);
        var lowOpen = (low == low1 && lowOpen1) || (low == low2 && lowOpen2);
        var highOpen = (high == high1 && highOpen1) || (high == high2 && highOpen2);
        return low > high || (low == high && (lowOpen || highOpen));
    }

    private static (double Low, double High, bool LowOpen, bool HighOpen) Interval(XPathComparisonOperator op, double value) => op switch
    {
        XPathComparisonOperator.Equal => (value, value, false, false),
        XPathComparisonOperator.LessThan => (double.NegativeInfinity, value, false, true),
        XPathComparisonOperator.LessThanOrEqual => (double.NegativeInfinity, value, false, false),
        XPathComparisonOperator.GreaterThan => (value, double.PositiveInfinity, true, false),
        XPathComparisonOperator.GreaterThanOrEqual => (value, double.PositiveInfinity, false, false),
        _ => (double.NegativeInfinity, double.PositiveInfinity, false, false),
    };

    // A quoted 'true' or 'false' compared with a Boolean is that Boolean (the platform's true() and false() pages).
    private static bool Comparable(XPathLiteral x, XPathLiteral y) =>
        x.Kind == y.Kind || (x.BooleanValue is not null && y.BooleanValue is not null);

    private static bool Same(XPathLiteral x, XPathLiteral y) =>
        x.BooleanValue is { } p && y.BooleanValue is { } q ? p == q :
        // The platform compares strings without regard to case: 'A' and 'a' are the same value.
        Number(x) is { } u && Number(y) is { } v ? u == v : string.Equals(x.Value, y.Value, StringComparison.OrdinalIgnoreCase);

    private static double? Number(XPathLiteral literal) =>
        literal.Kind == XPathLiteralKind.Number && double.TryParse(literal.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    // Quoted in a message, which a build prints as one line.
    private static string Text(XPathConstraint constraint, XPathExpression expression) =>
        XPathText.OnOneLine(constraint.Text.Substring(expression.Span.Start, expression.Span.Length));
}
