using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace AccessRulesAnalyzer.CodeFixes;

/// <summary>Edits of attribute argument lists that keep the user's layout: new arguments follow the style of the last one.</summary>
internal static class AttributeArguments
{
    public static AttributeArgumentSyntax? Named(AttributeSyntax attribute, string name) =>
        attribute.ArgumentList?.Arguments.FirstOrDefault(argument => argument.NameEquals?.Name.Identifier.ValueText == name);

    public static bool IsPositional(AttributeArgumentSyntax argument) => argument.NameEquals is null && argument.NameColon is null;

    /// <summary>Sets <c>name = value</c>: replaces the value of an existing argument, or appends the argument.</summary>
    public static AttributeSyntax SetNamed(AttributeSyntax attribute, string name, ExpressionSyntax value)
    {
        if (Named(attribute, name) is { } existing)
        {
            return attribute.ReplaceNode(existing.Expression, value.WithTriviaFrom(existing.Expression));
        }

        var argument = AttributeArgument(
            NameEquals(IdentifierName(name).WithTrailingTrivia(Space), Token(SyntaxKind.EqualsToken).WithTrailingTrivia(Space)),
            null,
            value);
        return Append(attribute, argument);
    }

    private static AttributeSyntax Append(AttributeSyntax attribute, AttributeArgumentSyntax argument)
    {
        var list = attribute.ArgumentList ?? AttributeArgumentList();
        var arguments = list.Arguments;
        if (arguments.Count == 0)
        {
            return attribute.WithArgumentList(list.WithArguments(SingletonSeparatedList(argument)));
        }

        // A multi-line list keeps one argument a line: the new one copies the last one's indentation,
        // and the last one's trailing trivia (say, the line break before ')') moves after the new one.
        // (Comments after the last separator belong to the argument before it and stay there.)
        var last = arguments[arguments.Count - 1];
        var lineBreak = arguments.SeparatorCount > 0
            ? arguments.GetSeparator(arguments.SeparatorCount - 1).TrailingTrivia.FirstOrDefault(trivia => trivia.IsKind(SyntaxKind.EndOfLineTrivia))
            : default;
        var multiLine = lineBreak.IsKind(SyntaxKind.EndOfLineTrivia);
        var separator = Token(SyntaxKind.CommaToken).WithTrailingTrivia(multiLine ? lineBreak : Space);
        var newArgument = (multiLine ? argument.WithLeadingTrivia(last.GetLeadingTrivia()) : argument).WithTrailingTrivia(last.GetTrailingTrivia());
        var nodes = arguments.Replace(last, last.WithoutTrailingTrivia()).Add(newArgument);
        var separators = arguments.GetSeparators().Concat(new[] { separator });
        return attribute.WithArgumentList(list.WithArguments(SeparatedList(nodes, separators)));
    }

    /// <summary>The elements of an array argument: <c>new[] { ... }</c>, <c>new T[] { ... }</c> or a collection expression <c>[ ... ]</c>.</summary>
    public static SyntaxNode[] Elements(ExpressionSyntax array) => array switch
    {
        ArrayCreationExpressionSyntax { Initializer: { } initializer } => initializer.Expressions.ToArray<SyntaxNode>(),
        ImplicitArrayCreationExpressionSyntax creation => creation.Initializer.Expressions.ToArray<SyntaxNode>(),
        _ when array.GetFirstToken().IsKind(SyntaxKind.OpenBracketToken) => array.ChildNodes().ToArray(),
        _ => System.Array.Empty<SyntaxNode>(),
    };

    /// <summary>
    /// <paramref name="array"/> with <paramref name="elements"/> appended, in its own syntax. When there is none, a new
    /// array in the file's style: a collection expression <c>[ ... ]</c> where the file already writes them (so the
    /// language version allows them), <c>new[] { ... }</c> otherwise, which reads in every version. Collection
    /// expressions have no factory in the Roslyn version the fixes are built against, so the text is composed and parsed.
    /// </summary>
    public static ExpressionSyntax Append(ExpressionSyntax? array, System.Collections.Generic.IReadOnlyList<string> elements, SyntaxNode root)
    {
        // An array without an initializer to extend (null, new string[0]) is replaced, as a missing one is written.
        if (array is null || !HasInitializer(array))
        {
            return ParseExpression(UsesCollectionExpressions(root)
                ? "[" + string.Join(", ", elements) + "]"
                : "new[] { " + string.Join(", ", elements) + " }");
        }

        var text = array.WithoutTrivia().ToFullString();
        var close = text.LastIndexOfAny(new[] { ']', '}' });
        if (close < 0 || elements.Count == 0)
        {
            // Half-typed: an initializer whose closing bracket is still missing.
            return array;
        }

        var before = text.Substring(0, close).TrimEnd();
        var separator = Elements(array).Length > 0 ? ", " : (before.EndsWith("{", System.StringComparison.Ordinal) ? " " : string.Empty);
        var after = before.EndsWith("{", System.StringComparison.Ordinal) || Elements(array).Length > 0 && text[close] == '}' ? " " : string.Empty;
        return ParseExpression(before + separator + string.Join(", ", elements) + after + text.Substring(close)).WithTriviaFrom(array);
    }

    private static bool HasInitializer(ExpressionSyntax array) =>
        array is ArrayCreationExpressionSyntax { Initializer: not null } or ImplicitArrayCreationExpressionSyntax ||
        array.GetFirstToken().IsKind(SyntaxKind.OpenBracketToken);

    /// <summary>
    /// <paramref name="rule"/> without <paramref name="elements"/> (elements of its array arguments); an argument
    /// they would leave empty goes whole.
    /// </summary>
    public static AttributeSyntax RemoveElements(AttributeSyntax rule, System.Collections.Generic.IReadOnlyCollection<SyntaxNode> elements)
    {
        var emptied = rule.ArgumentList!.Arguments
            .Where(argument => Elements(argument.Expression) is { Length: > 0 } all && all.All(elements.Contains))
            .ToList();
        var removed = emptied.Concat<SyntaxNode>(elements.Where(element => !emptied.Any(argument => argument.Span.Contains(element.Span))));
        var remaining = rule.RemoveNodes(removed, SyntaxRemoveOptions.KeepNoTrivia)!;

        // Removing the last element takes the space before '}' with it: '{ a, b }' would become '{ a}'.
        var unbalanced = remaining.DescendantNodes().OfType<InitializerExpressionSyntax>()
            .Where(initializer => initializer.Expressions.Count > 0 && initializer.OpenBraceToken.TrailingTrivia.Any(SyntaxKind.WhitespaceTrivia) &&
                !initializer.Expressions.GetWithSeparators().Last().HasTrailingTrivia && !initializer.CloseBraceToken.HasLeadingTrivia)
            .ToList();
        return remaining.ReplaceNodes(unbalanced, (_, initializer) =>
            initializer.WithCloseBraceToken(initializer.CloseBraceToken.WithLeadingTrivia(Space)));
    }

    // A collection expression is an expression whose first token is '[' (attribute lists and list patterns are not
    // expressions). Its syntax kind is newer than the Roslyn the fixes build against, hence the token test.
    private static bool UsesCollectionExpressions(SyntaxNode root) =>
        root.SyntaxTree.Options is CSharpParseOptions { LanguageVersion: >= (LanguageVersion)1200 } &&
        root.DescendantNodes().OfType<ExpressionSyntax>().Any(expression =>
            expression.GetFirstToken().IsKind(SyntaxKind.OpenBracketToken) && expression is not ImplicitElementAccessSyntax);

    /// <summary>
    /// The array element <paramref name="node"/> (a diagnostic's node) stands in, the attribute it belongs to, and the
    /// named argument that holds it; null when the node is in none of the <paramref name="arguments"/>.
    /// </summary>
    public static (AttributeSyntax Attribute, string Argument, SyntaxNode Element)? ElementAt(SyntaxNode node, params string[] arguments)
    {
        if (node.FirstAncestorOrSelf<AttributeArgumentSyntax>() is not { NameEquals.Name.Identifier.ValueText: var name } argument ||
            !arguments.Contains(name) || argument.Parent?.Parent is not AttributeSyntax attribute)
        {
            return null;
        }

        var element = Elements(argument.Expression).FirstOrDefault(e => e.Span.Contains(node.Span));
        return element is null ? null : (attribute, name, element);
    }
}
