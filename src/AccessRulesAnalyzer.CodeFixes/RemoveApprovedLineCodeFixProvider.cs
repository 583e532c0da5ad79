using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AccessRulesAnalyzer.Driver;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace AccessRulesAnalyzer.CodeFixes;

/// <summary>"Remove the stale approval": deletes an approved-access line that no rule grants any more (AR3002), in the additional file.</summary>
// Also on the approved-access file: the IDE asks only the providers that name a document kind for its diagnostics.
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveApprovedLineCodeFixProvider), DocumentKinds = [nameof(TextDocumentKind.Document), nameof(TextDocumentKind.AdditionalDocument)])]
[Shared]
public sealed class RemoveApprovedLineCodeFixProvider : CodeFixProvider
{
    private const string Title = "Remove the stale approval";

    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIdentifiers.ApprovedAccessNoLongerGranted);

    public override FixAllProvider GetFixAllProvider() => StaleApprovalsFixAllProvider.Instance;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            context.RegisterCodeFix(
                CodeAction.Create(Title, cancellationToken => RemoveAsync(context.TextDocument, diagnostic.Location.SourceSpan, cancellationToken), Title),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    private static Task<Solution> RemoveAsync(TextDocument file, TextSpan span, CancellationToken cancellationToken) =>
        RemoveAsync(file.Project.Solution, file, new[] { span }, cancellationToken);

    private static async Task<Solution> RemoveAsync(Solution solution, TextDocument file, System.Collections.Generic.IEnumerable<TextSpan> spans, CancellationToken cancellationToken)
    {
        var text = await file.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var lines = spans.Select(span => text.Lines.GetLineFromPosition(span.Start).SpanIncludingLineBreak).Distinct();
        return solution.WithAdditionalDocumentText(file.Id, text.WithChanges(lines.Select(line => new TextChange(line, string.Empty))));
    }

    /// <summary>Fix All: every stale line of the approved-access files in scope, in one change per file.</summary>
    private sealed class StaleApprovalsFixAllProvider : FixAllProvider
    {
        public static readonly StaleApprovalsFixAllProvider Instance = new();

        public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
        {
            var projects = fixAllContext.Scope == FixAllScope.Solution ? fixAllContext.Solution.Projects.ToArray() : new[] { fixAllContext.Project };
            var stale = new System.Collections.Generic.List<(TextDocument File, TextSpan Span)>();
            foreach (var project in projects)
            {
                foreach (var diagnostic in await fixAllContext.GetAllDiagnosticsAsync(project).ConfigureAwait(false))
                {
                    if (diagnostic.Id == RuleIdentifiers.ApprovedAccessNoLongerGranted &&
                        project.AdditionalDocuments.FirstOrDefault(document => document.FilePath == diagnostic.Location.GetLineSpan().Path) is { } file)
                    {
                        stale.Add((file, diagnostic.Location.SourceSpan));
                    }
                }
            }

            return stale.Count == 0
                ? null
                : CodeAction.Create(
                    "Remove the stale approvals",
                    async cancellationToken =>
                    {
                        var solution = fixAllContext.Solution;
                        foreach (var inFile in stale.GroupBy(item => item.File.Id))
                        {
                            solution = await RemoveAsync(solution, inFile.First().File, inFile.Select(item => item.Span), cancellationToken).ConfigureAwait(false);
                        }

                        return solution;
                    },
                    fixAllContext.CodeActionEquivalenceKey);
        }
    }
}
