using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.FixContracts;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace AccessRulesAnalyzer.CodeFixes;

/// <summary>"Give it the default length": turns the property's <c>[MaxLength]</c> into <c>[MaxLength(200)]</c>, the platform's default length.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(LimitStringLengthCodeFixProvider))]
[Shared]
public sealed class LimitStringLengthCodeFixProvider : DocumentFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIdentifiers.AnonymousUnlimitedString);

    private protected override string Title => "Give it the default length, [MaxLength(200)]";

    // Offered where the property and its [MaxLength] are in this document.
    private protected override bool CanFix(SyntaxNode root, SemanticModel semanticModel, Diagnostic diagnostic, CancellationToken cancellationToken) =>
        MaxLength(root, semanticModel, diagnostic) is not null;

    private protected override SyntaxNode Fix(SyntaxNode root, SemanticModel semanticModel, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var attributes = diagnostics.Select(diagnostic => MaxLength(root, semanticModel, diagnostic)!).Distinct().ToList();
        return root.ReplaceNodes(attributes, (original, _) => original.WithArgumentList(
            AttributeArgumentList(SingletonSeparatedList(AttributeArgument(LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(MaxLengthFix.DefaultLength)))))));
    }

    /// <summary>The length-less <c>[MaxLength]</c> of the property the diagnostic names, in this document.</summary>
    private static AttributeSyntax? MaxLength(SyntaxNode root, SemanticModel semanticModel, Diagnostic diagnostic)
    {
        if (MaxLengthFix.Property(diagnostic) is not { } id ||
            DocumentationCommentId.GetFirstSymbolForDeclarationId(id, semanticModel.Compilation) is not IPropertySymbol property)
        {
            return null;
        }

        // The attribute the model read as unlimited, however it is spelt (an alias, the full name, with "Attribute").
        return property.GetAttributes()
            .Where(EntityMember.GivesUnlimitedLength)
            .Select(attribute => attribute.ApplicationSyntaxReference)
            .Where(reference => reference is not null && reference.SyntaxTree == root.SyntaxTree)
            .Select(reference => root.FindNode(reference!.Span, getInnermostNodeForTie: true).FirstAncestorOrSelf<AttributeSyntax>())
            .FirstOrDefault(attribute => attribute is not null);
    }
}
