using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AccessRulesAnalyzer.CodeFixes;

/// <summary>
/// A fix that rewrites one document for any number of its diagnostics at once: a single fix and Fix All (document,
/// project, solution) go through the same rewrite, so fixing all gives what fixing one after another gives.
/// </summary>
public abstract class DocumentFixProvider : CodeFixProvider
{
    private protected abstract string Title { get; }

    public sealed override FixAllProvider GetFixAllProvider() =>
        FixAllProvider.Create(async (fixAllContext, document, diagnostics) =>
            await FixAsync(document, diagnostics, fixAllContext.CancellationToken).ConfigureAwait(false));

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var semanticModel = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || semanticModel is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (CanFix(root, semanticModel, diagnostic, context.CancellationToken))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(Title, cancellationToken => FixAsync(context.Document, ImmutableArray.Create(diagnostic), cancellationToken), Title),
                    diagnostic);
            }
        }
    }

    private protected abstract bool CanFix(SyntaxNode root, SemanticModel semanticModel, Diagnostic diagnostic, CancellationToken cancellationToken);

    /// <summary>The root with every fixable diagnostic of <paramref name="diagnostics"/> fixed; the others are left alone.</summary>
    private protected abstract SyntaxNode Fix(SyntaxNode root, SemanticModel semanticModel, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken);

    private protected static SyntaxNode NodeAt(SyntaxNode root, Diagnostic diagnostic) =>
        root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);

    private async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        return root is null || semanticModel is null
            ? document
            : document.WithSyntaxRoot(Fix(root, semanticModel, diagnostics.RemoveAll(d => !CanFix(root, semanticModel, d, cancellationToken)), cancellationToken));
    }
}
