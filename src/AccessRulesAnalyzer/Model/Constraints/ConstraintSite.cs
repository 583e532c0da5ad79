using System;
using System.Collections.Immutable;
using System.Text;
using AccessRulesAnalyzer.XPath;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Model;

/// <summary>
/// An XPath constraint where it stands: its text, the attribute and named argument that declare it, the entity it
/// is read against, and what messages call its owner. The same object wherever a constraint stands (an access rule
/// today), so that the XPath checks, "one finding per mistake" and the user-scope verdict serve every owner alike.
/// Parse, binding and user scope are decided on first use and once; a race decides the same value twice.
/// </summary>
internal sealed class ConstraintSite
{
    private const int Unknown = -1;

    private readonly Func<string, bool>? _scopedParameter;
    private readonly Func<XPathLiteral, VariableType?>? _variableType;

    private XPathConstraint? _parsed;
    private string? _normalized;
    private int _binds = Unknown;
    private int _isUserScoped = Unknown;
    private ScopeLeak? _scopeLeak;

    /// <param name="parameters">The variables the constraint may use (a retrieve's: its flow's parameters); default: none, and <c>$</c> is an error.</param>
    /// <param name="scopedParameter">Which of them stand for the user's own object (<see cref="UserScope"/>).</param>
    /// <param name="variableType">What a variable holds (<see cref="TypeOf"/>).</param>
    public ConstraintSite(
        string text, AttributeData declaration, string argument, EntityModel context, string owner,
        ImmutableArray<string> parameters = default, Func<string, bool>? scopedParameter = null, Func<XPathLiteral, VariableType?>? variableType = null)
    {
        _scopedParameter = scopedParameter;
        _variableType = variableType;
        Text = text;
        Declaration = declaration;
        Argument = argument;
        Context = context;
        Owner = owner;
        Parameters = parameters;
    }

    public string Text { get; }

    /// <summary>The attribute that declares the constraint.</summary>
    public AttributeData Declaration { get; }

    /// <summary>The named argument of <see cref="Declaration"/> that holds the text.</summary>
    public string Argument { get; }

    /// <summary>The entity the constraint's paths start from.</summary>
    public EntityModel Context { get; }

    /// <summary>What messages name as the constraint's owner: for an access rule, its entity.</summary>
    public string Owner { get; }

    /// <summary>The names <c>$name</c> may take (a retrieve's flow parameters); default where variables are not allowed.</summary>
    public ImmutableArray<string> Parameters { get; }

    /// <summary>What the variable <paramref name="variable"/> (<c>$limit</c>, <c>$order/Total</c>) holds; null when that is not known, or there are no variables.</summary>
    public VariableType? TypeOf(XPathLiteral variable) => _variableType?.Invoke(variable);

    public XPathConstraint Parsed => _parsed ??= XPathParser.Parse(Text, variables: !Parameters.IsDefault);

    /// <summary>
    /// The constraint for the checks that read it: null on a non-persistable entity, where the constraint cannot
    /// apply and AR1006 is the one finding.
    /// </summary>
    public XPathConstraint? Checked => Context.Persistable ? Parsed : null;

    /// <summary>
    /// The constraint parses and every name, token and current-user comparison in it binds (AR2001, AR2002 and AR2003
    /// are silent on it). Only such a constraint is judged by what it selects: one mistake, one finding.
    /// </summary>
    public bool IsValid
    {
        get
        {
            if (_binds == Unknown)
            {
                _binds = Checked is { HasErrors: false } xpath && XPathBinding.Binds(xpath, Context, Parameters) ? 1 : 0;
            }

            return _binds == 1;
        }
    }

    /// <summary>
    /// The constraint can only match objects tied to the current user (<see cref="UserScope"/>). Decided on first
    /// use: scoping follows associations into entities that may not be modelled yet, and that may point back here.
    /// </summary>
    public bool IsUserScoped
    {
        get
        {
            if (_isUserScoped == Unknown)
            {
                _scopeLeak = IsValid ? UserScope.FindLeak(Parsed, Context, _scopedParameter) : null;
                _isUserScoped = IsValid && _scopeLeak is null ? 1 : 0;
            }

            return _isUserScoped == 1;
        }
    }

    /// <summary>For a valid constraint that is not user-scoped, the part of it that lets other users' objects through.</summary>
    public ScopeLeak? ScopeLeak => IsUserScoped ? null : _scopeLeak;

    /// <summary>The text without whitespace outside quotes, so that layouts of one constraint compare equal (built once: AR1022 and AR1023 compare every pair of rules).</summary>
    public string Normalized => _normalized ??= Normalize(Text);

    /// <summary><paramref name="text"/> without whitespace outside quotes.</summary>
    public static string Normalize(string text)
    {
        var normalized = new StringBuilder(text.Length);
        char? quote = null;
        foreach (var c in text)
        {
            quote = quote is null ? (c is '\'' or '"' ? c : null) : (c == quote ? null : quote);
            if (quote is not null || !char.IsWhiteSpace(c) || c is '\'' or '"')
            {
                normalized.Append(c);
            }
        }

        return normalized.ToString();
    }
}
