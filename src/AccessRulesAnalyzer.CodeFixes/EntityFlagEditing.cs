using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace AccessRulesAnalyzer.CodeFixes;

/// <summary>A flag to set to true on the <c>[Entity]</c> of a class, named by its documentation ID.</summary>
internal readonly struct EntityFlag
{
    public EntityFlag(string entityId, string flag)
    {
        EntityId = entityId;
        Flag = flag;
    }

    public string EntityId { get; }

    public string Flag { get; }
}

/// <summary>
/// Sets flags on <c>[Entity]</c> attributes wherever the class declares it: another partial declaration, another
/// document, or the root entity of a hierarchy, which decides for every specialization. One solution change.
/// </summary>
internal static class EntityFlagEditing
{
    public static async Task<Solution> SetAsync(Solution solution, Project project, IEnumerable<EntityFlag> flags, CancellationToken cancellationToken)
    {
        var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        if (compilation is null)
        {
            return solution;
        }

        // Every [Entity] to edit, by document, with the flags each one gets.
        var edits = new Dictionary<DocumentId, Dictionary<AttributeSyntax, List<string>>>();
        foreach (var flag in flags)
        {
            // Declared apart from their tests, so that a mutant of a test does not leave them unassigned (docs/testing.md).
            var type = DocumentationCommentId.GetFirstSymbolForDeclarationId(flag.EntityId, compilation) as INamedTypeSymbol;
            if (type is null)
            {
                continue;
            }

            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                var document = solution.GetDocument(reference.SyntaxTree);
                var declaration = await reference.GetSyntaxAsync(cancellationToken).ConfigureAwait(false) as TypeDeclarationSyntax;
                if (document is null || declaration is null)
                {
                    continue;
                }

                var semanticModel = compilation.GetSemanticModel(reference.SyntaxTree);
                if (EntityAttribute(declaration, semanticModel, cancellationToken) is { } entity)
                {
                    if (!edits.TryGetValue(document.Id, out var inDocument))
                    {
                        edits[document.Id] = inDocument = new Dictionary<AttributeSyntax, List<string>>();
                    }

                    if (!inDocument.TryGetValue(entity, out var names))
                    {
                        inDocument[entity] = names = new List<string>();
                    }

                    // In the diagnostics' order, so that fixing all at once adds what fixing one by one adds.
                    if (!names.Contains(flag.Flag))
                    {
                        names.Add(flag.Flag);
                    }
                }
            }
        }

        foreach (var edit in edits)
        {
            var document = solution.GetDocument(edit.Key)!;
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is not null)
            {
                var changed = root.ReplaceNodes(edit.Value.Keys, (original, _) => edit.Value[original].Aggregate(original, WithTrue));
                solution = solution.WithDocumentSyntaxRoot(edit.Key, changed);
            }
        }

        return solution;
    }

    /// <summary>The <c>[Entity]</c> on <paramref name="type"/> itself, in this declaration.</summary>
    private static AttributeSyntax? EntityAttribute(TypeDeclarationSyntax type, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        var entityAttribute = semanticModel.Compilation.GetTypeByMetadataName("AccessRules.EntityAttribute");
        return type.AttributeLists.SelectMany(list => list.Attributes).FirstOrDefault(attribute =>
            semanticModel.GetSymbolInfo(attribute, cancellationToken).Symbol is IMethodSymbol constructor &&
            SymbolEqualityComparer.Default.Equals(constructor.ContainingType, entityAttribute));
    }

    /// <summary>The attribute with <c>Name = true</c>, unless it already says so.</summary>
    private static AttributeSyntax WithTrue(AttributeSyntax entity, string name) =>
        AttributeArguments.Named(entity, name)?.Expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.TrueLiteralExpression)
            ? entity
            : AttributeArguments.SetNamed(entity, name, LiteralExpression(SyntaxKind.TrueLiteralExpression));
}
