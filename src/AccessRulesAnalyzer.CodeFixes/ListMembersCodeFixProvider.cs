using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.FixContracts;
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
        Target(root, diagnostic) is not null;

    private protected override SyntaxNode Fix(SyntaxNode root, SemanticModel semanticModel, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var targets = diagnostics.Select(d => Target(root, d)!.Value).GroupBy(t => t.Rule).ToDictionary(g => g.Key, g => g.First());
        return root.ReplaceNodes(targets.Keys, (original, _) =>
        {
            var (_, written, read) = targets[original];
            // Except only qualifies AllMembers: both go, and the members it left out stay out.
            var attribute = original.RemoveNodes(
                new SyntaxNode?[] { AttributeArguments.Named(original, AnnotationNames.AccessRuleAttribute.AllMembers), AttributeArguments.Named(original, AnnotationNames.AccessRuleAttribute.Except) }.OfType<SyntaxNode>(),
                SyntaxRemoveOptions.KeepNoTrivia)!;
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

    /// <summary>The [AccessRule] the diagnostic is on, and the members its listing adds to ReadWrite and to Read (<see cref="MemberListFix"/>).</summary>
    private static (AttributeSyntax Rule, IReadOnlyList<string> Write, IReadOnlyList<string> Read)? Target(SyntaxNode root, Diagnostic diagnostic) =>
        NodeAt(root, diagnostic).FirstAncestorOrSelf<AttributeSyntax>() is { } attribute && MemberListFix.Of(diagnostic) is { } listing
            ? (attribute, listing.Write, listing.Read)
            : null;
}
