using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AccessRulesAnalyzer.CodeFixes;

/// <summary>
/// Fix All for fixes that edit more than the diagnostic's document (an <c>[Entity]</c> in another partial declaration
/// or document): every diagnostic of the scope, by document, goes to one solution change, so that each attribute is
/// edited once and fixing all gives what fixing one after another gives.
/// </summary>
internal sealed class SolutionFixAllProvider : FixAllProvider
{
    private readonly string _title;
    private readonly Func<Solution, ImmutableArray<(Document Document, ImmutableArray<Diagnostic> Diagnostics)>, CancellationToken, Task<Solution>> _fix;

    public SolutionFixAllProvider(string title, Func<Solution, ImmutableArray<(Document Document, ImmutableArray<Diagnostic> Diagnostics)>, CancellationToken, Task<Solution>> fix)
    {
        _title = title;
        _fix = fix;
    }

    public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
    {
        var documents = fixAllContext.Scope switch
        {
            FixAllScope.Project => fixAllContext.Project.Documents.ToArray(),
            FixAllScope.Solution => fixAllContext.Solution.Projects.SelectMany(project => project.Documents).ToArray(),
            _ when fixAllContext.Document is { } document => new[] { document },
            _ => Array.Empty<Document>(),
        };

        var byDocument = ImmutableArray.CreateBuilder<(Document, ImmutableArray<Diagnostic>)>();
        foreach (var document in documents)
        {
            var diagnostics = await fixAllContext.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false);
            if (!diagnostics.IsEmpty)
            {
                byDocument.Add((document, diagnostics));
            }
        }

        var work = byDocument.ToImmutable();
        return work.IsEmpty
            ? null
            : CodeAction.Create(_title, cancellationToken => _fix(fixAllContext.Solution, work, cancellationToken), fixAllContext.CodeActionEquivalenceKey);
    }
}
