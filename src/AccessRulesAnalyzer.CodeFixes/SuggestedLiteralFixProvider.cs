using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using AccessRulesAnalyzer.FixContracts;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace AccessRulesAnalyzer.CodeFixes;

/// <summary>Replaces the misspelt name a diagnostic stands on, a string literal, with the one it suggests (<see cref="NameReplacementFix"/>).</summary>
public abstract class SuggestedLiteralFixProvider : DocumentFixProvider
{
    private protected override bool CanFix(SyntaxNode root, SemanticModel semanticModel, Diagnostic diagnostic, CancellationToken cancellationToken) =>
        NameLiteral(root, diagnostic) is not null && NameReplacementFix.Replacement(diagnostic) is not null;

    private protected override SyntaxNode Fix(SyntaxNode root, SemanticModel semanticModel, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var replacements = diagnostics.GroupBy(d => NameLiteral(root, d)!).ToDictionary(group => group.Key, group => NameReplacementFix.Replacement(group.First())!);
        return root.ReplaceNodes(replacements.Keys, (original, _) =>
            LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(replacements[original])).WithTriviaFrom(original));
    }

    private static LiteralExpressionSyntax? NameLiteral(SyntaxNode root, Diagnostic diagnostic) =>
        NodeAt(root, diagnostic) is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression) ? literal
        : NodeAt(root, diagnostic) is AttributeArgumentSyntax { Expression: LiteralExpressionSyntax argumentLiteral } && argumentLiteral.IsKind(SyntaxKind.StringLiteralExpression) ? argumentLiteral
        : null;
}
