using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AccessRulesAnalyzer.CodeFixes;

/// <summary>"Add owner constraint": limits an anonymous rule to the objects the visitor created in their own session.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddOwnerConstraintCodeFixProvider))]
[Shared]
public sealed class AddOwnerConstraintCodeFixProvider : DocumentFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(
        RuleIdentifiers.AnonymousWriteWithoutConstraint,
        RuleIdentifiers.AnonymousDeleteWithoutConstraint,
        RuleIdentifiers.AnonymousFileDocumentRead,
        RuleIdentifiers.AnonymousChangeNotUserScoped);

    private protected override string Title => "Add owner constraint";

    private protected override bool CanFix(SyntaxNode root, SemanticModel semanticModel, Diagnostic diagnostic, CancellationToken cancellationToken) =>
        Target(root, diagnostic) is { } target && new OwnerConstraintRewriter(semanticModel, cancellationToken).CanRewrite(target);

    private protected override SyntaxNode Fix(SyntaxNode root, SemanticModel semanticModel, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken) =>
        new OwnerConstraintRewriter(semanticModel, cancellationToken).Rewrite(root, diagnostics.Select(d => Target(root, d)).OfType<OwnerConstraintTarget>()
            // Several diagnostics (say AR0002 and AR0004) may name the same rule: rewrite it once.
            .GroupBy(target => target.Rule).Select(group => group.First()));

    private static OwnerConstraintTarget? Target(SyntaxNode root, Diagnostic diagnostic) =>
        OwnerConstraintFix.AnonymousRoles(diagnostic) is { IsEmpty: false } anonymousRoles &&
        NodeAt(root, diagnostic).FirstAncestorOrSelf<AttributeSyntax>() is { } rule
            ? new OwnerConstraintTarget(rule, anonymousRoles)
            : null;
}
