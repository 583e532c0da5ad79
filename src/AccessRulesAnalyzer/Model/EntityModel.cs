using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Model;

/// <summary>An entity: a class with <c>[Entity]</c>, or one of the platform's system entities.</summary>
internal sealed class EntityModel
{
    private const int Unknown = -1;

    // Decided on the first rule's request, for every rule; a race decides the same value twice.
    private int _isGenerated = Unknown;

    internal EntityModel(SecurityModel model, INamedTypeSymbol symbol, string module, string name, AttributeData? declaration, EntityModel? generalization)
    {
        Model = model;
        Symbol = symbol;
        Module = module;
        Name = name;
        QualifiedName = module + "." + name;
        Declaration = declaration;
        Generalization = generalization;
        Persistable = declaration is null || AttributeValues.NamedBool(declaration, "Persistable", defaultValue: true);
        StoresOwner = declaration is not null && AttributeValues.NamedBool(declaration, "StoreOwner");
        Members = CollectMembers(model, symbol, module, name, generalization);

        var rules = ImmutableArray.CreateBuilder<AccessRule>();
        foreach (var attribute in symbol.GetAttributes())
        {
            if (AccessRulesTypes.Is(attribute, model.Types.AccessRule))
            {
                rules.Add(new AccessRule(this, attribute));
            }
        }

        Rules = rules.ToImmutable();
    }

    public SecurityModel Model { get; }

    public INamedTypeSymbol Symbol { get; }

    public string Module { get; }

    public string Name { get; }

    public string QualifiedName { get; }

    /// <summary>The <c>[Entity]</c> attribute; null for system entities.</summary>
    public AttributeData? Declaration { get; }

    public EntityModel? Generalization { get; }

    public bool Persistable { get; }

    public bool StoresOwner { get; }

    /// <summary>Own members first, then those inherited from generalizations.</summary>
    public ImmutableArray<EntityMember> Members { get; }

    public ImmutableArray<AccessRule> Rules { get; }

    // Entities have a few dozen members at most: a scan beats allocating an index per entity.
    public EntityMember? FindMember(string name)
    {
        foreach (var member in Members)
        {
            if (member.Name == name)
            {
                return member;
            }
        }

        return null;
    }

    /// <summary>The association of this entity (its own or inherited) with the XPath name <paramref name="qualifiedName"/>.</summary>
    public EntityMember? FindAssociation(string qualifiedName)
    {
        foreach (var member in Members)
        {
            if (member.IsAssociationNamed(qualifiedName))
            {
                return member;
            }
        }

        return null;
    }

    /// <summary>One of the entity's own rules lets <paramref name="moduleRole"/> write <paramref name="member"/> (rules are additive).</summary>
    public bool CanWrite(string moduleRole, string member)
    {
        foreach (var rule in Rules)
        {
            if (rule.AccessTo(member) == MemberAccess.ReadWrite && rule.Names(moduleRole))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// This is the entity <paramref name="other"/> stands for. Compared by class, not by object: an entity under
    /// analysis is not always the object other entities were given (<see cref="SecurityModel.EntityToAnalyze"/>).
    /// </summary>
    public bool Is(EntityModel other) => SymbolEqualityComparer.Default.Equals(Symbol, other.Symbol);

    /// <summary>This entity is <paramref name="other"/> or one of its specializations.</summary>
    public bool IsOrSpecializes(EntityModel? other)
    {
        for (var entity = this; entity is not null && other is not null; entity = entity.Generalization)
        {
            if (entity.Is(other))
            {
                return true;
            }
        }

        return false;
    }

    public bool IsUser => IsOrSpecializes(Model.SystemUser);

    public bool IsFileDocument => IsOrSpecializes(Model.FileDocument);

    /// <summary>The class is generated code (<see cref="Model.GeneratedCode"/>): no rule reports on it.</summary>
    public bool IsGenerated
    {
        get
        {
            if (_isGenerated == Unknown)
            {
                _isGenerated = Model.GeneratedCode.Contains(Symbol, CancellationToken.None) ? 1 : 0;
            }

            return _isGenerated == 1;
        }
    }

    private static ImmutableArray<EntityMember> CollectMembers(SecurityModel model, INamedTypeSymbol symbol, string module, string name, EntityModel? generalization)
    {
        // Sized up front: growing a builder and copying it out was a good part of what modelling an entity allocated.
        var candidates = symbol.GetMembers();
        var inheritedMembers = generalization?.Members ?? ImmutableArray<EntityMember>.Empty;
        var capacity = inheritedMembers.Length;
        foreach (var candidate in candidates)
        {
            capacity += IsMember(candidate) ? 1 : 0;
        }

        var members = ImmutableArray.CreateBuilder<EntityMember>(capacity);
        foreach (var candidate in candidates)
        {
            if (IsMember(candidate) && Find(members, candidate.Name) is null)
            {
                members.Add(model.CreateMember((IPropertySymbol)candidate, module, name));
            }
        }

        // Inherited members follow the entity's own; a property that hides an inherited one replaces it.
        foreach (var inherited in inheritedMembers)
        {
            if (Find(members, inherited.Name) is null)
            {
                members.Add(inherited);
            }
        }

        return members.Count == members.Capacity ? members.MoveToImmutable() : members.ToImmutable();
    }

    private static bool IsMember(ISymbol candidate) =>
        candidate is IPropertySymbol { IsStatic: false, IsIndexer: false, DeclaredAccessibility: Accessibility.Public, IsImplicitlyDeclared: false };

    private static EntityMember? Find(ImmutableArray<EntityMember>.Builder members, string name)
    {
        for (var i = 0; i < members.Count; i++)
        {
            if (members[i].Name == name)
            {
                return members[i];
            }
        }

        return null;
    }
}
