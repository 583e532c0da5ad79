using System.Collections.Generic;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR1011: security level Off or Prototype.</summary>
internal sealed class SecurityLevelCheck() : AppCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.SecurityLevelNotProduction,
        "Security level is not Production",
        "Security level {0} is only for local testing: production deployments need SecurityLevel.Production",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        "The security levels Off and Prototype are allowed only for local testing and development environments; production requires the Production level with all security settings configured.");

    private protected override IEnumerable<Finding> Analyze(SecurityModel model)
    {
        if (model.AppSecurityDeclaration is { } declaration && model.Level != AppSecurityLevel.Production)
        {
            yield return Finding.At(AttributeSite.ParamsElement(declaration, 0, 0), model.Level.ToString());
        }
    }
}
