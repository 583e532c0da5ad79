using System.Collections.Generic;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR0022: anonymous users are enabled (strict set: a design decision the other rules then judge).</summary>
internal sealed class AnonymousUsersEnabledCheck() : AppCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.CreateStrict(
        RuleIdentifiers.AnonymousUsersEnabled,
        "Anonymous users are enabled",
        "Anonymous users are enabled, with user role '{0}': every visitor who has not signed in gets its module roles",
        RuleCategories.Security,
        "Strict set, as the platform's Best Practice Recommender (MXS003) and the lint tools (MxLint 001_0001, mxcli SEC004, AppControl APP_0004): allowing visitors who have not signed in is a design decision to confirm; the other rules judge what they can reach.");

    private protected override IEnumerable<Finding> Analyze(SecurityModel model)
    {
        if (!model.AnonymousDeclarations.IsEmpty)
        {
            var declaration = model.AnonymousDeclarations[0];
            yield return Finding.At(AttributeSite.Whole(declaration.Declaration), declaration.UserRoleName ?? string.Empty);
        }
    }
}
