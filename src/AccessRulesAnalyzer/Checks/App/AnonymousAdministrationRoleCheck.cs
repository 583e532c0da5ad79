using System.Collections.Generic;
using System.Collections.Immutable;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR0014 (strict, MXS009): the anonymous user role includes module roles of module Administration.</summary>
internal sealed class AnonymousAdministrationRoleCheck : SecurityCheck
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.CreateStrict(
        RuleIdentifiers.AnonymousAdministrationRole,
        "Anonymous user role includes a module role of module Administration",
        "Anonymous user role '{0}' includes module role '{1}' of module Administration",
        RuleCategories.Security,
        "Strict set, as the platform's Best Practice Recommender (MXS009): the Administration module manages accounts; none of its module roles belongs to visitors who have not signed in.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

    internal override void Register(CheckRegistrations context, SecurityModel model)
    {
        if (model.AnonymousUserRole is { } anonymous)
        {
            context.RegisterAppCheck(Descriptor, () => Analyze(anonymous));
        }
    }

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
