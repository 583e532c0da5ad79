using System.Collections.Generic;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR1017: a specialization sets Persistable or a Store* flag to another value than its generalization.</summary>
internal sealed class SpecializationOverridesInheritedSettingCheck() : EntityCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.SpecializationOverridesInheritedSetting,
        "Specialization sets what its generalization decides",
        "'{0}' specializes '{1}', whose {2} = {3} holds for it: remove {2} = {4}",
        RuleCategories.Consistency,
        DiagnosticSeverity.Error,
        "Persistability and the stored system members are set on the root entity of a hierarchy and hold for every specialization; the platform ignores another value on a specialization, so the analysis uses the generalization's.");

    private protected override void Analyze(SecurityModel model, EntityModel entity, List<Finding> findings)
    {
        foreach (var setting in entity.OverriddenSettings)
        {
            var inherited = entity.Settings.Has(setting);
            findings.Add(Finding.At(AttributeSite.NamedArgument(entity.Declaration!, setting.ToString()), entity.QualifiedName, entity.Generalization!.QualifiedName, setting.ToString(), Display.Bool(inherited), Display.Bool(!inherited)));
        }
    }
}
