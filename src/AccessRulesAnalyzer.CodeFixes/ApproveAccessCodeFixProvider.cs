using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.FixContracts;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace AccessRulesAnalyzer.CodeFixes;

/// <summary>"Approve this access": adds the grant's canonical line to the project's approved-access file, in order.</summary>
// Also on the approved-access file: the IDE asks only the providers that name a document kind for its diagnostics.
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ApproveAccessCodeFixProvider), DocumentKinds = [nameof(TextDocumentKind.Document), nameof(TextDocumentKind.AdditionalDocument)])]
[Shared]
public sealed class ApproveAccessCodeFixProvider : CodeFixProvider
{
    private const string Title = "Approve this access";

    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIdentifiers.UnapprovedAnonymousAccess);

    public override FixAllProvider GetFixAllProvider() =>
        new SolutionFixAllProvider("Approve the access", (solution, byDocument, cancellationToken) =>
            FixAsync(solution, byDocument.Select(item => (item.Document.Project.Id, item.Diagnostics)), cancellationToken));

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        // On a declaration in source, or in the approved-access file itself (a module library's service that needs no sign-in).
        var project = context.TextDocument.Project;
        foreach (var diagnostic in context.Diagnostics)
        {
            if (LineOf(diagnostic) is not null && ApprovedFile(project) is not null)
            {
                var work = new[] { (project.Id, ImmutableArray.Create(diagnostic)) };
                context.RegisterCodeFix(CodeAction.Create(Title, cancellationToken => FixAsync(project.Solution, work, cancellationToken), Title), diagnostic);
            }
        }

        return Task.CompletedTask;
    }

    private static string? LineOf(Diagnostic diagnostic) =>
        ApprovedLineFix.Line(diagnostic);

    private static TextDocument? ApprovedFile(Project project) =>
        project.AdditionalDocuments.FirstOrDefault(document => ApprovedAccess.IsFile(document.FilePath ?? document.Name));

    private static async Task<Solution> FixAsync(Solution solution, IEnumerable<(ProjectId Project, ImmutableArray<Diagnostic> Diagnostics)> byProject, CancellationToken cancellationToken)
    {
        foreach (var inProject in byProject.GroupBy(item => item.Project))
        {
            var file = ApprovedFile(solution.GetProject(inProject.Key)!);
            if (file is null)
            {
                continue;
            }

            var text = await file.GetTextAsync(cancellationToken).ConfigureAwait(false);
            var lines = inProject.SelectMany(item => item.Diagnostics).Select(LineOf).OfType<string>();
            solution = solution.WithAdditionalDocumentText(file.Id, WithLines(text, lines));
        }

        return solution;
    }

    /// <summary>
    /// Each new line goes before the first approved line that sorts after it (ordinal), or after the last one, so
    /// that a file in canonical order stays so; comments and blank lines stay where they are.
    /// </summary>
    private static SourceText WithLines(SourceText text, IEnumerable<string> lines)
    {
        var entries = ApprovedAccess.Parse(string.Empty, text).Entries;
        var newline = text.ToString().Contains("\r\n") ? "\r\n" : "\n";
        var before = new List<(int Position, string Line)>();
        var atEnd = new List<string>();
        foreach (var line in lines.Distinct(StringComparer.Ordinal).Where(line => !entries.Any(entry => entry.Line == line)).OrderBy(line => line, StringComparer.Ordinal))
        {
            var next = entries.FirstOrDefault(entry => string.CompareOrdinal(entry.Line, line) > 0);
            if (next.Line is not null)
            {
                before.Add((text.Lines.GetLineFromPosition(next.Span.Start).Start, line));
            }
            else
            {
                atEnd.Add(line);
            }
        }

        // Lines inserted at one position keep their order: one change per position.
        var changes = before.GroupBy(item => item.Position).Select(group => new TextChange(new TextSpan(group.Key, 0), string.Concat(group.Select(item => item.Line + newline)))).ToList();
        if (atEnd.Count > 0)
        {
            var needsNewline = text.Length > 0 && text[text.Length - 1] != '\n';
            changes.Add(new TextChange(new TextSpan(text.Length, 0), (needsNewline ? newline : string.Empty) + string.Concat(atEnd.Select(line => line + newline))));
        }

        return text.WithChanges(changes);
    }
}
