using System.Collections.Generic;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR1002: an access rule names a module role of another module than its entity's.</summary>
internal sealed class ModuleRoleOfAnotherModuleCheck() : EntityCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.ModuleRoleOfAnotherModule,
        "Access rule names a module role of another module",
        "Module role '{0}' belongs to module '{1}', but entity '{2}' belongs to module '{3}': an entity's access rules name its own module's roles",
        RuleCategories.Consistency,
        DiagnosticSeverity.Error,
        "Modules own their module roles and their entities; access rules of an entity apply to the roles of the entity's module. Grant other modules' users access through the user roles that include this module's roles.");

    private protected override void Analyze(SecurityModel model, EntityModel entity, List<Finding> findings)
    {
        foreach (var rule in entity.Rules)
        {
            foreach (var role in rule.ModuleRoles)
            {
                // An undeclared role is AR1001's; its module is not known for sure.
                if (!ModuleRole.IsIn(role.Value, entity.Module) && model.IsDeclared(role.Value))
                {
                    findings.Add(Finding.At(AttributeSite.ParamsElement(rule.Declaration, 0, role.Index), role.Value, ModuleRole.ModuleOf(role.Value), entity.QualifiedName, entity.Module));
                }
            }
        }
    }
}
