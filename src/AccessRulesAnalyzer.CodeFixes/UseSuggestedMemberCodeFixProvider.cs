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

/// <summary>"Use the member": replaces a misspelt member name (an access rule's Read, ReadWrite or Except; a flow's, widget's or service's members) with <c>nameof</c> of the member the diagnostic suggests.</summary>
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
            InvocationExpression(IdentifierName("nameof"), ArgumentList(SingletonSeparatedList(Argument(MemberName(original, replacements[original]))))).WithTriviaFrom(original));
    }

    // In an access rule the member is in scope (the attribute is on its entity); a flow's, page's or service's attribute
    // names the entity with typeof as its first argument, and nameof reaches the member through it.
    private static ExpressionSyntax MemberName(LiteralExpressionSyntax literal, string member) =>
        literal.FirstAncestorOrSelf<AttributeSyntax>()?.ArgumentList?.Arguments.FirstOrDefault() is { NameEquals: null, NameColon: null, Expression: TypeOfExpressionSyntax { Type: NameSyntax entity } }
            // Parsed, so that a qualified entity name is the member access chain the compiler would read.
            ? ParseExpression(entity.WithoutTrivia().ToString() + "." + member)
            : IdentifierName(member);

    private static LiteralExpressionSyntax? MemberLiteral(SyntaxNode root, Diagnostic diagnostic) =>
        NodeAt(root, diagnostic) is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression) &&
        NameReplacementFix.Original(diagnostic) is { } original && literal.Token.ValueText == original
            ? literal
            : null;
}
