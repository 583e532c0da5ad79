using System.Collections.Generic;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR1031: strict page URL checking is off at the Production security level.</summary>
internal sealed class StrictPageUrlCheckingOffCheck() : AppCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.StrictPageUrlCheckingOff,
        "Strict page URL checking is off at the Production security level",
        "Strict page URL checking is off at the Production security level: a page opened by URL then takes objects its user may not read; set StrictPageUrlChecking = true",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        "A page URL can carry the objects the page shows. With strict page URL checking the platform checks that the user may read them; without it, anyone who knows or guesses an id opens the page on another user's object (AppControl APP_0012).");

    private protected override IEnumerable<Finding> Analyze(SecurityModel model)
    {
        if (model.AppSecurityDeclaration is { } declaration && model.Level == AppSecurityLevel.Production && !model.App.StrictPageUrlChecking)
        {
            yield return Finding.At(AttributeSite.NamedArgument(declaration, AnnotationNames.AppSecurityAttribute.StrictPageUrlChecking));
        }
    }
}
