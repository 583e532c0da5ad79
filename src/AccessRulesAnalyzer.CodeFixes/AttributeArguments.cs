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
        var last = arguments[arguments.Count - 1];
        var separator = arguments.SeparatorCount > 0
            ? arguments.GetSeparator(arguments.SeparatorCount - 1)
            : Token(SyntaxKind.CommaToken).WithTrailingTrivia(Space);
        var newArgument = separator.TrailingTrivia.Any(SyntaxKind.EndOfLineTrivia)
            ? argument.WithLeadingTrivia(last.GetLeadingTrivia())
            : argument;
        newArgument = newArgument.WithTrailingTrivia(last.GetTrailingTrivia());
        var nodes = arguments.Replace(last, last.WithoutTrailingTrivia()).Add(newArgument);
        var separators = arguments.GetSeparators().Concat(new[] { separator.WithLeadingTrivia() });
        return attribute.WithArgumentList(list.WithArguments(SeparatedList(nodes, separators)));
    }
}
