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

/// <summary>
/// "Remove the member name": takes a System.User member that a specialization's rule cannot grant out of Read,
/// ReadWrite or Except (AR1034), and a member the page's roles cannot read out of the <c>[Shows]</c> that displays it
/// (AR1027: the other way, granting read, would widen access, which is for the user to decide).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveMemberNameCodeFixProvider))]
[Shared]
public sealed class RemoveMemberNameCodeFixProvider : DocumentFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIdentifiers.SystemUserMemberInRule, RuleIdentifiers.PageShowsUnreadableMember);

    private protected override string Title => "Remove the member name";

    private protected override bool CanFix(SyntaxNode root, SemanticModel semanticModel, Diagnostic diagnostic, CancellationToken cancellationToken) =>
        Element(root, diagnostic) is not null;

    private protected override SyntaxNode Fix(SyntaxNode root, SemanticModel semanticModel, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        // One rewrite per attribute, whatever number of its names go.
        var byRule = diagnostics.Select(d => Element(root, d)!.Value).GroupBy(e => e.Rule).ToDictionary(g => g.Key, g => g.Select(e => e.Element).Distinct().ToList());
        return root.ReplaceNodes(byRule.Keys, (original, _) => AttributeArguments.RemoveElements(original, byRule[original]));
    }

    /// <summary>The element of a rule's Read, ReadWrite or Except, or a widget's Members, the diagnostic is on, and its attribute.</summary>
    private static (AttributeSyntax Rule, SyntaxNode Element)? Element(SyntaxNode root, Diagnostic diagnostic) =>
        AttributeArguments.ElementAt(
            NodeAt(root, diagnostic),
            diagnostic.Id == RuleIdentifiers.PageShowsUnreadableMember
                ? [AnnotationNames.ShowsAttribute.Members]
                : [AnnotationNames.AccessRuleAttribute.Read, AnnotationNames.AccessRuleAttribute.ReadWrite, AnnotationNames.AccessRuleAttribute.Except]) is { } found
            ? (found.Attribute, found.Element)
            : null;
}
