using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Model;

/// <summary>The <c>[assembly: AnonymousUsers]</c> declaration: visitors who have not signed in get <see cref="UserRoleName"/>.</summary>
internal sealed class AnonymousAccess
{
    public AnonymousAccess(string? userRoleName, string? signInMicroflow, AttributeData declaration)
    {
        UserRoleName = userRoleName;
        SignInMicroflow = signInMicroflow;
        Declaration = declaration;
    }

    public string? UserRoleName { get; }

    public string? SignInMicroflow { get; }

    public AttributeData Declaration { get; }
}
