using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Model;

/// <summary>The <c>[assembly: AdministratorAccount]</c>: the platform's built-in administrator and its user role.</summary>
internal sealed class AdministratorAccount
{
    public AdministratorAccount(string? name, string? userRoleName, AttributeData declaration)
    {
        Name = name;
        UserRoleName = userRoleName;
        Declaration = declaration;
    }

    public string? Name { get; }

    public string? UserRoleName { get; }

    public AttributeData Declaration { get; }
}
