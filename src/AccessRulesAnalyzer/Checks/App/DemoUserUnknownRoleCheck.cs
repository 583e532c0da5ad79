using System.Collections.Generic;
using System.Linq;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR1021: a demo user names a user role nobody declared.</summary>
internal sealed class DemoUserUnknownRoleCheck() : AppCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.DemoUserUnknownRole,
        "Demo user with an unknown user role",
        "Demo user '{0}' has user role '{1}', which is not declared{2}",
        RuleCategories.Consistency,
        DiagnosticSeverity.Error,
        "A demo user's roles must be declared with [assembly: UserRole]; an unknown one gives the demo user nothing, and the demo shows less than it should.");

    private protected override IEnumerable<Finding> Analyze(SecurityModel model)
    {
        foreach (var demoUser in model.DemoUsers)
        {
            foreach (var role in demoUser.UserRoles)
            {
                if (!model.IsUserRole(role.Value))
                {
                    var suggestion = NameSuggestion.For(role.Value, model.UserRoles.Select(userRole => userRole.Name));
                    yield return Finding.At(AttributeSite.ParamsElement(demoUser.Declaration, AnnotationNames.DemoUserAttribute.UserRoles, role.Index), demoUser.Name ?? string.Empty, role.Value, NameSuggestion.Suffix(suggestion));
                }
            }
        }
    }
}
