using System.Collections.Generic;
using System.Linq;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR1020: an app with named user roles declares no password policy.</summary>
internal sealed class NoPasswordPolicyCheck() : AppCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.NoPasswordPolicy,
        "No password policy",
        "The app has named user roles but declares no password policy: add [assembly: PasswordPolicy(MinimumLength = 12, RequireDigit = true, RequireMixedCase = true, RequireSymbol = true)], unless every user signs in through single sign-on",
        RuleCategories.Security,
        DiagnosticSeverity.Info,
        "Without a policy any password is accepted for local accounts. Apps whose users all sign in through single sign-on rely on the identity provider's policy instead.");

    private protected override IEnumerable<Finding> Analyze(SecurityModel model)
    {
        if (model.PasswordPolicy is null && model.UserRoles.FirstOrDefault(role => !ReferenceEquals(role, model.AnonymousUserRole)) is { } named)
        {
            // On the first named user role: an app-level finding needs an attribute to stand on.
            yield return Finding.At(AttributeSite.Whole(named.Declaration));
        }
    }
}
