using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Model;

/// <summary>Where an association leads and its qualified name; <see cref="None"/> for an attribute.</summary>
internal sealed class AssociationEnd
{
    public static readonly AssociationEnd None = new(null, null);

    public AssociationEnd(string? name, INamedTypeSymbol? target)
    {
        Name = name;
        Target = target;
    }

    public string? Name { get; }

    public INamedTypeSymbol? Target { get; }
}
