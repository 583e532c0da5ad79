using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace AccessRulesAnalyzer.XPath;

/// <summary>A node of a parsed XPath constraint. Spans are offsets into the constraint's text.</summary>
internal abstract class XPathExpression
{
    protected XPathExpression(TextSpan span) => Span = span;

    public TextSpan Span { get; }
}

internal enum XPathLogicalOperator
{
    And,
    Or,
}

internal sealed class XPathLogicalExpression : XPathExpression
{
    public XPathLogicalExpression(XPathLogicalOperator @operator, XPathExpression left, XPathExpression right)
        : base(TextSpan.FromBounds(left.Span.Start, right.Span.End))
    {
        Operator = @operator;
        Left = left;
        Right = right;
    }

    public XPathLogicalOperator Operator { get; }

    public XPathExpression Left { get; }

    public XPathExpression Right { get; }
}

internal sealed class XPathNotExpression : XPathExpression
{
    public XPathNotExpression(TextSpan span, XPathExpression operand)
        : base(span) => Operand = operand;

    public XPathExpression Operand { get; }
}

internal enum XPathComparisonOperator
{
    Equal,
    NotEqual,
    LessThan,
    LessThanOrEqual,
    GreaterThan,
    GreaterThanOrEqual,
}

internal sealed class XPathComparison : XPathExpression
{
    public XPathComparison(XPathExpression left, XPathComparisonOperator @operator, XPathExpression right)
        : base(TextSpan.FromBounds(left.Span.Start, right.Span.End))
    {
        Left = left;
        Operator = @operator;
        Right = right;
    }

    public XPathExpression Left { get; }

    public XPathComparisonOperator Operator { get; }

    public XPathExpression Right { get; }

    /// <summary>The path side of <c>path op '[%CurrentUser%]'</c> or <c>path op $currentUser</c> (either way round); null for any other comparison.</summary>
    public XPathPath? PathComparedWithCurrentUser() =>
        Left is XPathPath left && XPathLiteral.IsCurrentUser(Right) ? left
        : Right is XPathPath right && XPathLiteral.IsCurrentUser(Left) ? right
        : null;
}

/// <summary>One step of a path: a member, an entity (a type filter), <c>System.owner</c> or <c>id</c>, with its predicates.</summary>
internal sealed class XPathStep
{
    public XPathStep(string name, TextSpan nameSpan, ImmutableArray<XPathExpression> predicates, TextSpan span)
    {
        Name = name;
        NameSpan = nameSpan;
        Predicates = predicates;
        Span = span;
    }

    public string Name { get; }

    public TextSpan NameSpan { get; }

    public ImmutableArray<XPathExpression> Predicates { get; }

    public TextSpan Span { get; }

}

internal sealed class XPathPath : XPathExpression
{
    public XPathPath(ImmutableArray<XPathStep> steps)
        : base(TextSpan.FromBounds(steps[0].Span.Start, steps[steps.Length - 1].Span.End))
    {
        Steps = steps;
        LastStepWithPredicates = -1;
        for (var i = steps.Length - 1; i >= 0; i--)
        {
            if (!steps[i].Predicates.IsEmpty)
            {
                LastStepWithPredicates = i;
                break;
            }
        }
    }

    public ImmutableArray<XPathStep> Steps { get; }

    /// <summary>
    /// The index of the last step that has predicates; -1 when none has. A walk that reads predicates against their
    /// step's entity need not resolve the steps after it, nor any step of most paths.
    /// </summary>
    public int LastStepWithPredicates { get; }
}

internal enum XPathLiteralKind
{
    String,
    Number,
    Boolean,
    /// <summary><c>empty</c> or <c>NULL</c>.</summary>
    Empty,
    /// <summary>A system token such as <c>[%CurrentUser%]</c>, quoted or not.</summary>
    Token,
    /// <summary>Tokens and numbers combined by <c>+</c>, <c>-</c> and <c>*</c> inside one string: <c>'[%BeginOfCurrentDay%] - 3 * [%YearLength%]'</c>.</summary>
    TokenExpression,
    /// <summary>
    /// A variable, <c>$Order</c>, or a member of its object, <c>$Order/Status</c>: in a retrieve's constraint, a parameter
    /// of the flow or <c>$currentUser</c> (its name without <c>$</c>; the member in <see cref="XPathLiteral.Member"/>).
    /// </summary>
    Variable,
}

/// <summary>A token named in a constraint: its name without <c>[% %]</c>, and where it stands.</summary>
internal readonly struct XPathTokenReference
{
    public XPathTokenReference(string name, TextSpan span)
    {
        Name = name;
        Span = span;
    }

    public string Name { get; }

    public TextSpan Span { get; }
}

internal sealed class XPathLiteral : XPathExpression
{
    private readonly ImmutableArray<XPathTokenReference> _tokens;

    public XPathLiteral(TextSpan span, XPathLiteralKind kind, string value, ImmutableArray<XPathTokenReference> tokens = default, string? member = null)
        : base(span)
    {
        Kind = kind;
        Value = value;
        Member = member;
        // A token's one reference is made here, once: the binding and the checks each ask for it.
        _tokens = kind == XPathLiteralKind.Token ? ImmutableArray.Create(new XPathTokenReference(value, span)) : tokens;
    }

    public XPathLiteralKind Kind { get; }

    /// <summary>The string's content, the number's text, <c>true</c>/<c>false</c>, or the token's name without <c>[% %]</c>.</summary>
    public string Value { get; }

    /// <summary>For a variable, the member of its object the literal reads (<c>Status</c> in <c>$Order/Status</c>); null for the object itself.</summary>
    public string? Member { get; }

    /// <summary>For a variable, where its name stands, <c>$Order</c> without the member.</summary>
    public TextSpan VariableSpan => new(Span.Start, Value.Length + 1);

    public bool IsToken(string name) => Kind == XPathLiteralKind.Token && Value == name;

    /// <summary>
    /// The Boolean the literal stands for: <c>true()</c>/<c>false()</c>, or <c>'true'</c>/<c>'false'</c> in quotes in any
    /// case, which the platform reads as those values when compared with a Boolean; null for any other literal.
    /// </summary>
    public bool? BooleanValue => Kind switch
    {
        XPathLiteralKind.Boolean => Value == "true",
        XPathLiteralKind.String when string.Equals(Value, "true", System.StringComparison.OrdinalIgnoreCase) => true,
        XPathLiteralKind.String when string.Equals(Value, "false", System.StringComparison.OrdinalIgnoreCase) => false,
        _ => null,
    };

    /// <summary>The literal stands for a date and time: a date token, or an expression that starts from one.</summary>
    public bool IsDate => Kind switch
    {
        XPathLiteralKind.Token => XPathTokens.IsDate(Value),
        XPathLiteralKind.TokenExpression => XPathTokens.IsDate(_tokens[0].Name),
        _ => false,
    };

    /// <summary>The tokens the literal names: the token itself, or those of a token expression.</summary>
    public ImmutableArray<XPathTokenReference> Tokens() =>
        Kind is XPathLiteralKind.Token or XPathLiteralKind.TokenExpression ? _tokens : ImmutableArray<XPathTokenReference>.Empty;

    /// <summary>
    /// The token <c>[%CurrentUser%]</c>, or a flow's variable <c>$currentUser</c>: where no variable is known (an access
    /// rule, a widget), the binding rejects the variable before its meaning is judged.
    /// </summary>
    public static bool IsCurrentUser(XPathExpression expression) =>
        expression is XPathLiteral literal &&
        (literal.IsToken("CurrentUser") || (literal is { Kind: XPathLiteralKind.Variable, Member: null } && XPathTokens.IsCurrentUserVariable(literal.Value)));
}

internal sealed class XPathFunctionCall : XPathExpression
{
    public XPathFunctionCall(TextSpan span, string name, ImmutableArray<XPathExpression> arguments)
        : base(span)
    {
        Name = name;
        Arguments = arguments;
    }

    public string Name { get; }

    public ImmutableArray<XPathExpression> Arguments { get; }
}

/// <summary>Stands where the parser could not read an expression; the error is in <see cref="XPathConstraint.Errors"/>.</summary>
internal sealed class XPathMissingExpression : XPathExpression
{
    public XPathMissingExpression(TextSpan span)
        : base(span)
    {
    }
}

internal readonly struct XPathError
{
    public XPathError(string message, TextSpan span)
    {
        Message = message;
        Span = span;
    }

    public string Message { get; }

    public TextSpan Span { get; }
}

/// <summary>A parsed instance constraint: its bracketed groups, all of which must hold.</summary>
internal sealed class XPathConstraint
{
    public XPathConstraint(string text, ImmutableArray<XPathExpression> groups, ImmutableArray<XPathError> errors)
    {
        Text = text;
        Groups = groups;
        Errors = errors;
    }

    public string Text { get; }

    public ImmutableArray<XPathExpression> Groups { get; }

    public ImmutableArray<XPathError> Errors { get; }

    public bool HasErrors => !Errors.IsEmpty;
}
