using System.Collections.Generic;
using System.Linq;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR0014 (strict, MXS009): the anonymous user role includes module roles of module Administration.</summary>
internal sealed class AnonymousAdministrationRoleCheck() : AppCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.CreateStrict(
        RuleIdentifiers.AnonymousAdministrationRole,
        "Anonymous user role includes a module role of module Administration",
        "Anonymous user role '{0}' includes module role '{1}' of module Administration",
        RuleCategories.Security,
        "Strict set, as the platform's Best Practice Recommender (MXS009): the Administration module manages accounts; none of its module roles belongs to visitors who have not signed in.");

    private protected override IEnumerable<Finding> Analyze(SecurityModel model) =>
        model.AnonymousUserRole is { } anonymous ? Analyze(anonymous) : Enumerable.Empty<Finding>();

    private static IEnumerable<Finding> Analyze(UserRole anonymous)
    {
        foreach (var role in anonymous.ModuleRoles)
        {
            if (ModuleRole.IsIn(role.Value, "Administration"))
            {
                yield return Finding.At(AttributeSite.ParamsElement(anonymous.Declaration, AnnotationNames.UserRoleAttribute.ModuleRoles, role.Index), anonymous.Name, role.Value);
            }
        }
    }
}
