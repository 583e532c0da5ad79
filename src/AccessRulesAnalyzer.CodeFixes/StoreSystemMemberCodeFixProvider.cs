using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using AccessRulesAnalyzer.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AccessRulesAnalyzer.CodeFixes;

/// <summary>"Set StoreOwner = true" (or the flag of the system member used): on the [Entity] of the hierarchy's root, wherever it is declared.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(StoreSystemMemberCodeFixProvider))]
[Shared]
public sealed class StoreSystemMemberCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIdentifiers.SystemMemberNotStored);

    public override FixAllProvider GetFixAllProvider() => EntityFlagFixAllProvider.Instance;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (FlagOf(diagnostic) is { } flag)
            {
                var title = $"Set {flag.Flag} = true";
                context.RegisterCodeFix(
                    CodeAction.Create(title, cancellationToken => EntityFlagEditing.SetAsync(context.Document.Project.Solution, context.Document.Project, new[] { flag }, cancellationToken), title),
                    diagnostic);
            }
        }

        return Task.CompletedTask;
    }

    internal static EntityFlag? FlagOf(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(SystemMemberNotStoredCheck.EntityKey, out var entity) && entity is not null &&
        diagnostic.Properties.TryGetValue(SystemMemberNotStoredCheck.FlagKey, out var flag) && flag is not null
            ? new EntityFlag(entity, flag)
            : null;

    /// <summary>Fix All: every flag of the scope's diagnostics in one solution change, so that each [Entity] is edited once.</summary>
    private sealed class EntityFlagFixAllProvider : FixAllProvider
    {
        public static readonly EntityFlagFixAllProvider Instance = new();

        public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
        {
            var documents = fixAllContext.Scope switch
            {
                FixAllScope.Document when fixAllContext.Document is { } document => new[] { document },
                FixAllScope.Project => fixAllContext.Project.Documents.ToArray(),
                FixAllScope.Solution => fixAllContext.Solution.Projects.SelectMany(project => project.Documents).ToArray(),
                _ => new Document[0],
            };

            var byProject = ImmutableArray.CreateBuilder<(Project Project, EntityFlag Flag)>();
            foreach (var document in documents)
            {
                foreach (var diagnostic in await fixAllContext.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false))
                {
                    if (FlagOf(diagnostic) is { } flag)
                    {
                        byProject.Add((document.Project, flag));
                    }
                }
            }

            return CodeAction.Create(
                "Store the system members",
                async cancellationToken =>
                {
                    var solution = fixAllContext.Solution;
                    foreach (var group in byProject.GroupBy(item => item.Project.Id))
                    {
                        solution = await EntityFlagEditing.SetAsync(solution, solution.GetProject(group.Key)!, group.Select(item => item.Flag), cancellationToken).ConfigureAwait(false);
                    }

                    return solution;
                },
                fixAllContext.CodeActionEquivalenceKey);
        }
    }
}
