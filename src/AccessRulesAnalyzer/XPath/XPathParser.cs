using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.Text;

namespace AccessRulesAnalyzer.XPath;

/// <summary>
/// Recursive-descent parser for the instance-constraint language. It never throws: errors are collected with
/// their positions, and nesting deeper than <see cref="MaxDepth"/> stops the parse with one error instead of
/// overflowing the stack. A struct, like its lexer: a constraint is parsed once per rule, and the parser's state
/// need not outlive the parse.
/// </summary>
internal struct XPathParser
{
    public const int MaxDepth = 64;

    // The platform's "XPath Constraint Functions" page, with how many arguments each takes. The date-part functions
    // take an optional time zone; reversed() stands as a predicate of an association step.
    private static readonly ImmutableDictionary<string, (int Min, int Max)> s_functions = new[]
    {
        ("contains", 2, 2), ("starts-with", 2, 2), ("ends-with", 2, 2), ("not", 1, 1), ("true", 0, 0), ("false", 0, 0),
        ("string-length", 1, 1), ("length", 1, 1), ("reversed", 0, 0),
    }.Concat(new[] { "year", "month", "day", "hours", "minutes", "seconds", "quarter", "day-of-year", "weekday", "week" }
        .Select(part => (part + "-from-dateTime", 1, 2)))
        .ToImmutableDictionary(function => function.Item1, function => (function.Item2, function.Item3));

    // Names most constraints use (the owner path, the current user, booleans): shared instead of copied from the text.
    private static readonly string[] s_commonNames =
        { "System.owner", "id", "CurrentUser", "true", "false", "empty", "not", "contains", "CurrentDateTime" };

    private readonly string _text;
    private XPathLexer _lexer;
    private XPathToken _current;
    private XPathToken _next;
    // Most constraints have no errors: the builder is made for the first one.
    private ImmutableArray<XPathError>.Builder? _errors;
    private int _depth;

    // Set when nesting is too deep: every parse method then returns at once, so unwinding stays linear.
    private bool _abandoned;

    private XPathParser(string text, bool variables)
    {
        _text = text;
        _errors = null;
        _depth = 0;
        _abandoned = false;
        _lexer = new XPathLexer(text, variables);
        _current = _lexer.Next();
        _next = _lexer.Next();
    }

    /// <param name="variables">Whether <c>$name</c> variables may stand as values, as in a retrieve's constraint; an access rule's may not use them.</param>
    public static XPathConstraint Parse(string text, bool variables = false)
    {
        var parser = new XPathParser(text, variables);
        var groups = parser.ParseGroups();
        return new XPathConstraint(text, groups, parser._errors?.ToImmutable() ?? ImmutableArray<XPathError>.Empty);
    }

    private ImmutableArray<XPathExpression> ParseGroups()
    {
        var groups = new NodeList<XPathExpression>();
        while (_current.Kind != XPathTokenKind.EndOfText && !_abandoned)
        {
            if (_current.Kind != XPathTokenKind.OpenBracket)
            {
                Error(_current.Kind == XPathTokenKind.Unexpected
                    ? $"Unexpected character '{Text(_current)}'"
                    : "An XPath constraint is a sequence of bracketed conditions: expected '['", _current.Span);
                break;
            }

            Advance();
            groups.Add(ParseOr());
            Expect(XPathTokenKind.CloseBracket, "']'");
        }

        return groups.ToImmutable();
    }

    private XPathExpression ParseOr()
    {
        if (!Enter())
        {
            return Missing();
        }

        var left = ParseAnd();
        while (IsKeyword("or") && !_abandoned)
        {
            Advance();
            left = new XPathLogicalExpression(XPathLogicalOperator.Or, left, ParseAnd());
        }

        _depth--;
        return left;
    }

    private XPathExpression ParseAnd()
    {
        var left = ParseComparison();
        while (IsKeyword("and") && !_abandoned)
        {
            Advance();
            left = new XPathLogicalExpression(XPathLogicalOperator.And, left, ParseComparison());
        }

        return left;
    }

    private XPathExpression ParseComparison()
    {
        var left = ParseOperand();
        if (!TryGetComparisonOperator(_current.Kind, out var op) || _abandoned)
        {
            return left;
        }

        Advance();
        return new XPathComparison(left, op, ParseOperand());
    }

    // Every caller stops at an abandoned parse (the loops test it, ParseOr enters only an open one), so nothing is parsed after the first structural error.
    private XPathExpression ParseOperand()
    {
        var token = _current;
        switch (token.Kind)
        {
            case XPathTokenKind.OpenParen:
                {
                    Advance();
                    var inner = ParseOr();
                    Expect(XPathTokenKind.CloseParen, "')'");
                    return inner;
                }

            case XPathTokenKind.String:
                Advance();
                return StringLiteral(token);

            case XPathTokenKind.Number:
                Advance();
                return new XPathLiteral(token.Span, XPathLiteralKind.Number, Text(token));

            case XPathTokenKind.SystemToken:
                Advance();
                return new XPathLiteral(token.Span, XPathLiteralKind.Token, TokenName(token.Span.Start, token.Span.Length));

            case XPathTokenKind.Variable:
                return ParseVariable(token);

            case XPathTokenKind.Name:
                return ParseNameOperand(token);

            // A missing operand ends the parse: what follows would only report the same mistake again.
            case XPathTokenKind.Unterminated:
                Abandon(_text[token.Span.Start] == '[' ? "Unterminated token: expected '%]'" : "Unterminated string", new TextSpan(token.Span.Start, 1));
                return new XPathMissingExpression(token.Span);

            case XPathTokenKind.Unexpected:
                Abandon($"Unexpected character '{Text(token)}'", token.Span);
                return new XPathMissingExpression(token.Span);

            default:
                Abandon(token.Kind == XPathTokenKind.EndOfText
                    ? "Unexpected end of constraint: expected a value or a path"
                    : $"Expected a value or a path, found '{Text(token)}'", token.Span);
                return new XPathMissingExpression(new TextSpan(token.Span.Start, 0));
        }
    }

    // $Order, or one member of its object, $Order/Status: the platform's retrieves write [Name = $currentUser/Name]. A
    // second step is not the platform's XPath (its consistency check rejects it), and the caller reports the '/' it stops at.
    private XPathLiteral ParseVariable(XPathToken token)
    {
        Advance();
        var name = _text.Substring(token.Span.Start + 1, token.Span.Length - 1);
        if (_current.Kind != XPathTokenKind.Slash || _next.Kind != XPathTokenKind.Name)
        {
            return new XPathLiteral(token.Span, XPathLiteralKind.Variable, name);
        }

        Advance();
        var member = _current;
        Advance();
        return new XPathLiteral(TextSpan.FromBounds(token.Span.Start, member.Span.End), XPathLiteralKind.Variable, name, member: Text(member));
    }

    private XPathExpression ParseNameOperand(XPathToken token)
    {
        var name = Text(token);
        if (_next.Kind == XPathTokenKind.OpenParen)
        {
            return ParseFunctionCall(token, name);
        }

        switch (name)
        {
            case "empty":
            case "NULL":
                Advance();
                return new XPathLiteral(token.Span, XPathLiteralKind.Empty, name);
            case "true":
            case "false":
                Advance();
                return new XPathLiteral(token.Span, XPathLiteralKind.Boolean, name);
            default:
                return ParsePath();
        }
    }

    private XPathExpression ParseFunctionCall(XPathToken nameToken, string name)
    {
        Advance(); // name
        Advance(); // (
        var known = s_functions.TryGetValue(name, out var arity);
        if (!known)
        {
            Error($"Unknown function '{name}'", nameToken.Span);
        }

        var arguments = new NodeList<XPathExpression>();
        if (_current.Kind != XPathTokenKind.CloseParen)
        {
            arguments.Add(ParseOr());
            while (_current.Kind == XPathTokenKind.Comma && !_abandoned)
            {
                Advance();
                arguments.Add(ParseOr());
            }
        }

        var end = _current.Span.End;
        Expect(XPathTokenKind.CloseParen, "')'");
        var span = TextSpan.FromBounds(nameToken.Span.Start, end);
        if (known && !_abandoned && (arguments.Count < arity.Min || arguments.Count > arity.Max))
        {
            Error($"'{name}' takes {Arguments(arity.Min, arity.Max)}, not {arguments.Count}", span);
        }

        return name switch
        {
            "true" or "false" when arguments.Count == 0 => new XPathLiteral(span, XPathLiteralKind.Boolean, name),
            "not" when arguments.Count == 1 => new XPathNotExpression(span, arguments.First!),
            _ => new XPathFunctionCall(span, name, arguments.ToImmutable()),
        };
    }

    private static string Arguments(int min, int max) =>
        min == max ? (min == 1 ? "one argument" : $"{min} arguments") : $"{min} or {max} arguments";

    private XPathExpression ParsePath()
    {
        var steps = new NodeList<XPathStep>();
        while (!_abandoned)
        {
            if (_current.Kind != XPathTokenKind.Name)
            {
                Error("Expected a path step after '/'", _current.Span);
                break;
            }

            var nameToken = _current;
            Advance();
            var predicates = ImmutableArray<XPathExpression>.Empty;
            while (_current.Kind == XPathTokenKind.OpenBracket && !_abandoned)
            {
                Advance();
                predicates = predicates.Add(ParseOr());
                Expect(XPathTokenKind.CloseBracket, "']'");
            }

            var stepEnd = predicates.IsEmpty ? nameToken.Span.End : predicates[predicates.Length - 1].Span.End + 1;
            steps.Add(new XPathStep(Text(nameToken), nameToken.Span, predicates, TextSpan.FromBounds(nameToken.Span.Start, stepEnd)));
            if (_current.Kind != XPathTokenKind.Slash)
            {
                break;
            }

            Advance();
        }

        return new XPathPath(steps.ToImmutable());
    }

    private XPathLiteral StringLiteral(XPathToken token)
    {
        var quote = _text[token.Span.Start];
        var start = token.Span.Start + 1;
        var length = token.Span.Length - 2;
        if (_text.IndexOf(quote, start, length) >= 0)
        {
            // A doubled quote stands for one: only then is the content a new string.
            var content = _text.Substring(start, length).Replace(new string(quote, 2), new string(quote, 1));
            return IsQuotedToken(content, 0, content.Length)
                ? new XPathLiteral(token.Span, XPathLiteralKind.Token, content.Substring(2, content.Length - 4))
                : new XPathLiteral(token.Span, XPathLiteralKind.String, content);
        }

        if (IsQuotedToken(_text, start, length))
        {
            return new XPathLiteral(token.Span, XPathLiteralKind.Token, TokenName(start, length));
        }

        return TokenExpression(start, length) is { IsDefault: false } tokens
            ? new XPathLiteral(token.Span, XPathLiteralKind.TokenExpression, _text.Substring(start, length), tokens)
            : new XPathLiteral(token.Span, XPathLiteralKind.String, _text.Substring(start, length));
    }

    /// <summary>
    /// The tokens of a string that is tokens and numbers combined by <c>+</c>, <c>-</c> and <c>*</c> and starts with a
    /// token (<c>[%BeginOfCurrentDay%] - 3 * [%YearLength%]</c>); default for any other string, which stays text.
    /// Parentheses cannot group inside the quotes, so the operands alternate with the operators.
    /// </summary>
    private ImmutableArray<XPathTokenReference> TokenExpression(int start, int length)
    {
        var end = start + length;
        var position = start;
        var tokens = ImmutableArray.CreateBuilder<XPathTokenReference>();
        var expectOperand = true;
        while (true)
        {
            while (position < end && _text[position] == ' ')
            {
                position++;
            }

            if (position == end)
            {
                return expectOperand || tokens.Count == 0 ? default : tokens.ToImmutable();
            }

            var c = _text[position];
            if (!expectOperand)
            {
                if (c is not ('+' or '-' or '*'))
                {
                    return default;
                }

                position++;
            }
            else if (c == '[' && position + 1 < end && _text[position + 1] == '%')
            {
                var close = _text.IndexOf("%]", position + 2, end - position - 2, System.StringComparison.Ordinal);
                if (close <= position + 2)
                {
                    return default;
                }

                tokens.Add(new XPathTokenReference(Name(position + 2, close - position - 2), TextSpan.FromBounds(position, close + 2)));
                position = close + 2;
            }
            else if (char.IsDigit(c) && tokens.Count > 0)
            {
                while (position < end && (char.IsDigit(_text[position]) || _text[position] == '.'))
                {
                    position++;
                }
            }
            else
            {
                return default;
            }

            expectOperand = !expectOperand;
        }
    }

    // '[%CurrentUser%]' is the token itself, quoted; any other text with tokens in it stays a string.
    private static bool IsQuotedToken(string text, int start, int length) =>
        length > 4 && text[start] == '[' && text[start + 1] == '%' && text[start + length - 2] == '%' && text[start + length - 1] == ']' &&
        text.IndexOf("%]", start + 2, length - 2, System.StringComparison.Ordinal) == start + length - 2;

    private string TokenName(int start, int length) => Name(start + 2, length - 4);

    private bool Enter()
    {
        if (++_depth > MaxDepth)
        {
            Abandon($"The constraint is nested more than {MaxDepth} levels deep", _current.Span);
            return false;
        }

        return true;
    }

    private void Expect(XPathTokenKind kind, string display)
    {
        if (_current.Kind == kind)
        {
            Advance();
            return;
        }

        if (!_abandoned)
        {
            Abandon(_current.Kind switch
            {
                XPathTokenKind.EndOfText => $"Unexpected end of constraint: expected {display}",
                XPathTokenKind.Unexpected => $"Unexpected character '{Text(_current)}'",
                _ => $"Expected {display}, found '{Text(_current)}'",
            }, _current.Span);
        }
    }

    private bool IsKeyword(string keyword) =>
        _current.Kind == XPathTokenKind.Name && _current.Span.Length == keyword.Length &&
        string.CompareOrdinal(_text, _current.Span.Start, keyword, 0, keyword.Length) == 0;

    private static bool TryGetComparisonOperator(XPathTokenKind kind, out XPathComparisonOperator op)
    {
        switch (kind)
        {
            case XPathTokenKind.Equal: op = XPathComparisonOperator.Equal; return true;
            case XPathTokenKind.NotEqual: op = XPathComparisonOperator.NotEqual; return true;
            case XPathTokenKind.LessThan: op = XPathComparisonOperator.LessThan; return true;
            case XPathTokenKind.LessThanOrEqual: op = XPathComparisonOperator.LessThanOrEqual; return true;
            case XPathTokenKind.GreaterThan: op = XPathComparisonOperator.GreaterThan; return true;
            case XPathTokenKind.GreaterThanOrEqual: op = XPathComparisonOperator.GreaterThanOrEqual; return true;
            default: op = default; return false;
        }
    }

    private XPathMissingExpression Missing() => new(new TextSpan(_current.Span.Start, 0));

    private string Text(XPathToken token) => Name(token.Span.Start, token.Span.Length);

    private string Name(int start, int length)
    {
        foreach (var name in s_commonNames)
        {
            if (name.Length == length && string.CompareOrdinal(_text, start, name, 0, length) == 0)
            {
                return name;
            }
        }

        return _text.Substring(start, length);
    }

    private void Advance()
    {
        _current = _next;
        _next = _current.Kind == XPathTokenKind.EndOfText ? _current : _lexer.Next();
    }

    private void Error(string message, TextSpan span) => (_errors ??= ImmutableArray.CreateBuilder<XPathError>()).Add(new XPathError(message, span));

    private void Abandon(string message, TextSpan span)
    {
        Error(message, span);
        _abandoned = true;
    }
}

/// <summary>The nodes of a list (groups, steps, arguments), which mostly holds one: no builder until a second comes.</summary>
internal struct NodeList<T>
    where T : class
{
    private ImmutableArray<T>.Builder? _more;

    public T? First { get; private set; }

    public readonly int Count => _more?.Count ?? (First is null ? 0 : 1);

    public void Add(T node)
    {
        if (First is null)
        {
            First = node;
        }
        else
        {
            if (_more is null)
            {
                _more = ImmutableArray.CreateBuilder<T>();
                _more.Add(First);
            }

            _more.Add(node);
        }
    }

    public readonly ImmutableArray<T> ToImmutable() =>
        _more?.ToImmutable() ?? (First is null ? ImmutableArray<T>.Empty : ImmutableArray.Create(First));
}
