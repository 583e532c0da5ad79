using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.FixContracts;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.CodeFixes;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace AccessRulesAnalyzer.CodeFixes;

/// <summary>"Use the declared module role": replaces a misspelt role with the one the diagnostic suggests.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseSuggestedModuleRoleCodeFixProvider))]
[Shared]
public sealed class UseSuggestedModuleRoleCodeFixProvider : DocumentFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIdentifiers.UnknownModuleRole);

    private protected override string Title => "Use the declared module role";

    private protected override bool CanFix(SyntaxNode root, SemanticModel semanticModel, Diagnostic diagnostic, CancellationToken cancellationToken) =>
        RoleLiteral(root, diagnostic) is not null && NameReplacementFix.Replacement(diagnostic) is not null;

    private protected override SyntaxNode Fix(SyntaxNode root, SemanticModel semanticModel, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var replacements = diagnostics.GroupBy(d => RoleLiteral(root, d)!).ToDictionary(group => group.Key, group => NameReplacementFix.Replacement(group.First())!);
        return root.ReplaceNodes(replacements.Keys, (original, _) =>
            LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(replacements[original])).WithTriviaFrom(original));
    }

    private static LiteralExpressionSyntax? RoleLiteral(SyntaxNode root, Diagnostic diagnostic) =>
        NodeAt(root, diagnostic) is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression) ? literal
        : NodeAt(root, diagnostic) is AttributeArgumentSyntax { Expression: LiteralExpressionSyntax argumentLiteral } && argumentLiteral.IsKind(SyntaxKind.StringLiteralExpression) ? argumentLiteral
        : null;
}
