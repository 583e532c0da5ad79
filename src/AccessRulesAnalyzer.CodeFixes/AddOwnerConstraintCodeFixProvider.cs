using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.FixContracts;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AccessRulesAnalyzer.CodeFixes;

/// <summary>
/// "Add owner constraint": limits an anonymous rule to the objects the visitor created in their own session. When
/// the hierarchy does not store its owner, StoreOwner is set on its root's <c>[Entity]</c> wherever that is declared,
/// in the same solution change, so that the fix leaves no AR1007 behind.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddOwnerConstraintCodeFixProvider))]
[Shared]
public sealed class AddOwnerConstraintCodeFixProvider : CodeFixProvider
{
    private const string Title = "Add owner constraint";

    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(
        RuleIdentifiers.AnonymousWriteWithoutConstraint,
        RuleIdentifiers.AnonymousDeleteWithoutConstraint,
        RuleIdentifiers.AnonymousFileDocumentRead,
        RuleIdentifiers.AnonymousChangeNotUserScoped);

    public override FixAllProvider GetFixAllProvider() => new SolutionFixAllProvider(Title, FixAsync);

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
                var work = ImmutableArray.Create((context.Document, ImmutableArray.Create(diagnostic)));
                context.RegisterCodeFix(CodeAction.Create(Title, cancellationToken => FixAsync(context.Document.Project.Solution, work, cancellationToken), Title), diagnostic);
            }
        }
    }

    private static async Task<Solution> FixAsync(Solution solution, ImmutableArray<(Document Document, ImmutableArray<Diagnostic> Diagnostics)> byDocument, CancellationToken cancellationToken)
    {
        var storeOwner = new List<(ProjectId Project, EntityFlag Flag)>();
        foreach (var (document, diagnostics) in byDocument)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || semanticModel is null)
            {
                continue;
            }

            var rewriter = new OwnerConstraintRewriter(semanticModel, cancellationToken);
            var fixable = diagnostics
                .Select(diagnostic => (Diagnostic: diagnostic, Target: Target(root, diagnostic)))
                .Where(item => item.Target is { } target && rewriter.CanRewrite(target))
                .ToList();
            if (fixable.Count == 0)
            {
                continue;
            }

            // Several diagnostics (say AR0002 and AR0004) may name the same rule: rewrite it once.
            var targets = fixable.Select(item => item.Target!.Value).GroupBy(target => target.Rule).Select(group => group.First());
            solution = solution.WithDocumentSyntaxRoot(document.Id, rewriter.Rewrite(root, targets));
            foreach (var (diagnostic, _) in fixable)
            {
                if (OwnerConstraintFix.StoreOwnerOn(diagnostic) is { } entity)
                {
                    storeOwner.Add((document.Project.Id, new EntityFlag(entity, nameof(InheritedSetting.StoreOwner))));
                }
            }
        }

        foreach (var inProject in storeOwner.GroupBy(item => item.Project))
        {
            solution = await EntityFlagEditing.SetAsync(solution, solution.GetProject(inProject.Key)!, inProject.Select(item => item.Flag), cancellationToken).ConfigureAwait(false);
        }

        return solution;
    }

    private static OwnerConstraintTarget? Target(SyntaxNode root, Diagnostic diagnostic) =>
        OwnerConstraintFix.AnonymousRoles(diagnostic) is { IsEmpty: false } anonymousRoles &&
        diagnostic.Location.SourceTree == root.SyntaxTree &&
        root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<AttributeSyntax>() is { } rule
            ? new OwnerConstraintTarget(rule, anonymousRoles)
            : null;
}
