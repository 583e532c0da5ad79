using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AccessRulesAnalyzer.CodeFixes;

/// <summary>Edits of the <c>[Entity]</c> attribute that more than one fix makes.</summary>
internal static class EntityAttributeEditing
{
    public static bool IsEntityAttribute(AttributeSyntax attribute, SemanticModel semanticModel, CancellationToken cancellationToken) =>
        semanticModel.GetSymbolInfo(attribute, cancellationToken).Symbol is IMethodSymbol constructor &&
        SymbolEqualityComparer.Default.Equals(constructor.ContainingType, semanticModel.Compilation.GetTypeByMetadataName("AccessRules.EntityAttribute"));

    /// <summary>The <c>[Entity]</c> on <paramref name="type"/> itself, in this document.</summary>
    public static AttributeSyntax? Find(TypeDeclarationSyntax type, SemanticModel semanticModel, CancellationToken cancellationToken) =>
        type.AttributeLists.SelectMany(list => list.Attributes).FirstOrDefault(attribute => IsEntityAttribute(attribute, semanticModel, cancellationToken));

}
