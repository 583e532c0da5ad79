using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Model;

/// <summary>
/// Every entity of the compilation and its module libraries, by qualified name, and every association by name.
/// Only XPath paths that navigate an association from its far side or filter by entity need it, so the model
/// builds it on first use.
/// </summary>
internal sealed class EntityCatalog
{
    private readonly Dictionary<string, EntityModel> _entities = new();
    private readonly Dictionary<string, List<(EntityModel Owner, EntityMember Member)>> _associations = new();

    public EntityCatalog(IEnumerable<EntityModel> entities)
    {
        foreach (var entity in entities)
        {
            Add(entity);
        }
    }

    public EntityModel? EntityNamed(string qualifiedName) => _entities.TryGetValue(qualifiedName, out var entity) ? entity : null;

    public IReadOnlyList<(EntityModel Owner, EntityMember Member)> AssociationsNamed(string qualifiedName) =>
        _associations.TryGetValue(qualifiedName, out var list) ? list : ImmutableArray<(EntityModel, EntityMember)>.Empty;

    /// <summary>The entity classes declared under <paramref name="root"/>, nested classes included.</summary>
    public static IEnumerable<EntityModel> EntitiesIn(SecurityModel model, INamespaceSymbol root)
    {
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            foreach (var member in pending.Pop().GetMembers())
            {
                if (member is INamespaceSymbol ns)
                {
                    pending.Push(ns);
                }
                else if (member is INamedTypeSymbol { TypeKind: TypeKind.Class } type)
                {
                    pending.Push(type);
                    if (model.GetEntity(type) is { } entity)
                    {
                        yield return entity;
                    }
                }
            }
        }
    }

    private void Add(EntityModel entity)
    {
        _entities[entity.QualifiedName] = entity;
        foreach (var member in entity.Members)
        {
            // Inherited members are listed under the entity that declares them.
            if (member.AssociationName is { } name && entity.Declares(member))
            {
                if (!_associations.TryGetValue(name, out var list))
                {
                    _associations[name] = list = new List<(EntityModel, EntityMember)>();
                }

                list.Add((entity, member));
            }
        }
    }
}
