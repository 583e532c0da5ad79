using System.Collections.Generic;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR0023: strict mode is off at the Production security level.</summary>
internal sealed class StrictModeOffCheck() : AppCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.StrictModeOff,
        "Strict mode is off at the Production security level",
        "Strict mode is off at the Production security level: the client API can then run requests the model never makes; set StrictMode = true",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        "Without strict mode, anyone can send the client API requests the app's pages and nanoflows never make: retrieves with their own constraints, changes to any member their access rules allow. Strict mode limits the client API to what the model does (MxLint 001_0009, mxcli SEC005).");

    private protected override IEnumerable<Finding> Analyze(SecurityModel model)
    {
        if (model.AppSecurityDeclaration is { } declaration && model.Level == AppSecurityLevel.Production && !model.App.StrictMode)
        {
            yield return Finding.At(AttributeSite.NamedArgument(declaration, AnnotationNames.AppSecurityAttribute.StrictMode));
        }
    }
}
