using System.Collections.Generic;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR1018: demo users are declared while the security level is Production.</summary>
internal sealed class DemoUsersInProductionCheck() : AppCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.DemoUsersInProduction,
        "Demo users declared at the Production security level",
        "Demo user '{0}' is declared while the security level is Production: remove it, or keep demo users out of production builds: declare them inside #if DEMO and define DEMO in demo builds only",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        "Demo users are accounts with known passwords for showing an app at the Prototype level. An app at the Production level should not carry them: whoever knows the demo user's name can sign in with its roles.");

    private protected override IEnumerable<Finding> Analyze(SecurityModel model)
    {
        if (model.Level != AppSecurityLevel.Production)
        {
            yield break;
        }

        foreach (var demoUser in model.DemoUsers)
        {
            yield return Finding.At(AttributeSite.Whole(demoUser.Declaration), demoUser.Name ?? string.Empty);
        }
    }
}
