using System.Collections.Generic;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>
/// AR1002: an access rule names a module role of another module than its entity's, or a microflow, nanoflow,
/// published service or page names one of another module than its own (CE0148).
/// </summary>
internal sealed class ModuleRoleOfAnotherModuleCheck() : SecurityCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.ModuleRoleOfAnotherModule,
        "Access rule or document names a module role of another module",
        "Module role '{0}' belongs to module '{1}', but {2} belongs to module '{3}': name a module role of '{3}'",
        RuleCategories.Consistency,
        DiagnosticSeverity.Error,
        "Modules own their module roles, entities and documents; access rules of an entity, and the allowed roles of a microflow, nanoflow or published service or the roles a page is visible for, name roles of their own module (the platform's consistency check CE0148). Grant other modules' users access through the user roles that include this module's roles.");

    internal override void Register(CheckRegistrations context, SecurityModel model)
    {
        context.RegisterEntityCheck(Rule, (entity, findings) => AnalyzeEntity(model, entity, findings));
        context.RegisterDocumentCheck(Rule, (declarer, findings) => AnalyzeDocuments(model, declarer, findings));
    }

    private static void AnalyzeEntity(SecurityModel model, EntityModel entity, List<Finding> findings)
    {
        foreach (var rule in entity.Rules)
        {
            foreach (var role in rule.ModuleRoles)
            {
                if (OfAnotherModule(model, role.Value, ModuleRole.IsIn(role.Value, entity.Module)))
                {
                    findings.Add(Finding.At(AttributeSite.ParamsElement(rule.Declaration, AnnotationNames.AccessRuleAttribute.ModuleRoles, role.Index), role.Value, ModuleRole.ModuleOf(role.Value), $"entity '{entity.QualifiedName}'", entity.Module));
                }
            }
        }
    }

    private static void AnalyzeDocuments(SecurityModel model, ISymbol declarer, List<Finding> findings)
    {
        foreach (var named in model.Documents.RolesNamedIn(declarer))
        {
            if (OfAnotherModule(model, named.Role.Value, ModuleRole.SameModule(named.Role.Value, named.Document)))
            {
                findings.Add(Finding.At(AttributeSite.NamedElement(named.Declaration, named.Argument, named.Role.Index), named.Role.Value, ModuleRole.ModuleOf(named.Role.Value), $"{named.Kind} '{named.Document}'", ModuleRole.ModuleOf(named.Document)));
            }
        }
    }

    // An undeclared role is AR1001's: its module is not known for sure.
    private static bool OfAnotherModule(SecurityModel model, string role, bool sameModule) =>
        !sameModule && model.IsDeclared(role);
}
