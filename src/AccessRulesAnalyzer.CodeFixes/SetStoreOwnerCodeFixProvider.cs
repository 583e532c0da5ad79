using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AccessRulesAnalyzer.CodeFixes;

/// <summary>"Store the owner": sets <c>StoreOwner = true</c> on the entity whose constraint uses System.owner.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SetStoreOwnerCodeFixProvider))]
[Shared]
public sealed class SetStoreOwnerCodeFixProvider : DocumentFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIdentifiers.OwnerWithoutStoreOwner);

    private protected override string Title => "Set StoreOwner = true";

    private protected override bool CanFix(SyntaxNode root, SemanticModel semanticModel, Diagnostic diagnostic, CancellationToken cancellationToken) =>
        EntityOf(root, semanticModel, diagnostic, cancellationToken) is not null;

    private protected override SyntaxNode Fix(SyntaxNode root, SemanticModel semanticModel, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var entities = diagnostics.Select(d => EntityOf(root, semanticModel, d, cancellationToken)!).Distinct();
        return root.ReplaceNodes(entities, (_, entity) => EntityAttributeEditing.WithStoreOwner(entity));
    }

    private static AttributeSyntax? EntityOf(SyntaxNode root, SemanticModel semanticModel, Diagnostic diagnostic, CancellationToken cancellationToken) =>
        NodeAt(root, diagnostic).FirstAncestorOrSelf<TypeDeclarationSyntax>() is { } type
            ? EntityAttributeEditing.Find(type, semanticModel, cancellationToken)
            : null;
}
