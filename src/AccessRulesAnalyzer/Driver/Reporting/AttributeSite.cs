using System.Threading;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace AccessRulesAnalyzer.Driver;

/// <summary>
/// Where in an attribute a finding lies: the whole attribute, one argument, one array element, or a span inside the
/// XPath; or a call in the body of the flow the attribute declares.
/// </summary>
internal readonly struct AttributeSite
{
    private AttributeSite(AttributeData attribute, AttributeSiteKind kind, int parameter, int element, string? name, TextSpan span, IMethodSymbol? caller = null)
    {
        Attribute = attribute;
        Kind = kind;
        Parameter = parameter;
        Element = element;
        Name = name;
        Span = span;
        Caller = caller;
    }

    public AttributeData Attribute { get; }

    public AttributeSiteKind Kind { get; }

    public int Parameter { get; }

    public int Element { get; }

    public string? Name { get; }

    public TextSpan Span { get; }

    /// <summary>For a call in a flow's body, the flow's method.</summary>
    public IMethodSymbol? Caller { get; }

    public static AttributeSite Whole(AttributeData attribute) => new(attribute, AttributeSiteKind.Whole, 0, 0, null, default);

    /// <summary>Element <paramref name="element"/> of the <c>params</c> array that starts at constructor parameter <paramref name="parameter"/>.</summary>
    public static AttributeSite ParamsElement(AttributeData attribute, int parameter, int element) => new(attribute, AttributeSiteKind.ParamsElement, parameter, element, null, default);

    public static AttributeSite NamedArgument(AttributeData attribute, string name) => new(attribute, AttributeSiteKind.NamedArgument, 0, 0, name, default);

    public static AttributeSite NamedElement(AttributeData attribute, string name, int element) => new(attribute, AttributeSiteKind.NamedElement, 0, element, name, default);

    /// <summary>A span of an access rule's XPath constraint, mapped into its string literal.</summary>
    public static AttributeSite InXPath(AttributeData attribute, TextSpan span) => new(attribute, AttributeSiteKind.XPathSpan, 0, 0, AnnotationNames.AccessRuleAttribute.XPath, span);

    /// <summary>A span of a constraint's text, mapped into the string literal of the argument that holds it.</summary>
    public static AttributeSite InConstraint(ConstraintSite constraint, TextSpan span) => new(constraint.Declaration, AttributeSiteKind.XPathSpan, 0, 0, constraint.Argument, span);

    /// <summary>
    /// The first invocation of a method named <paramref name="invokedMethod"/> in <paramref name="caller"/>'s body: a
    /// call read from code, which no attribute writes; the flow's <paramref name="declaration"/> when the body holds none.
    /// </summary>
    public static AttributeSite InvocationIn(AttributeData declaration, IMethodSymbol caller, string invokedMethod) =>
        new(declaration, AttributeSiteKind.Invocation, 0, 0, invokedMethod, default, caller);

    public Location Locate(CancellationToken cancellationToken) => Kind switch
    {
        AttributeSiteKind.Invocation => AttributeLocations.OfInvocation(Caller!, Name!, cancellationToken) ?? AttributeLocations.Of(Attribute, cancellationToken),
        AttributeSiteKind.ParamsElement => AttributeLocations.OfParamsElement(Attribute, Parameter, Element, cancellationToken),
        AttributeSiteKind.NamedArgument => AttributeLocations.OfNamedArgument(Attribute, Name!, cancellationToken),
        AttributeSiteKind.NamedElement => AttributeLocations.OfNamedElement(Attribute, Name!, Element, cancellationToken),
        AttributeSiteKind.XPathSpan => AttributeLocations.InStringArgument(Attribute, Name!, Span, cancellationToken),
        _ => AttributeLocations.Of(Attribute, cancellationToken),
    };
}
