using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.FixContracts;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace AccessRulesAnalyzer.CodeFixes;

/// <summary>
/// "Apply entity access": sets <c>ApplyEntityAccess = true</c> on every microflow in source that performs an action
/// AR0016 reached, or that changes or deletes the client's object without it (AR0019), wherever it is declared.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ApplyEntityAccessCodeFixProvider))]
[Shared]
public sealed class ApplyEntityAccessCodeFixProvider : CodeFixProvider
{
    private const string ReachTitle = "Apply entity access in the microflows that reach the data";
    private const string ClientObjectTitle = "Apply entity access in the microflow that changes the client's object";

    public override ImmutableArray<string> FixableDiagnosticIds =>
        ImmutableArray.Create(RuleIdentifiers.AnonymousMicroflowWithoutEntityAccess, RuleIdentifiers.ClientObjectChangedWithoutEntityAccess);

    // Each diagnostic names the microflows to edit, so one Fix All serves both rules.
    public override FixAllProvider GetFixAllProvider() => new SolutionFixAllProvider("Apply entity access", FixAsync);

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (EntityAccessFix.Microflows(diagnostic).Count > 0)
            {
                var title = diagnostic.Id == RuleIdentifiers.ClientObjectChangedWithoutEntityAccess ? ClientObjectTitle : ReachTitle;
                context.RegisterCodeFix(
                    CodeAction.Create(title, cancellationToken => ApplyAsync(context.Document.Project.Solution, context.Document.Project, EntityAccessFix.Microflows(diagnostic), cancellationToken), title),
                    diagnostic);
            }
        }

        return Task.CompletedTask;
    }

    private static async Task<Solution> FixAsync(Solution solution, ImmutableArray<(Document Document, ImmutableArray<Diagnostic> Diagnostics)> byDocument, CancellationToken cancellationToken)
    {
        foreach (var inProject in byDocument.GroupBy(item => item.Document.Project.Id))
        {
            var microflows = inProject.SelectMany(item => item.Diagnostics).SelectMany(EntityAccessFix.Microflows).Distinct().ToList();
            solution = await ApplyAsync(solution, solution.GetProject(inProject.Key)!, microflows, cancellationToken).ConfigureAwait(false);
        }

        return solution;
    }

    private static async Task<Solution> ApplyAsync(Solution solution, Project project, IEnumerable<string> microflows, CancellationToken cancellationToken)
    {
        var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        var microflowAttribute = compilation?.GetTypeByMetadataName("AccessRules." + AnnotationNames.MicroflowAttribute.Type);
        if (compilation is null || microflowAttribute is null)
        {
            return solution;
        }

        // Every [Microflow] to edit, by document.
        var edits = new Dictionary<DocumentId, HashSet<AttributeSyntax>>();
        foreach (var id in microflows)
        {
            // Declared apart from their tests, so that a mutant of a test does not leave them unassigned (docs/testing.md).
            var method = DocumentationCommentId.GetFirstSymbolForDeclarationId(id, compilation) as IMethodSymbol;
            if (method is null)
            {
                continue;
            }

            foreach (var reference in method.DeclaringSyntaxReferences)
            {
                var document = solution.GetDocument(reference.SyntaxTree);
                var declaration = await reference.GetSyntaxAsync(cancellationToken).ConfigureAwait(false) as MethodDeclarationSyntax;
                if (document is null || declaration is null)
                {
                    continue;
                }

                var semanticModel = compilation.GetSemanticModel(reference.SyntaxTree);
                var attribute = declaration.AttributeLists.SelectMany(list => list.Attributes).FirstOrDefault(candidate =>
                    semanticModel.GetSymbolInfo(candidate, cancellationToken).Symbol is IMethodSymbol constructor &&
                    SymbolEqualityComparer.Default.Equals(constructor.ContainingType, microflowAttribute));
                if (attribute is not null)
                {
                    if (!edits.TryGetValue(document.Id, out var inDocument))
                    {
                        edits[document.Id] = inDocument = new HashSet<AttributeSyntax>();
                    }

                    inDocument.Add(attribute);
                }
            }
        }

        foreach (var edit in edits)
        {
            var root = await solution.GetDocument(edit.Key)!.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is not null)
            {
                solution = solution.WithDocumentSyntaxRoot(edit.Key, root.ReplaceNodes(edit.Value, (original, _) =>
                    AttributeArguments.SetNamed(original, AnnotationNames.MicroflowAttribute.ApplyEntityAccess, LiteralExpression(SyntaxKind.TrueLiteralExpression))));
            }
        }

        return solution;
    }
}
