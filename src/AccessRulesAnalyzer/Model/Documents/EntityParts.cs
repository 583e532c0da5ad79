using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Model;

/// <summary>
/// A document's parts read from attributes that name an entity (a flow's data actions, a page's widgets), read together
/// on first use, and the attributes among them whose type is no entity, which the parts leave out (AR1036).
/// </summary>
internal sealed class EntityParts<T>
{
    public EntityParts(ImmutableArray<T> parts, ImmutableArray<(AttributeData Attribute, ITypeSymbol Type)> namingNoEntity)
    {
        Parts = parts;
        NamingNoEntity = namingNoEntity;
    }

    public ImmutableArray<T> Parts { get; }

    public ImmutableArray<(AttributeData Attribute, ITypeSymbol Type)> NamingNoEntity { get; }
}
