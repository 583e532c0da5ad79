using System.Collections.Generic;
using System.Linq;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR0001: the anonymous user role shares a module role with a user role of signed-in users.</summary>
internal sealed class AnonymousRoleReusesNamedModuleRoleCheck() : AppCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.CreateRedFlag(
        RuleIdentifiers.AnonymousRoleReusesNamedModuleRole,
        "Anonymous user role reuses a module role of a named user role",
        "Anonymous user role '{0}' reuses module role '{1}' of named user role {2}: give anonymous visitors a module role of their own",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        "Everything a module role grants to signed-in users is then granted to every visitor who has not signed in. Give the anonymous user role its own module roles with the least access it needs.");

    private protected override IEnumerable<Finding> Analyze(SecurityModel model) =>
        model.AnonymousUserRole is { } anonymous ? Analyze(model, anonymous) : Enumerable.Empty<Finding>();

    private static IEnumerable<Finding> Analyze(SecurityModel model, UserRole anonymous)
    {
        foreach (var moduleRole in anonymous.ModuleRoles)
        {
            // Every user role includes a System module role, the anonymous one too: sharing those is required (MXS008 agrees).
            if (ModuleRole.IsSystem(moduleRole.Value))
            {
                continue;
            }

            var named = model.NamedUserRolesIncluding(moduleRole.Value);
            if (!named.IsEmpty)
            {
                yield return Finding.At(AttributeSite.ParamsElement(anonymous.Declaration, AnnotationNames.UserRoleAttribute.ModuleRoles, moduleRole.Index), anonymous.Name, moduleRole.Value, Display.Quoted(named.Select(role => role.Name)));
            }
        }
    }
}
