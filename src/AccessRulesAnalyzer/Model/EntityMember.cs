using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Model;

internal enum MemberKind
{
    Attribute,
    Association,
}

/// <summary>An attribute or association of an entity: one of its public instance properties.</summary>
internal sealed class EntityMember
{
    public EntityMember(IPropertySymbol property, MemberKind kind, bool isComputed, string? associationName, INamedTypeSymbol? target)
    {
        Property = property;
        Kind = kind;
        IsComputed = isComputed;
        AssociationName = associationName;
        Target = target;
    }

    public string Name => Property.Name;

    public IPropertySymbol Property { get; }

    public MemberKind Kind { get; }

    /// <summary>A <c>[Calculated]</c> or <c>[AutoNumber]</c> attribute: it can never be written.</summary>
    public bool IsComputed { get; }

    /// <summary>For an association, its XPath name qualified by the declaring entity's module: <c>Shop.Order_Customer</c>.</summary>
    public string? AssociationName { get; }

    /// <summary>For an association, the entity class at its other end.</summary>
    public INamedTypeSymbol? Target { get; }
}
