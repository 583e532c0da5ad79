using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AccessRulesAnalyzer.CodeFixes;

/// <summary>"List the members": replaces AllMembers with the members the entity has today.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ListMembersCodeFixProvider))]
[Shared]
public sealed class ListMembersCodeFixProvider : DocumentFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIdentifiers.AllMembersCoversFutureMembers);

    private protected override string Title => "List the members";

    private protected override bool CanFix(SyntaxNode root, SemanticModel semanticModel, Diagnostic diagnostic, CancellationToken cancellationToken) =>
        Target(root, semanticModel, diagnostic, cancellationToken) is not null;

    private protected override SyntaxNode Fix(SyntaxNode root, SemanticModel semanticModel, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var targets = diagnostics.Select(d => Target(root, semanticModel, d, cancellationToken)!.Value).GroupBy(t => t.Rule).ToDictionary(g => g.Key, g => g.First());
        return root.ReplaceNodes(targets.Keys, (original, _) =>
        {
            var (_, rule, entity) = targets[original];
            // Except only qualifies AllMembers: both go, and the members it left out stay out.
            var attribute = original.RemoveNodes(
                new SyntaxNode?[] { AttributeArguments.Named(original, AnnotationNames.AccessRuleAttribute.AllMembers), AttributeArguments.Named(original, AnnotationNames.AccessRuleAttribute.Except) }.OfType<SyntaxNode>(),
                SyntaxRemoveOptions.KeepNoTrivia)!;

            // Write stays with the members that can be written; calculated and auto-number members get Read (AR1004).
            var listed = rule.Read.Concat(rule.ReadWrite).Select(member => member.Value).ToImmutableHashSet();
            var covered = entity.GrantableMembers.Where(rule.AllMembersCover).ToList();
            var written = rule.AllMembers == MemberAccess.ReadWrite
                ? covered.Where(m => !m.IsComputed && !rule.ReadWrite.Any(e => e.Value == m.Name)).Select(m => m.Name).ToList()
                : new System.Collections.Generic.List<string>();
            var read = covered.Select(m => m.Name).Where(name => !listed.Contains(name) && !written.Contains(name)).ToList();
            if (written.Count > 0)
            {
                attribute = AttributeArguments.SetNamed(attribute, AnnotationNames.AccessRuleAttribute.ReadWrite, AttributeArguments.Append(AttributeArguments.Named(attribute, AnnotationNames.AccessRuleAttribute.ReadWrite)?.Expression, written.Select(NameOf).ToList(), root));
            }

            if (read.Count > 0)
            {
                attribute = AttributeArguments.SetNamed(attribute, AnnotationNames.AccessRuleAttribute.Read, AttributeArguments.Append(AttributeArguments.Named(attribute, AnnotationNames.AccessRuleAttribute.Read)?.Expression, read.Select(NameOf).ToList(), root));
            }

            return attribute;
        });
    }

    private static string NameOf(string member) => "nameof(" + member + ")";

    /// <summary>The [AccessRule] with AllMembers, the rule as modelled, and its entity.</summary>
    private static (AttributeSyntax Rule, AccessRule Model, EntityModel Entity)? Target(SyntaxNode root, SemanticModel semanticModel, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (NodeAt(root, diagnostic).FirstAncestorOrSelf<AttributeSyntax>() is not { } attribute ||
            attribute.FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } type ||
            semanticModel.GetDeclaredSymbol(type, cancellationToken) is not INamedTypeSymbol symbol ||
            SecurityModel.For(semanticModel.Compilation)?.GetEntity(symbol) is not { } entity)
        {
            return null;
        }

        var rule = entity.Rules.FirstOrDefault(r => r.Declaration.ApplicationSyntaxReference?.Span == attribute.Span && r.Declaration.ApplicationSyntaxReference.SyntaxTree == attribute.SyntaxTree);
        return rule is null || rule.AllMembers == MemberAccess.None ? null : (attribute, rule, entity);
    }
}
