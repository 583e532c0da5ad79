using System.Collections.Generic;
using System.Linq;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR1019: the password policy is weaker than recommended: at least 12 characters, with a digit, mixed case and a symbol.</summary>
internal sealed class WeakPasswordPolicyCheck() : AppCheck(Descriptor)
{
    /// <summary>The recommended minimum length (docs/rules/AR1019.md says where it comes from).</summary>
    internal const int RecommendedMinimumLength = 12;

    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.WeakPasswordPolicy,
        "Password policy weaker than recommended",
        "The password policy {0}: require at least 12 characters, a digit, mixed case and a symbol",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        "Local accounts are only as safe as their passwords. The recommended policy asks for at least 12 characters with a digit, upper and lower case and a symbol.");

    private protected override IEnumerable<Finding> Analyze(SecurityModel model) =>
        model.PasswordPolicy is { } policy ? Analyze(policy) : Enumerable.Empty<Finding>();

    private static IEnumerable<Finding> Analyze(PasswordPolicy policy)
    {
        var weaknesses = new List<string>();
        if (policy.MinimumLength < RecommendedMinimumLength)
        {
            weaknesses.Add($"accepts passwords of {policy.MinimumLength} {(policy.MinimumLength == 1 ? "character" : "characters")}");
        }

        if (!policy.RequireDigit)
        {
            weaknesses.Add("requires no digit");
        }

        if (!policy.RequireMixedCase)
        {
            weaknesses.Add("requires no mixed case");
        }

        if (!policy.RequireSymbol)
        {
            weaknesses.Add("requires no symbol");
        }

        if (weaknesses.Count > 0)
        {
            yield return Finding.At(AttributeSite.Whole(policy.Declaration), string.Join(", ", weaknesses));
        }
    }
}
