using System.Collections.Generic;
using System.Linq;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR1013: [AnonymousUsers] names an undeclared user role, or appears more than once.</summary>
internal sealed class InvalidAnonymousUsersCheck() : AppCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.InvalidAnonymousUsers,
        "Invalid anonymous users declaration",
        "{0}",
        RuleCategories.Consistency,
        DiagnosticSeverity.Error,
        "[assembly: AnonymousUsers] names the user role visitors get, once. An undeclared role leaves the anonymous configuration undefined; a second declaration is ignored.");

    private protected override IEnumerable<Finding> Analyze(SecurityModel model)
    {
        var declarations = model.AnonymousDeclarations;
        for (var i = 0; i < declarations.Length; i++)
        {
            var declaration = declarations[i];
            if (i > 0)
            {
                yield return Finding.At(AttributeSite.Whole(declaration.Declaration), "[AnonymousUsers] appears more than once: only the first declaration is in force");
            }
            else if (declaration.UserRoleName is { } name && !model.IsUserRole(name))
            {
                var suggestion = NameSuggestion.For(name, model.UserRoles.Select(role => role.Name));
                yield return Finding.At(AttributeSite.ParamsElement(declaration.Declaration, 0, 0), $"User role '{name}' of anonymous users is not declared{NameSuggestion.Suffix(suggestion)}");
            }
        }
    }
}
