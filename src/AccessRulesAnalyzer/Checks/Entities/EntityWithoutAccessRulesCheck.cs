using System.Collections.Generic;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR1033: a persistable entity of the app has no access rule at all while the security level is Production.</summary>
internal sealed class EntityWithoutAccessRulesCheck() : EntityCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.EntityWithoutAccessRules,
        "Entity without access rules",
        "Entity '{0}' has no access rule: no user role can reach it through the client; add the rules its users need, or suppress this where only microflows use it",
        RuleCategories.Consistency,
        DiagnosticSeverity.Info,
        "At the Production security level an entity without access rules is closed to every user role: safe, but usually a rule that was forgotten, since its pages then show nothing (mxcli SEC001). Rules are never inherited, so a specialization needs its own.");

    private protected override bool AppliesTo(SecurityModel model) => model.Level == AppSecurityLevel.Production && !model.UserRoles.IsEmpty;

    private protected override void Analyze(SecurityModel model, EntityModel entity, List<Finding> findings)
    {
        if (entity.Rules.IsEmpty && entity.Persistable && entity.Declaration is not null && entity.IsInSource)
        {
            findings.Add(Finding.OnEntity([], [], entity.QualifiedName));
        }
    }
}
