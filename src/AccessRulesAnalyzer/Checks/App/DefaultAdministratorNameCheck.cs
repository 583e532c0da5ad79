using System.Collections.Generic;
using System;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR1030: at the Production security level the administrator account keeps the default name MxAdmin.</summary>
internal sealed class DefaultAdministratorNameCheck() : AppCheck(Descriptor)
{
    internal const string DefaultName = "MxAdmin";

    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.DefaultAdministratorName,
        "The administrator account keeps its default name",
        "The administrator account is named '{0}', the platform's default, at the Production security level: give it a name of your own",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        "Everyone knows the default administrator name, so an attacker needs to guess only the password. A name of your own is half of the credentials they must find (MxLint 001_0005, AppControl).");

    private protected override IEnumerable<Finding> Analyze(SecurityModel model)
    {
        if (model.Level == AppSecurityLevel.Production && model.Administrator is { Name: { } name } administrator &&
            string.Equals(name, DefaultName, StringComparison.OrdinalIgnoreCase))
        {
            yield return Finding.At(AttributeSite.ParamsElement(administrator.Declaration, AnnotationNames.AdministratorAccountAttribute.Name, 0), name);
        }
    }
}
