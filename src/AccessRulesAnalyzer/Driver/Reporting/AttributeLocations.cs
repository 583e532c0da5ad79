using System.Threading;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace AccessRulesAnalyzer.Driver;

/// <summary>
/// Maps what the model read from an attribute back to the source the user typed, so that a squiggle lies under
/// the offending argument. An attribute read from metadata has no source: its locations are <see cref="Location.None"/>.
/// </summary>
internal static class AttributeLocations
{
    public static Location Of(AttributeData attribute, CancellationToken cancellationToken) =>
        Syntax(attribute, cancellationToken)?.GetLocation() ?? Location.None;

    /// <summary>The first invocation of a method named <paramref name="invokedMethod"/> in <paramref name="caller"/>'s body; null when there is none.</summary>
    public static Location? OfInvocation(IMethodSymbol caller, string invokedMethod, CancellationToken cancellationToken)
    {
        foreach (var reference in CallEdges.WithBody(caller).DeclaringSyntaxReferences)
        {
            foreach (var invocation in CallEdges.InvocationsIn(reference.GetSyntax(cancellationToken)))
            {
                if (CallEdges.InvokedName(invocation.Expression) == invokedMethod)
                {
                    return invocation.GetLocation();
                }
            }
        }

        return null;
    }

    public static bool IsIn(AttributeData attribute, SyntaxTree tree) => attribute.ApplicationSyntaxReference?.SyntaxTree == tree;

    /// <summary>Element <paramref name="elementIndex"/> of the <c>params</c> array that starts at positional argument <paramref name="parameterIndex"/>.</summary>
    public static Location OfParamsElement(AttributeData attribute, int parameterIndex, int elementIndex, CancellationToken cancellationToken)
    {
        if (Syntax(attribute, cancellationToken) is not { } syntax)
        {
            return Location.None;
        }

        var positional = 0;
        foreach (var argument in syntax.ArgumentList?.Arguments ?? default)
        {
            if (argument.NameEquals is not null || argument.NameColon is not null)
            {
                continue;
            }

            if (positional == parameterIndex && IsArray(argument.Expression))
            {
                return ElementOf(argument.Expression, elementIndex)?.GetLocation() ?? argument.GetLocation();
            }

            if (positional == parameterIndex + elementIndex)
            {
                return argument.GetLocation();
            }

            positional++;
        }

        return syntax.GetLocation();
    }

    /// <summary>The value of the named argument <paramref name="name"/>; the attribute when it is not given.</summary>
    public static Location OfNamedArgument(AttributeData attribute, string name, CancellationToken cancellationToken) =>
        Syntax(attribute, cancellationToken) is { } syntax
            ? (Named(syntax, name)?.Expression ?? (SyntaxNode)syntax).GetLocation()
            : Location.None;

    /// <summary>Element <paramref name="elementIndex"/> of the array given to the named argument <paramref name="name"/>.</summary>
    public static Location OfNamedElement(AttributeData attribute, string name, int elementIndex, CancellationToken cancellationToken)
    {
        if (Syntax(attribute, cancellationToken) is not { } syntax)
        {
            return Location.None;
        }

        if (Named(syntax, name) is not { } argument)
        {
            return syntax.GetLocation();
        }

        var element = IsArray(argument.Expression) ? ElementOf(argument.Expression, elementIndex) : null;
        return (element ?? argument.Expression).GetLocation();
    }

    /// <summary>
    /// A span of the text of the string given to <paramref name="name"/>, inside the literal, when the literal is a plain
    /// string whose characters stand one for one in source (no escapes, not verbatim); otherwise the whole value.
    /// </summary>
    public static Location InStringArgument(AttributeData attribute, string name, TextSpan span, CancellationToken cancellationToken)
    {
        if (Syntax(attribute, cancellationToken) is not { } syntax || Named(syntax, name)?.Expression is not { } value)
        {
            return Location.None;
        }

        if (value is LiteralExpressionSyntax { Token: var token } && token.IsKind(SyntaxKind.StringLiteralToken) &&
            token.Text.Length == token.ValueText.Length + 2 && token.Text[0] == '"' && span.End <= token.ValueText.Length)
        {
            return Location.Create(syntax.SyntaxTree, new TextSpan(token.SpanStart + 1 + span.Start, span.Length));
        }

        return value.GetLocation();
    }

    private static AttributeArgumentSyntax? Named(AttributeSyntax syntax, string name)
    {
        foreach (var argument in syntax.ArgumentList?.Arguments ?? default)
        {
            if (argument.NameEquals?.Name.Identifier.ValueText == name)
            {
                return argument;
            }
        }

        return null;
    }

    private static AttributeSyntax? Syntax(AttributeData attribute, CancellationToken cancellationToken) =>
        attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) as AttributeSyntax;

    // new[] { ... }, new string[] { ... } and collection expressions [ ... ] (which this Roslyn version has no type for).
    private static bool IsArray(ExpressionSyntax expression) =>
        expression is ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax ||
        expression.GetFirstToken().IsKind(SyntaxKind.OpenBracketToken);

    private static SyntaxNode? ElementOf(ExpressionSyntax array, int index)
    {
        var initializer = array switch
        {
            ArrayCreationExpressionSyntax creation => creation.Initializer,
            ImplicitArrayCreationExpressionSyntax creation => creation.Initializer,
            _ => null,
        };
        if (initializer is not null)
        {
            return index < initializer.Expressions.Count ? initializer.Expressions[index] : null;
        }

        // A collection expression's children are element nodes, each wrapping one expression.
        var i = 0;
        foreach (var element in array.ChildNodes())
        {
            if (i++ == index)
            {
                return element;
            }
        }

        return null;
    }
}
