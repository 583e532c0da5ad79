using Microsoft.CodeAnalysis.Text;

namespace AccessRulesAnalyzer.XPath;

internal enum XPathTokenKind
{
    EndOfText,
    OpenBracket,
    CloseBracket,
    OpenParen,
    CloseParen,
    Slash,
    Comma,
    Equal,
    NotEqual,
    LessThan,
    LessThanOrEqual,
    GreaterThan,
    GreaterThanOrEqual,
    Name,
    String,
    Number,
    SystemToken,
    Unterminated,
    Unexpected,
    Variable,
}

/// <summary>A token is a kind and a span: no text is copied until the parser makes a node of it.</summary>
internal readonly struct XPathToken
{
    public XPathToken(XPathTokenKind kind, int start, int length)
    {
        Kind = kind;
        Span = new TextSpan(start, length);
    }

    public XPathTokenKind Kind { get; }

    public TextSpan Span { get; }
}

internal struct XPathLexer
{
    private readonly string _text;
    private readonly bool _variables;
    private int _position;

    /// <param name="variables">Whether <c>$name</c> is a variable (a retrieve's constraint); elsewhere <c>$</c> is an unexpected character.</param>
    public XPathLexer(string text, bool variables = false)
    {
        _text = text;
        _variables = variables;
        _position = 0;
    }

    public XPathToken Next()
    {
        while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
        {
            _position++;
        }

        var start = _position;
        if (start >= _text.Length)
        {
            return new XPathToken(XPathTokenKind.EndOfText, start, 0);
        }

        var c = _text[start];
        switch (c)
        {
            case '[' when Peek(1) == '%':
                return ScanSystemToken(start);
            case '[':
                return Single(XPathTokenKind.OpenBracket);
            case ']':
                return Single(XPathTokenKind.CloseBracket);
            case '(':
                return Single(XPathTokenKind.OpenParen);
            case ')':
                return Single(XPathTokenKind.CloseParen);
            case '/':
                return Single(XPathTokenKind.Slash);
            case ',':
                return Single(XPathTokenKind.Comma);
            case '=':
                return Single(XPathTokenKind.Equal);
            case '!' when Peek(1) == '=':
                return Double(XPathTokenKind.NotEqual);
            case '<' when Peek(1) == '=':
                return Double(XPathTokenKind.LessThanOrEqual);
            case '<':
                return Single(XPathTokenKind.LessThan);
            case '>' when Peek(1) == '=':
                return Double(XPathTokenKind.GreaterThanOrEqual);
            case '>':
                return Single(XPathTokenKind.GreaterThan);
            case '\'':
            case '"':
                return ScanString(start, c);
        }

        if (char.IsDigit(c) || (c == '-' && char.IsDigit(Peek(1))))
        {
            return ScanNumber(start);
        }

        if (char.IsLetter(c) || c == '_')
        {
            return ScanName(start);
        }

        if (c == '$' && _variables && (char.IsLetter(Peek(1)) || Peek(1) == '_'))
        {
            _position++;
            var name = ScanName(_position);
            return new XPathToken(XPathTokenKind.Variable, start, name.Span.End - start);
        }

        // A surrogate pair or any other character is one unexpected token; the parser reports it.
        _position += char.IsHighSurrogate(c) && char.IsLowSurrogate(Peek(1)) ? 2 : 1;
        return new XPathToken(XPathTokenKind.Unexpected, start, _position - start);
    }

    private char Peek(int offset) => _position + offset < _text.Length ? _text[_position + offset] : '\0';

    private XPathToken Single(XPathTokenKind kind)
    {
        _position++;
        return new XPathToken(kind, _position - 1, 1);
    }

    private XPathToken Double(XPathTokenKind kind)
    {
        _position += 2;
        return new XPathToken(kind, _position - 2, 2);
    }

    private XPathToken ScanSystemToken(int start)
    {
        var end = _text.IndexOf("%]", start + 2, System.StringComparison.Ordinal);
        if (end < 0)
        {
            _position = _text.Length;
            return new XPathToken(XPathTokenKind.Unterminated, start, _position - start);
        }

        _position = end + 2;
        return new XPathToken(XPathTokenKind.SystemToken, start, _position - start);
    }

    private XPathToken ScanString(int start, char quote)
    {
        _position++;
        while (_position < _text.Length)
        {
            if (_text[_position] == quote)
            {
                // A doubled quote stands for the quote character itself.
                if (Peek(1) == quote)
                {
                    _position += 2;
                    continue;
                }

                _position++;
                return new XPathToken(XPathTokenKind.String, start, _position - start);
            }

            _position++;
        }

        return new XPathToken(XPathTokenKind.Unterminated, start, _position - start);
    }

    private XPathToken ScanNumber(int start)
    {
        _position++;
        while (char.IsDigit(Peek(0)) || (Peek(0) == '.' && char.IsDigit(Peek(1))))
        {
            _position++;
        }

        return new XPathToken(XPathTokenKind.Number, start, _position - start);
    }

    private XPathToken ScanName(int start)
    {
        _position++;
        while (true)
        {
            var c = Peek(0);
            if (char.IsLetterOrDigit(c) || c == '_')
            {
                _position++;
            }
            else if ((c == '.' || c == '-') && (char.IsLetter(Peek(1)) || Peek(1) == '_'))
            {
                // Qualified names (Shop.Order_Customer) and function names (starts-with) are one token.
                _position++;
            }
            else
            {
                return new XPathToken(XPathTokenKind.Name, start, _position - start);
            }
        }
    }
}
