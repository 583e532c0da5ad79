using System.Collections.Generic;
using System.Linq;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR0015 (MXS005): the administrator account has the anonymous user role, or the anonymous user role can manage the administrator's.</summary>
internal sealed class AdministratorReachableAnonymouslyCheck() : AppCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.AdministratorReachableAnonymously,
        "The administrator account is within anonymous reach",
        "Administrator account '{0}': {1}",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        "The built-in administrator account manages the app. Given the anonymous user role, every visitor would be the administrator; if the anonymous user role can manage the administrator's role, any visitor can make themselves administrator or lock the administrator out.");

    private protected override IEnumerable<Finding> Analyze(SecurityModel model) =>
        model.Administrator is { UserRoleName: { } role } administrator && model.AnonymousUserRole is { } anonymous
            ? Analyze(administrator, role, anonymous)
            : Enumerable.Empty<Finding>();

    private static IEnumerable<Finding> Analyze(AdministratorAccount administrator, string role, UserRole anonymous)
    {
        var name = administrator.Name ?? string.Empty;
        if (role == anonymous.Name)
        {
            yield return Finding.At(AttributeSite.NamedArgument(administrator.Declaration, AnnotationNames.AdministratorAccountAttribute.UserRole), name, $"its user role '{role}' is the anonymous user role");
        }
        else if (anonymous.ManagesAllRoles || anonymous.ManagedRoles.Any(managed => managed.Value == role))
        {
            yield return Finding.At(AttributeSite.NamedArgument(administrator.Declaration, AnnotationNames.AdministratorAccountAttribute.UserRole), name, $"the anonymous user role '{anonymous.Name}' can manage its user role '{role}'");
        }
    }
}
