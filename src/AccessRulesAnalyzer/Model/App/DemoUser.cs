using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Model;

/// <summary>An <c>[assembly: DemoUser]</c>: an account with a known password and its user roles.</summary>
internal sealed class DemoUser
{
    public DemoUser(string? name, ImmutableArray<ArrayElement> userRoles, AttributeData declaration)
    {
        Name = name;
        UserRoles = userRoles;
        Declaration = declaration;
    }

    public string? Name { get; }

    public ImmutableArray<ArrayElement> UserRoles { get; }

    public AttributeData Declaration { get; }
}
