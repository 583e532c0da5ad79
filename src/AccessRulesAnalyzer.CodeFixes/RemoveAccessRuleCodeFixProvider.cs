using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using AccessRulesAnalyzer.Driver;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AccessRulesAnalyzer.CodeFixes;

/// <summary>"Remove the access rule": deletes a rule that grants nothing new (AR1022) or repeats another (AR1023).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveAccessRuleCodeFixProvider))]
[Shared]
public sealed class RemoveAccessRuleCodeFixProvider : DocumentFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIdentifiers.RedundantAccessRule, RuleIdentifiers.DuplicateAccessRule);

    private protected override string Title => "Remove the access rule";

    private protected override bool CanFix(SyntaxNode root, SemanticModel semanticModel, Diagnostic diagnostic, CancellationToken cancellationToken) =>
        Rule(root, diagnostic) is not null;

    private protected override SyntaxNode Fix(SyntaxNode root, SemanticModel semanticModel, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var rules = diagnostics.Select(diagnostic => Rule(root, diagnostic)!).Distinct().ToList();
        // A list left without attributes goes too, line and all; a list with others keeps them.
        var nodes = rules.Select(rule => (SyntaxNode)(rule.Parent is AttributeListSyntax list && list.Attributes.All(rules.Contains) ? list : rule)).Distinct();
        return root.RemoveNodes(nodes, SyntaxRemoveOptions.KeepNoTrivia)!;
    }

    private static AttributeSyntax? Rule(SyntaxNode root, Diagnostic diagnostic) =>
        NodeAt(root, diagnostic).FirstAncestorOrSelf<AttributeSyntax>();
}
