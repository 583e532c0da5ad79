using System;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Model;

/// <summary>An attribute or association of an entity: one of its public instance properties.</summary>
internal sealed class EntityMember
{
    private readonly SecurityModel _model;
    private readonly string _module;
    private readonly string _entityName;
    private readonly string? _declaredAssociationName;
    private readonly bool _unlimitedLength;

    // Whether the property leads to an entity is decided on first use: that reads the other class's attributes,
    // which a compiler thread may be binding at the same moment, and most members are never asked about.
    // A race decides the same value twice.
    private AssociationEnd? _end;

    public EntityMember(SecurityModel model, IPropertySymbol property, bool isComputed, string module, string entityName, string? declaredAssociationName, bool unlimitedLength = false)
    {
        _unlimitedLength = unlimitedLength;
        _model = model;
        Property = property;
        Name = property.Name;
        IsComputed = isComputed;
        _module = module;
        _entityName = entityName;
        // The platform's documentation writes association names qualified, and a name cannot hold a dot: the
        // entity's own module in front is a way of writing the name.
        _declaredAssociationName = declaredAssociationName is not null && declaredAssociationName.StartsWith(module + ".", StringComparison.Ordinal)
            ? declaredAssociationName.Substring(module.Length + 1)
            : declaredAssociationName;
    }

    // Kept rather than asked of the symbol: every XPath step scans an entity's members by name.
    public string Name { get; }

    public IPropertySymbol Property { get; }

    public MemberKind Kind => End.Target is null ? MemberKind.Attribute : MemberKind.Association;

    /// <summary>The attribute's type, for comparisons in XPath; <see cref="AttributeType.Other"/> for an association.</summary>
    public AttributeType Type => TypeOf(Property.Type);

    /// <summary>
    /// A string attribute of unlimited length: <c>[MaxLength]</c> without a length. <c>[MaxLength(n)]</c> and
    /// <c>[StringLength(n)]</c> give a length, and a string attribute without either has the platform's default, 200.
    /// </summary>
    public bool IsUnlimitedString => _unlimitedLength && Type == AttributeType.String;

    /// <summary>
    /// <paramref name="attribute"/> is a <c>[MaxLength]</c> without a length, or with a length of 0 or less: an unlimited
    /// string, as for a database column. <c>[MaxLength(n)]</c> and <c>[StringLength(n)]</c> limit it.
    /// </summary>
    public static bool GivesUnlimitedLength(AttributeData attribute) =>
        attribute.AttributeClass is { Name: "MaxLengthAttribute", ContainingNamespace: { Name: "DataAnnotations", ContainingNamespace.Name: "ComponentModel" } } &&
        (attribute.ConstructorArguments.IsEmpty || attribute.ConstructorArguments[0].Value is int and <= 0);

    /// <summary>A <c>[Calculated]</c> or <c>[AutoNumber]</c> attribute: it can never be written.</summary>
    public bool IsComputed { get; }

    /// <summary>For an association, its XPath name qualified by the declaring entity's module: <c>Shop.Order_Customer</c>.</summary>
    public string? AssociationName => End.Name;

    /// <summary>For an association, the entity class at its other end.</summary>
    public INamedTypeSymbol? Target => End.Target;

    /// <summary>
    /// This member is the association <paramref name="qualifiedName"/>. A name that cannot be this member's (another
    /// module, or another entity's default name) is told apart without resolving the other end.
    /// </summary>
    public bool IsAssociationNamed(string qualifiedName)
    {
        // Module.Declared, or Module.Entity_Other by default (see End).
        var name = _module.Length + 1;
        if (qualifiedName.Length < name || string.CompareOrdinal(qualifiedName, 0, _module, 0, _module.Length) != 0 || qualifiedName[name - 1] != '.')
        {
            return false;
        }

        var other = name + _entityName.Length + 1;
        if (_declaredAssociationName is null &&
            (qualifiedName.Length < other || string.CompareOrdinal(qualifiedName, name, _entityName, 0, _entityName.Length) != 0 || qualifiedName[other - 1] != '_'))
        {
            return false;
        }

        return AssociationName == qualifiedName;
    }

    /// <summary>The XPath type of a value of <paramref name="type"/>: a member's, or a flow parameter's; <see cref="AttributeType.Other"/> for anything else (an enumeration, an object).</summary>
    public static AttributeType TypeOf(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        return type.SpecialType switch
        {
            SpecialType.System_String => AttributeType.String,
            SpecialType.System_Boolean => AttributeType.Boolean,
            SpecialType.System_DateTime => AttributeType.DateTime,
            SpecialType.System_Byte or SpecialType.System_Int16 or SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_Decimal
                or SpecialType.System_Double or SpecialType.System_Single => AttributeType.Number,
            _ => type.Name == "DateTimeOffset" ? AttributeType.DateTime : AttributeType.Other,
        };
    }

    // The association's name is the declared one, or named after both ends, qualified by the declaring module.
    private AssociationEnd End => _end ??= _model.Entities.OtherEnd(Property) is { } other
        ? new AssociationEnd(_module + "." + (_declaredAssociationName ?? _entityName + "_" + other.Name), other.Class)
        : AssociationEnd.None;
}
