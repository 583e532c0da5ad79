using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Model;

/// <summary>
/// The entities of one compilation, modelled on request. An entity that other entities look at (a generalization,
/// the end of a path) is kept for the compilation; one that only its own analysis looks at is not
/// (<see cref="EntityToAnalyze"/>). Also the reader of entity classes: which class is an entity, its identity,
/// generalization and members.
/// </summary>
internal sealed class EntityStore
{
    private readonly SecurityModel _model;
    private readonly AccessRulesTypes _types;
    // Entities analyzed at the same time on several threads ask for the same kept entity: Lazy makes one of them build it.
    private readonly ConcurrentDictionary<INamedTypeSymbol, Lazy<EntityModel?>> _entities = new(SymbolEqualityComparer.Default);
    private readonly Lazy<EntityCatalog> _catalog;
    private readonly Lazy<ImmutableArray<EntityModel>> _libraryEntities;
    private readonly Lazy<ImmutableArray<EntityModel>> _appEntities;
    private readonly Lazy<ILookup<INamedTypeSymbol, EntityModel>> _specializations;
    private readonly Func<INamedTypeSymbol, Lazy<EntityModel?>> _createEntity;
    private readonly ConcurrentDictionary<INamedTypeSymbol, SharedEntity> _sharedEntities = new(SymbolEqualityComparer.Default);
    private readonly Func<INamedTypeSymbol, SharedEntity> _createShared;
    private int _entityAnalyzers;

    public EntityStore(SecurityModel model, AccessRulesTypes types, IAssemblySymbol app, ImmutableArray<IAssemblySymbol> moduleLibraries)
    {
        _model = model;
        _types = types;
        _libraryEntities = new Lazy<ImmutableArray<EntityModel>>(() =>
            moduleLibraries.SelectMany(library => EntityCatalog.EntitiesIn(model, library.GlobalNamespace)).ToImmutableArray());
        _appEntities = new Lazy<ImmutableArray<EntityModel>>(() =>
            EntityCatalog.EntitiesIn(model, app.GlobalNamespace).Concat(LibraryEntities).OrderBy(entity => entity.QualifiedName, StringComparer.Ordinal).ToImmutableArray());
        _specializations = new Lazy<ILookup<INamedTypeSymbol, EntityModel>>(() =>
            AppEntities.Where(entity => entity.Generalization is not null).ToLookup(entity => entity.Generalization!.Symbol, (IEqualityComparer<INamedTypeSymbol>)SymbolEqualityComparer.Default));
        _catalog = new Lazy<EntityCatalog>(() => new EntityCatalog(AppEntities.Concat(SystemEntities())));
        _createEntity = type => new Lazy<EntityModel?>(() => CreateEntity(type));
        _createShared = type => new SharedEntity(new Lazy<EntityModel?>(() => CreateEntity(type)));
    }

    /// <summary>Entities and associations by name, for the steps of XPath paths (built on first use).</summary>
    public EntityCatalog Catalog => _catalog.Value;

    /// <summary>The entities of referenced module libraries, read from metadata once per compilation.</summary>
    public ImmutableArray<EntityModel> LibraryEntities => _libraryEntities.Value;

    /// <summary>The entities of the project and its module libraries (not the System module's), by qualified name: what a report lists. Built on first use; the analyzer asks only for a path's far side (<see cref="Catalog"/>) and for specializations (<see cref="SpecializationsOf"/>).</summary>
    public ImmutableArray<EntityModel> AppEntities => _appEntities.Value;

    /// <summary>
    /// The entities of the app and its module libraries that specialize <paramref name="entity"/>, directly or further
    /// down, each once: the nearest first, each level by qualified name. Listed on first use from every entity, so
    /// asked only where a specialization's own rules decide (rules are not inherited).
    /// </summary>
    public IEnumerable<EntityModel> SpecializationsOf(EntityModel entity)
    {
        var pending = new Queue<EntityModel>();
        pending.Enqueue(entity);
        while (pending.Count > 0)
        {
            foreach (var specialization in _specializations.Value[pending.Dequeue().Symbol])
            {
                pending.Enqueue(specialization);
                yield return specialization;
            }
        }
    }

    public EntityModel? FileDocument => _types.FileDocument is { } document ? GetEntity(document) : null;

    public EntityModel? Image => _types.Image is { } image ? GetEntity(image) : null;

    public EntityModel? SystemUser => _types.SystemUser is { } user ? GetEntity(user) : null;

    /// <summary>The entity a class stands for, kept for the compilation; null when it is not an entity.</summary>
    public EntityModel? GetEntity(INamedTypeSymbol type) =>
        _entities.GetOrAdd(type.OriginalDefinition, _createEntity).Value;

    /// <summary>
    /// The entity a class stands for, for the analysis of that class: the kept model when another entity or a
    /// document has asked for it, or when a document may name it (and will ask), otherwise a new one that is not kept. Most entities are looked at by their own analysis only, and
    /// keeping every one of them made every garbage collection of a build copy the whole model (docs/performance.md).
    /// </summary>
    /// <remarks>
    /// Where both of the package's analyzers analyze entities (the IDE; a build runs the suggestions only when the
    /// project raises their severity), the model made for the first is held until the second has taken it too.
    /// </remarks>
    public EntityModel? EntityToAnalyze(INamedTypeSymbol type, EntityAnalyzers analyzer = EntityAnalyzers.Findings)
    {
        var definition = type.OriginalDefinition;
        if (_entities.TryGetValue(definition, out var kept))
        {
            return kept.Value;
        }

        // The documents' checks ask again for the entities a document names: kept, each is modelled once.
        if (_model.Documents.MayNameEntity(definition))
        {
            return GetEntity(definition);
        }

        var analyzers = (EntityAnalyzers)Volatile.Read(ref _entityAnalyzers);
        if (analyzers != (EntityAnalyzers.Findings | EntityAnalyzers.Suggestions))
        {
            return CreateEntity(definition);
        }

        var shared = _sharedEntities.GetOrAdd(definition, _createShared);
        if (shared.TakeFor(analyzer) == analyzers)
        {
            _sharedEntities.TryRemove(definition, out _);
        }

        return shared.Entity.Value;
    }

    /// <summary>Records that <paramref name="analyzer"/> analyzes the entities of this compilation (<see cref="EntityToAnalyze"/>).</summary>
    public void AddEntityAnalyzer(EntityAnalyzers analyzer) => SharedEntity.Add(ref _entityAnalyzers, analyzer);

    internal EntityMember CreateMember(IPropertySymbol property, string module, string entityName)
    {
        var computed = false;
        var unlimited = false;
        string? associationName = null;
        foreach (var attribute in property.GetAttributes())
        {
            unlimited |= EntityMember.GivesUnlimitedLength(attribute);
            computed |= AccessRulesTypes.Is(attribute, _types.Calculated) || AccessRulesTypes.Is(attribute, _types.AutoNumber);
            if (AccessRulesTypes.Is(attribute, _types.Association))
            {
                associationName = AttributeValues.ConstructorString(attribute, AnnotationNames.AssociationAttribute.Name);
            }
        }

        return new EntityMember(_model, property, computed, module, entityName, associationName, unlimited);
    }

    /// <summary>The entity class a property leads to, and that entity's name; null when the property is an attribute.</summary>
    internal (INamedTypeSymbol Class, string Name)? OtherEnd(IPropertySymbol property) =>
        EntityTypeOf(property.Type) is { } target ? (target, IdentityOf(target).Name) : null;

    /// <summary>The entity class a property refers to, directly or as the element of a collection (a reference set).</summary>
    private INamedTypeSymbol? EntityTypeOf(ITypeSymbol type)
    {
        switch (type)
        {
            case IArrayTypeSymbol array:
                return array.ElementType is INamedTypeSymbol arrayElement && IsEntityClass(arrayElement) ? arrayElement : null;
            case INamedTypeSymbol named when IsEntityClass(named):
                return named;
            case INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } generic
                when generic.TypeArguments[0] is INamedTypeSymbol element && IsEntityClass(element) && type.SpecialType != SpecialType.System_Nullable_T:
                return element;
            default:
                return null;
        }
    }

    // Only classes carry [Entity]: string, numbers, dates and enums are answered without reading attributes.
    private bool IsEntityClass(INamedTypeSymbol type) =>
        type.TypeKind == TypeKind.Class && type.SpecialType == SpecialType.None && IdentityOf(type).IsEntity;

    /// <summary>The module and name of an entity class, read without modelling it (members refer to each other in cycles).</summary>
    private EntityIdentity IdentityOf(INamedTypeSymbol type)
    {
        var definition = type.OriginalDefinition;
        if (SystemEntityName(definition) is { } systemName)
        {
            return new EntityIdentity("System", systemName, null);
        }

        foreach (var attribute in definition.GetAttributes())
        {
            if (AccessRulesTypes.Is(attribute, _types.Entity))
            {
                return new EntityIdentity(
                    AttributeValues.ConstructorString(attribute, AnnotationNames.EntityAttribute.Module) ?? string.Empty,
                    AttributeValues.NamedString(attribute, AnnotationNames.EntityAttribute.Name) ?? definition.Name,
                    attribute);
            }
        }

        return default;
    }

    private string? SystemEntityName(INamedTypeSymbol type)
    {
        foreach (var (systemClass, name) in _types.SystemEntities)
        {
            if (SymbolEqualityComparer.Default.Equals(type, systemClass))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>The System module's entities, which XPath paths can name as steps.</summary>
    private IEnumerable<EntityModel> SystemEntities()
    {
        foreach (var (systemClass, _) in _types.SystemEntities)
        {
            if (GetEntity(systemClass) is { } entity)
            {
                yield return entity;
            }
        }
    }

    private EntityModel? CreateEntity(INamedTypeSymbol type)
    {
        var identity = IdentityOf(type);
        if (!identity.IsEntity)
        {
            return null;
        }

        return new EntityModel(_model, type, identity.Module, identity.Name, identity.Declaration, GeneralizationOf(type));
    }

    /// <summary>The nearest base class that is an entity: plain C# classes in between (abstract or generic bases) are skipped.</summary>
    private EntityModel? GeneralizationOf(INamedTypeSymbol type)
    {
        for (var baseType = type.BaseType; baseType is { SpecialType: SpecialType.None }; baseType = baseType.BaseType)
        {
            if (GetEntity(baseType) is { } generalization)
            {
                return generalization;
            }
        }

        return null;
    }
}
