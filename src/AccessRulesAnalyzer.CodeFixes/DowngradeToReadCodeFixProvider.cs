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

/// <summary>"Grant Read instead": moves a calculated or auto-number member from ReadWrite to Read.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DowngradeToReadCodeFixProvider))]
[Shared]
public sealed class DowngradeToReadCodeFixProvider : DocumentFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIdentifiers.WriteOnComputedMember);

    private protected override string Title => "Grant Read instead";

    private protected override bool CanFix(SyntaxNode root, SemanticModel semanticModel, Diagnostic diagnostic, CancellationToken cancellationToken) =>
        Element(root, diagnostic) is not null;

    private protected override SyntaxNode Fix(SyntaxNode root, SemanticModel semanticModel, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        // One rewrite per rule, whatever number of its members move.
        var byRule = diagnostics.Select(d => Element(root, d)!.Value).GroupBy(e => e.Rule).ToDictionary(g => g.Key, g => g.Select(e => e.Element).Distinct().ToList());
        return root.ReplaceNodes(byRule.Keys, (original, _) =>
        {
            var moved = byRule[original];
            var read = AttributeArguments.Append(AttributeArguments.Named(original, AnnotationNames.AccessRuleAttribute.Read)?.Expression, moved.Select(m => m.ToString()).ToList(), root);
            return AttributeArguments.SetNamed(AttributeArguments.RemoveElements(original, moved), AnnotationNames.AccessRuleAttribute.Read, read);
        });
    }

    /// <summary>The element of ReadWrite the diagnostic is on, and its rule.</summary>
    private static (AttributeSyntax Rule, SyntaxNode Element)? Element(SyntaxNode root, Diagnostic diagnostic) =>
        AttributeArguments.ElementAt(NodeAt(root, diagnostic), AnnotationNames.AccessRuleAttribute.ReadWrite) is { } found ? (found.Attribute, found.Element) : null;
}
