using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AccessRulesAnalyzer.CodeFixes;

/// <summary>"Add owner constraint": limits an anonymous rule to the objects the visitor created in their own session.</summary>
[ExportCodeFixProvider(Microsoft.CodeAnalysis.LanguageNames.CSharp, Name = nameof(AddOwnerConstraintCodeFixProvider))]
[Shared]
public sealed class AddOwnerConstraintCodeFixProvider : CodeFixProvider
{
    private const string Title = "Add owner constraint";

    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIdentifiers.AnonymousWriteWithoutConstraint);

    public override FixAllProvider GetFixAllProvider() =>
        FixAllProvider.Create(async (fixAllContext, document, diagnostics) =>
            await FixAsync(document, diagnostics, fixAllContext.CancellationToken).ConfigureAwait(false));

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var semanticModel = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || semanticModel is null)
        {
            return;
        }

        var rewriter = new OwnerConstraintRewriter(semanticModel, context.CancellationToken);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (Target(root, diagnostic) is { } target && rewriter.CanRewrite(target))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(Title, cancellationToken => FixAsync(context.Document, ImmutableArray.Create(diagnostic), cancellationToken), Title),
                    diagnostic);
            }
        }
    }

    private static async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || semanticModel is null)
        {
            return document;
        }

        var targets = diagnostics.Select(diagnostic => Target(root, diagnostic)).OfType<OwnerConstraintTarget>();
        return document.WithSyntaxRoot(new OwnerConstraintRewriter(semanticModel, cancellationToken).Rewrite(root, targets));
    }

    private static OwnerConstraintTarget? Target(SyntaxNode root, Diagnostic diagnostic) =>
        OwnerConstraintFix.AnonymousRoles(diagnostic) is { IsEmpty: false } anonymousRoles &&
        root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<AttributeSyntax>() is { } rule
            ? new OwnerConstraintTarget(rule, anonymousRoles)
            : null;
}
