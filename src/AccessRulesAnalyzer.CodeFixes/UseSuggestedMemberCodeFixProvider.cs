using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.FixContracts;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.CodeFixes;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace AccessRulesAnalyzer.CodeFixes;

/// <summary>"Use the member": replaces a misspelt member name in Read, ReadWrite or Except with <c>nameof</c> of the member the diagnostic suggests.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseSuggestedMemberCodeFixProvider))]
[Shared]
public sealed class UseSuggestedMemberCodeFixProvider : DocumentFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIdentifiers.UnknownMember);

    private protected override string Title => "Use the suggested member";

    // Only a string literal that still says what the diagnostic saw: a constant declared elsewhere is left alone.
    private protected override bool CanFix(SyntaxNode root, SemanticModel semanticModel, Diagnostic diagnostic, CancellationToken cancellationToken) =>
        MemberLiteral(root, diagnostic) is not null && NameReplacementFix.Replacement(diagnostic) is not null;

    private protected override SyntaxNode Fix(SyntaxNode root, SemanticModel semanticModel, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var replacements = diagnostics.GroupBy(d => MemberLiteral(root, d)!).ToDictionary(group => group.Key, group => NameReplacementFix.Replacement(group.First())!);
        // nameof lets the compiler check the name from now on, and a rename carry it along.
        return root.ReplaceNodes(replacements.Keys, (original, _) =>
            InvocationExpression(IdentifierName("nameof"), ArgumentList(SingletonSeparatedList(Argument(IdentifierName(replacements[original]))))).WithTriviaFrom(original));
    }

    private static LiteralExpressionSyntax? MemberLiteral(SyntaxNode root, Diagnostic diagnostic) =>
        NodeAt(root, diagnostic) is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression) &&
        NameReplacementFix.Original(diagnostic) is { } original && literal.Token.ValueText == original
            ? literal
            : null;
}
