using System.Collections.Generic;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR1028: the platform's security checks are off, for the app or for a user role.</summary>
internal sealed class SecurityChecksOffCheck() : AppCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.SecurityChecksOff,
        "Security checks are off",
        "Security checks are off for {0}: the platform no longer reports the pages and microflows {1} reach without access; set CheckSecurity = true",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        "With security checks on, the platform reports every page and microflow a role can reach without the entity access it needs. Turned off, for the app or one user role, those gaps stay silent (MxLint 001_0003 and 001_0008, CLEVR's ACR, AppControl APP_0010).");

    private protected override IEnumerable<Finding> Analyze(SecurityModel model)
    {
        if (model.AppSecurityDeclaration is { } declaration && !model.App.CheckSecurity)
        {
            yield return Finding.At(AttributeSite.NamedArgument(declaration, AnnotationNames.AppSecurityAttribute.CheckSecurity), "the app", "its user roles");
        }

        foreach (var role in model.UserRoles)
        {
            if (!role.CheckSecurity)
            {
                yield return Finding.At(AttributeSite.NamedArgument(role.Declaration, AnnotationNames.UserRoleAttribute.CheckSecurity), $"user role '{role.Name}'", "its users");
            }
        }
    }
}
