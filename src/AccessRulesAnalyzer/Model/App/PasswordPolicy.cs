using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Model;

/// <summary>The <c>[assembly: PasswordPolicy]</c>: what a local account's password must have.</summary>
internal sealed class PasswordPolicy
{
    public PasswordPolicy(int minimumLength, bool requireDigit, bool requireMixedCase, bool requireSymbol, AttributeData declaration)
    {
        MinimumLength = minimumLength;
        RequireDigit = requireDigit;
        RequireMixedCase = requireMixedCase;
        RequireSymbol = requireSymbol;
        Declaration = declaration;
    }

    public int MinimumLength { get; }

    public bool RequireDigit { get; }

    public bool RequireMixedCase { get; }

    public bool RequireSymbol { get; }

    public AttributeData Declaration { get; }
}
