using System.Collections.Generic;
using System.Linq;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.FixContracts;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR1001: an access rule or user role names a module role nobody declared.</summary>
internal sealed class UnknownModuleRoleCheck() : SecurityCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.UnknownModuleRole,
        "Unknown module role",
        "Module role '{0}' is not declared{1}",
        RuleCategories.Consistency,
        DiagnosticSeverity.Error,
        "A module role must be declared with [assembly: ModuleRole] in its module. A misspelt role grants nothing to the users meant to have it, and may match a role nobody meant.");

    internal override void Register(CheckRegistrations context, SecurityModel model)
    {
        context.RegisterEntityCheck(Descriptor, (entity, findings) => AnalyzeEntity(model, entity, findings));
        context.RegisterAppCheck(Descriptor, () => AnalyzeUserRoles(model));
        context.RegisterDocumentCheck(Descriptor, (declarer, findings) => AnalyzeDocuments(model, declarer, findings));
    }

    // A document's AllowedRoles (the roles that may call a flow or use a service) and a page's VisibleFor.
    private static void AnalyzeDocuments(SecurityModel model, ISymbol declarer, List<Finding> findings)
    {
        foreach (var named in model.Documents.RolesNamedIn(declarer))
        {
            if (Undeclared(model, named.Role, ModuleRole.ModuleOf(named.Document), AttributeSite.NamedElement(named.Declaration, named.Argument, named.Role.Index)) is { } finding)
            {
                findings.Add(finding);
            }
        }
    }

    /// <summary>
    /// The finding for <paramref name="role"/> at <paramref name="site"/> when it is not declared, with the nearest
    /// declared role to use (of <paramref name="module"/>, whose roles the rule or document needs, for a role written
    /// without its module); null when it is.
    /// </summary>
    private static Finding? Undeclared(SecurityModel model, ArrayElement role, string? module, AttributeSite site)
    {
        if (model.IsDeclared(role.Value))
        {
            return null;
        }

        var suggestion = model.SuggestModuleRole(role.Value, module);
        return Finding.At(site, role.Value, NameSuggestion.Suffix(suggestion)).WithProperties(NameReplacementFix.Replacing(role.Value, suggestion));
    }

    private static void AnalyzeEntity(SecurityModel model, EntityModel entity, List<Finding> findings)
    {
        foreach (var rule in entity.Rules)
        {
            foreach (var role in rule.ModuleRoles)
            {
                if (Undeclared(model, role, entity.Module, AttributeSite.ParamsElement(rule.Declaration, AnnotationNames.AccessRuleAttribute.ModuleRoles, role.Index)) is { } finding)
                {
                    findings.Add(finding);
                }
            }
        }
    }

    private static IEnumerable<Finding> AnalyzeUserRoles(SecurityModel model)
    {
        foreach (var userRole in model.UserRoles)
        {
            foreach (var role in userRole.ModuleRoles)
            {
                if (Undeclared(model, role, null, AttributeSite.ParamsElement(userRole.Declaration, AnnotationNames.UserRoleAttribute.ModuleRoles, role.Index)) is { } finding)
                {
                    yield return finding;
                }
            }
        }
    }
}
