using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.FixContracts;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace AccessRulesAnalyzer.CodeFixes;

/// <summary>"Use the suggested name": replaces a misspelt path step or token inside an XPath string with the diagnostic's suggestion.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseSuggestedNameCodeFixProvider))]
[Shared]
public sealed class UseSuggestedNameCodeFixProvider : DocumentFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIdentifiers.XPathUnknownName);

    private protected override string Title => "Use the suggested name";

    // Only where the source shows the XPath's text as is: not through an escape, nor a constant declared elsewhere.
    private protected override bool CanFix(SyntaxNode root, SemanticModel semanticModel, Diagnostic diagnostic, CancellationToken cancellationToken) =>
        diagnostic.Location.SourceTree == root.SyntaxTree &&
        NameReplacementFix.Original(diagnostic) is { } original &&
        NameReplacementFix.Replacement(diagnostic) is not null &&
        diagnostic.Location.SourceSpan.End <= root.FullSpan.End &&
        root.GetText().ToString(diagnostic.Location.SourceSpan) == original;

    private protected override SyntaxNode Fix(SyntaxNode root, SemanticModel semanticModel, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var changes = diagnostics
            .GroupBy(diagnostic => diagnostic.Location.SourceSpan)
            .Select(group => new TextChange(group.Key, NameReplacementFix.Replacement(group.First())!))
            .OrderBy(change => change.Span.Start);
        return root.SyntaxTree.WithChangedText(root.GetText().WithChanges(changes)).GetRoot(cancellationToken);
    }
}
