using System.Collections.Generic;
using System.Linq;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR1016: a module role that no user role includes.</summary>
internal sealed class UnusedModuleRoleCheck() : AppCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.UnusedModuleRole,
        "Module role that no user role includes",
        "No user role includes module role '{0}': its rules grant nothing to anyone",
        RuleCategories.Consistency,
        DiagnosticSeverity.Info,
        "End users only have user roles; a module role reaches them through the user roles that include it. One that none includes grants nothing.");

    private protected override IEnumerable<Finding> Analyze(SecurityModel model)
    {
        // A module library declares module roles for apps to use; only an app, which declares user roles, can tell.
        if (model.UserRoles.IsEmpty)
        {
            yield break;
        }

        foreach (var role in model.ModuleRoles)
        {
            // The System module's roles may be declared, and belong to the platform: an app need not use both.
            if (!ModuleRole.IsSystem(role.QualifiedName) && !model.UserRoles.Any(userRole => userRole.Includes(role.QualifiedName)))
            {
                yield return Finding.At(AttributeSite.ParamsElement(role.Declaration, AnnotationNames.ModuleRoleAttribute.QualifiedName, 0), role.QualifiedName);
            }
        }
    }
}
