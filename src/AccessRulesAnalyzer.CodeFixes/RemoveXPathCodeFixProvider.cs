using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AccessRulesAnalyzer.CodeFixes;

/// <summary>"Remove the XPath constraint" of a rule on a non-persistable entity, where it cannot apply.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveXPathCodeFixProvider))]
[Shared]
public sealed class RemoveXPathCodeFixProvider : DocumentFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIdentifiers.XPathOnNonPersistableEntity);

    private protected override string Title => "Remove the XPath constraint";

    private protected override bool CanFix(SyntaxNode root, SemanticModel semanticModel, Diagnostic diagnostic, CancellationToken cancellationToken) =>
        XPathArgument(root, diagnostic) is not null;

    private protected override SyntaxNode Fix(SyntaxNode root, SemanticModel semanticModel, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken) =>
        root.RemoveNodes(diagnostics.Select(d => XPathArgument(root, d)!).Distinct(), SyntaxRemoveOptions.KeepNoTrivia)!;

    private static AttributeArgumentSyntax? XPathArgument(SyntaxNode root, Diagnostic diagnostic) =>
        NodeAt(root, diagnostic).FirstAncestorOrSelf<AttributeArgumentSyntax>() is { NameEquals.Name.Identifier.ValueText: "XPath" } argument ? argument : null;
}
