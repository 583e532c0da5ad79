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

    // The steps read against this entity so far and where they lead (PathResolver's memo), replaced whole.
    private ResolvedStepName[] _resolvedSteps = [];

    internal EntityModel(SecurityModel model, INamedTypeSymbol symbol, string module, string name, AttributeData? declaration, EntityModel? generalization)
    {
        Model = model;
        Symbol = symbol;
        Module = module;
        Name = name;
        QualifiedName = module + "." + name;
        Declaration = declaration;
        Generalization = generalization;
        Settings = declaration is null ? InheritedSettings.OfSystemEntity : InheritedSettings.Of(declaration, generalization);
        OverriddenSettings = declaration is null ? ImmutableArray<InheritedSetting>.Empty : InheritedSettings.Overridden(declaration, generalization);
        Members = CollectMembers(model, symbol, module, name, generalization);
        // Only entities below System.User have members their rules cannot grant; the rest share one array.
        GrantableMembers = declaration is not null && generalization is not null && generalization.IsUser
            ? Members.RemoveAll(member => generalization.IsSystemUserMember(member))
            : Members;

        var rules = ImmutableArray.CreateBuilder<AccessRule>();
        foreach (var attribute in symbol.GetAttributes())
        {
            if (AccessRulesTypes.Is(attribute, model.Types.AccessRule))
            {
                rules.Add(new AccessRule(this, attribute));
            }
        }

        Rules = rules.ToImmutable();
        ConstraintSites = ConstraintSitesOf(Rules);
    }

    public SecurityModel Model { get; }

    public INamedTypeSymbol Symbol { get; }

    public string Module { get; }

    public string Name { get; }

    public string QualifiedName { get; }

    /// <summary>The <c>[Entity]</c> attribute; null for system entities.</summary>
    public AttributeData? Declaration { get; }

    /// <summary>
    /// The class is declared in source, here or in a project this one references, so a fix can edit its
    /// <c>[Entity]</c>; a module library's from a package (metadata only) cannot be.
    /// </summary>
    public bool IsInSource => !Symbol.DeclaringSyntaxReferences.IsEmpty;

    public EntityModel? Generalization { get; }

    /// <summary>Persistability and the stored system members, as the root of the hierarchy sets them.</summary>
    public InheritedSettings Settings { get; }

    /// <summary>The settings the <c>[Entity]</c> of a specialization sets to another value than its generalization's (AR1017).</summary>
    public ImmutableArray<InheritedSetting> OverriddenSettings { get; }

    public bool Persistable => Settings.Has(InheritedSetting.Persistable);

    public bool StoresOwner => Settings.Has(InheritedSetting.StoreOwner);

    /// <summary>The entity stores <paramref name="member"/>, so an XPath may use it.</summary>
    public bool Stores(SystemMember member) => Settings.Has(member.Flag);

    /// <summary>The system member named <paramref name="name"/> (<c>createdDate</c>, <c>System.owner</c>) when the entity stores it: it has member rights as the entity's own members do.</summary>
    public SystemMember? StoredSystemMember(string name) => SystemMember.Named(name) is { } member && Stores(member) ? member : null;

    /// <summary>The root of the entity's hierarchy: the entity that decides its <see cref="Settings"/>.</summary>
    public EntityModel Root
    {
        get
        {
            var entity = this;
            while (entity.Generalization is { } generalization)
            {
                entity = generalization;
            }

            return entity;
        }
    }

    /// <summary>Own members first, then those inherited from generalizations.</summary>
    public ImmutableArray<EntityMember> Members { get; }

    /// <summary>
    /// The members this entity's access rules decide: all of <see cref="Members"/>, except on a specialization of
    /// System.User, whose System.User members have inbuilt access (user management) that its rules neither grant
    /// nor restrict. FileDocument and Image specializations grant their system members like any other.
    /// </summary>
    public ImmutableArray<EntityMember> GrantableMembers { get; }

    /// <summary>The entity's rules decide <paramref name="member"/>: it is in <see cref="GrantableMembers"/>.</summary>
    public bool IsGrantable(EntityMember member) => GrantableMembers.Length == Members.Length || !IsSystemUserMember(member);

    /// <summary>
    /// The app's access rules decide who may read and write <paramref name="member"/> (a system member the entity stores
    /// when null): not on an entity of the System module, whose access rules are the platform's, and not System.User's
    /// own members, which whoever may manage the user's role may read and write whatever a specialization's rules say.
    /// </summary>
    public bool AppRulesDecide(EntityMember? member) => Declaration is not null && (member is null || IsGrantable(member));

    /// <summary><paramref name="member"/> is one of System.User's own members (Name, Password, System.UserRoles, ...) and this entity is System.User or below it.</summary>
    public bool IsSystemUserMember(EntityMember member) =>
        Model.SystemUser is { } user && IsOrSpecializes(user) && ReferenceEquals(user.FindMember(member.Name), member);

    /// <summary>
    /// On a specialization of System.User, the System.User member that a rule's <c>Read</c>, <c>ReadWrite</c> or
    /// <c>Except</c> names, by property name or, for an association, by its XPath name (<c>System.UserRoles</c>);
    /// null otherwise.
    /// </summary>
    public EntityMember? SystemUserMemberNamed(string name)
    {
        if (GrantableMembers.Length == Members.Length)
        {
            return null;
        }

        var member = FindMember(name) ?? (name.StartsWith("System.", System.StringComparison.Ordinal) ? FindAssociation(name) : null);
        return member is not null && IsSystemUserMember(member) ? member : null;
    }

    public ImmutableArray<AccessRule> Rules { get; }

    /// <summary>The XPath constraints read against this entity, where they stand: its access rules' today.</summary>
    public ImmutableArray<ConstraintSite> ConstraintSites { get; }

    /// <summary>Where the step <paramref name="name"/> leads from this entity, if it was resolved before.</summary>
    internal bool TryGetResolvedStep(string name, out PathStepTarget target)
    {
        foreach (var known in System.Threading.Volatile.Read(ref _resolvedSteps))
        {
            if (known.Name == name)
            {
                target = known.Target;
                return true;
            }
        }

        target = default;
        return false;
    }

    /// <summary>Keeps where <paramref name="name"/> leads, up to a few names: an entity's constraints name a few steps each, many times.</summary>
    internal void KeepResolvedStep(string name, PathStepTarget target)
    {
        var known = System.Threading.Volatile.Read(ref _resolvedSteps);
        if (known.Length < ResolvedStepName.Kept)
        {
            var more = new ResolvedStepName[known.Length + 1];
            known.CopyTo(more, 0);
            more[known.Length] = new ResolvedStepName(name, target);
            System.Threading.Volatile.Write(ref _resolvedSteps, more);
        }
    }

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
    public bool CanWrite(string moduleRole, EntityMember member) => Grants(moduleRole, member, MemberAccess.ReadWrite);

    /// <summary>
    /// Every read access the anonymous module roles have on this entity is user-scoped: an object of it that a visitor
    /// passes to a microflow is the visitor's own, since the client passes only objects it may read. Never of an entity
    /// many users share (<see cref="IsSharedByUsers"/>): a user role the visitor passes is other users' too, whatever
    /// the System module's rules let visitors read.
    /// </summary>
    public bool AnonymousReadIsUserScoped =>
        !IsSharedByUsers && System.Linq.Enumerable.All(Rules, rule => !rule.IsAnonymous || rule.MembersWith(MemberAccess.Read).IsEmpty || rule.IsUserScoped);

    /// <summary>A rule of an anonymous module role lets visitors read a member of some of its objects: they may hold such objects, and pass them to microflows.</summary>
    public bool AnonymousUsersReadSome => System.Linq.Enumerable.Any(Rules, rule => rule.IsAnonymous && !rule.MembersWith(MemberAccess.Read).IsEmpty);

    /// <summary>One of the entity's own rules lets <paramref name="moduleRole"/> read <paramref name="member"/>.</summary>
    public bool CanRead(string moduleRole, EntityMember member) => Grants(moduleRole, member, MemberAccess.Read);

    /// <summary>The entity stores <paramref name="member"/> and one of its own rules lets <paramref name="moduleRole"/> read it.</summary>
    public bool CanRead(string moduleRole, SystemMember member)
    {
        if (!Stores(member))
        {
            return false;
        }

        foreach (var rule in Rules)
        {
            if (rule.Reads(member) && rule.Names(moduleRole))
            {
                return true;
            }
        }

        return false;
    }

    private bool Grants(string moduleRole, EntityMember member, MemberAccess access)
    {
        foreach (var rule in Rules)
        {
            if (rule.AccessTo(member) >= access && rule.Names(moduleRole))
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

    /// <summary>
    /// This entity and <paramref name="other"/> are one, or one is above the other: an object of one may be an object of
    /// the other (a variable, a parameter or an association of one holds objects of the other).
    /// </summary>
    public bool SharesObjectsWith(EntityModel other) => IsOrSpecializes(other) || other.IsOrSpecializes(this);

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

    /// <summary>
    /// System.UserRole, System.Language or System.TimeZone: many users share one object, so being linked to one does
    /// not tie an object to any user.
    /// </summary>
    public bool IsSharedByUsers => Declaration is null && Model.Types.IsSharedByUsers(Symbol);

    public bool IsFileDocument => IsOrSpecializes(Model.FileDocument);

    public bool IsImage => IsOrSpecializes(Model.Image);

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

    /// <summary>
    /// The public instance properties of the class and of the plain C# classes between it and its generalization,
    /// then the generalization's members. A property that hides an inherited one replaces it.
    /// </summary>
    private static ImmutableArray<EntityMember> CollectMembers(SecurityModel model, INamedTypeSymbol symbol, string module, string name, EntityModel? generalization)
    {
        var inheritedMembers = generalization?.Members ?? ImmutableArray<EntityMember>.Empty;
        // GetMembers() makes a new array of the members' public symbols (accessors and backing fields too) on every
        // call: the class's are asked for once, and the builder is sized to its properties, so that it is handed over
        // without a copy.
        var own = symbol.GetMembers();
        var capacity = inheritedMembers.Length;
        foreach (var candidate in own)
        {
            if (IsMember(candidate))
            {
                capacity++;
            }
        }

        var members = ImmutableArray.CreateBuilder<EntityMember>(capacity);
        for (INamedTypeSymbol? type = symbol; type is { SpecialType: SpecialType.None } && !IsClassOf(type, generalization); type = type.BaseType)
        {
            foreach (var candidate in ReferenceEquals(type, symbol) ? own : type.GetMembers())
            {
                if (IsMember(candidate) && Find(members, candidate.Name) is null)
                {
                    members.Add(model.Entities.CreateMember((IPropertySymbol)candidate, module, name));
                }
            }
        }

        foreach (var inherited in inheritedMembers)
        {
            if (Find(members, inherited.Name) is null)
            {
                members.Add(inherited);
            }
        }

        return members.Count == members.Capacity ? members.MoveToImmutable() : members.ToImmutable();
    }

    // Most entities have few rules and many none with a constraint: nothing is allocated for those.
    private static ImmutableArray<ConstraintSite> ConstraintSitesOf(ImmutableArray<AccessRule> rules)
    {
        ImmutableArray<ConstraintSite>.Builder? sites = null;
        foreach (var rule in rules)
        {
            if (rule.Constraint is { } site)
            {
                (sites ??= ImmutableArray.CreateBuilder<ConstraintSite>(rules.Length)).Add(site);
            }
        }

        return sites?.ToImmutable() ?? ImmutableArray<ConstraintSite>.Empty;
    }

    /// <summary>The entity declares <paramref name="member"/> (directly or through a plain base class): it is not its generalization's.</summary>
    public bool Declares(EntityMember member) => Generalization is null || Generalization.FindMember(member.Name) != member;

    private static bool IsClassOf(INamedTypeSymbol type, EntityModel? entity) =>
        entity is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, entity.Symbol);

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
