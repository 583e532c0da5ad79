using System.Collections.Generic;
using System.Linq;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR0007: the anonymous user role can manage users.</summary>
internal sealed class AnonymousUserManagementCheck() : AppCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.CreateRedFlag(
        RuleIdentifiers.AnonymousUserManagement,
        "The anonymous user role can manage users",
        "Anonymous user role '{0}' can manage users ({1}): anyone could create, change or block accounts",
        RuleCategories.Security,
        DiagnosticSeverity.Error,
        "User management lets a role create users, assign their roles and reset their passwords. Given to visitors who have not signed in, it hands the application to anyone.");

    private protected override IEnumerable<Finding> Analyze(SecurityModel model) =>
        model.AnonymousUserRole is { } anonymous ? Analyze(anonymous) : Enumerable.Empty<Finding>();

    private static IEnumerable<Finding> Analyze(UserRole anonymous)
    {
        if (anonymous.ManagesAllRoles)
        {
            yield return Finding.At(AttributeSite.NamedArgument(anonymous.Declaration, AnnotationNames.UserRoleAttribute.ManagesAllRoles), anonymous.Name, "every user role");
        }

        if (!anonymous.ManagedRoles.IsEmpty)
        {
            yield return Finding.At(AttributeSite.NamedArgument(anonymous.Declaration, AnnotationNames.UserRoleAttribute.ManagedRoles), anonymous.Name, Display.Quoted(System.Linq.Enumerable.Select(anonymous.ManagedRoles, role => role.Value)));
        }
    }
}
