using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AccessRulesAnalyzer.CodeFixes;

/// <summary>Removes the named attribute argument a diagnostic is reported on, when it is one the fix is for.</summary>
public abstract class RemoveNamedArgumentFixProvider : DocumentFixProvider
{
    private protected abstract bool Removes(string argumentName);

    private protected override bool CanFix(SyntaxNode root, SemanticModel semanticModel, Diagnostic diagnostic, CancellationToken cancellationToken) =>
        Argument(root, diagnostic) is not null;

    private protected override SyntaxNode Fix(SyntaxNode root, SemanticModel semanticModel, System.Collections.Immutable.ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken) =>
        root.RemoveNodes(diagnostics.Select(d => Argument(root, d)!).Distinct(), SyntaxRemoveOptions.KeepNoTrivia)!;

    private AttributeArgumentSyntax? Argument(SyntaxNode root, Diagnostic diagnostic) =>
        NodeAt(root, diagnostic).FirstAncestorOrSelf<AttributeArgumentSyntax>() is { NameEquals.Name.Identifier.ValueText: { } name } argument && Removes(name)
            ? argument
            : null;
}
