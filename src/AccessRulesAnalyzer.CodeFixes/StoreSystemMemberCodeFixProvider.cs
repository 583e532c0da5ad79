using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.FixContracts;
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

    public override FixAllProvider GetFixAllProvider() => new SolutionFixAllProvider("Store the system members", FixAsync);

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

    private static EntityFlag? FlagOf(Diagnostic diagnostic) =>
        EntityFlagFix.Of(diagnostic) is { } flag ? new EntityFlag(flag.Entity, flag.Flag) : null;

    private static async Task<Solution> FixAsync(Solution solution, ImmutableArray<(Document Document, ImmutableArray<Diagnostic> Diagnostics)> byDocument, CancellationToken cancellationToken)
    {
        foreach (var inProject in byDocument.GroupBy(item => item.Document.Project.Id))
        {
            var flags = inProject.SelectMany(item => item.Diagnostics).Select(FlagOf).OfType<EntityFlag>();
            solution = await EntityFlagEditing.SetAsync(solution, solution.GetProject(inProject.Key)!, flags, cancellationToken).ConfigureAwait(false);
        }

        return solution;
    }
}
