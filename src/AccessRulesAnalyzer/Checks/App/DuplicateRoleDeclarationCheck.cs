using System.Collections.Generic;
using System.Linq;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR1012: a module role or user role declared twice.</summary>
internal sealed class DuplicateRoleDeclarationCheck() : AppCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.DuplicateRoleDeclaration,
        "Duplicate role declaration",
        "{0} '{1}' is declared more than once",
        RuleCategories.Consistency,
        DiagnosticSeverity.Error,
        "Each module role and user role is declared once. A second declaration of a user role with other module roles leaves it unclear which set users get.");

    private protected override IEnumerable<Finding> Analyze(SecurityModel model)
    {
        // Every declaration after the first is reported; a module library's declarations come after the app's own.
        var duplicates = model.ModuleRoles.Select(role => (Kind: "Module role", Name: role.QualifiedName, role.Declaration))
            .GroupBy(role => role.Name)
            .Concat(model.UserRoles.Select(role => (Kind: "User role", role.Name, role.Declaration)).GroupBy(role => role.Name));
        foreach (var group in duplicates)
        {
            foreach (var (kind, name, declaration) in group.Skip(1))
            {
                yield return Finding.At(AttributeSite.ParamsElement(declaration, 0, 0), kind, name);
            }
        }
    }
}
