using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using AccessRulesAnalyzer.XPath;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Model;

/// <summary>
/// The application's security model for one compilation, shared by every rule. The app-level part (roles,
/// anonymous access, security level) is read from assembly attributes when the model is made. Entities are
/// modelled on request: an entity that other entities look at (a generalization, the end of a path) is kept for
/// the compilation, and one that only its own analysis looks at is not (<see cref="EntityToAnalyze"/>).
/// </summary>
internal sealed class SecurityModel
{
    private static readonly ConditionalWeakTable<Compilation, StrongBox<SecurityModel?>> s_models = new();

    // Entities analyzed at the same time on several threads ask for the same kept entity: Lazy makes one of them build it.
    private readonly ConcurrentDictionary<INamedTypeSymbol, Lazy<EntityModel?>> _entities = new(SymbolEqualityComparer.Default);
    private readonly Lazy<EntityCatalog> _catalog;
    private readonly Lazy<ImmutableArray<EntityModel>> _libraryEntities;
    private readonly Lazy<ImmutableArray<EntityModel>> _appEntities;
    private readonly Func<INamedTypeSymbol, Lazy<EntityModel?>> _createEntity;
    private readonly ConcurrentDictionary<INamedTypeSymbol, SharedEntity> _sharedEntities = new(SymbolEqualityComparer.Default);
    private readonly Func<INamedTypeSymbol, SharedEntity> _createShared;
    private int _entityAnalyzers;
    private readonly ImmutableHashSet<string> _declaredModuleRoles;
    private SecurityModel(Compilation compilation, AccessRulesTypes types, IAssemblySymbol app)
    {
        Types = types;
        GeneratedCode = new GeneratedCode(compilation);
        _libraryEntities = new Lazy<ImmutableArray<EntityModel>>(() =>
            ModuleLibraries(compilation, types, app).SelectMany(library => EntityCatalog.EntitiesIn(this, library.GlobalNamespace)).ToImmutableArray());
        _appEntities = new Lazy<ImmutableArray<EntityModel>>(() =>
            EntityCatalog.EntitiesIn(this, app.GlobalNamespace).Concat(LibraryEntities).OrderBy(entity => entity.QualifiedName, StringComparer.Ordinal).ToImmutableArray());
        _catalog = new Lazy<EntityCatalog>(() => new EntityCatalog(AppEntities.Concat(SystemEntities())));
        _createEntity = type => new Lazy<EntityModel?>(() => CreateEntity(type));
        _createShared = type => new SharedEntity(new Lazy<EntityModel?>(() => CreateEntity(type)));

        var moduleRoles = ImmutableArray.CreateBuilder<ModuleRole>();
        var userRoles = ImmutableArray.CreateBuilder<UserRole>();
        var anonymous = ImmutableArray.CreateBuilder<AnonymousAccess>();
        var demoUsers = ImmutableArray.CreateBuilder<DemoUser>();
        var level = AppSecurityLevel.Production;
        foreach (var attribute in app.GetAttributes())
        {
            if (AccessRulesTypes.Is(attribute, types.ModuleRole))
            {
                AddModuleRole(moduleRoles, attribute);
            }
            else if (AccessRulesTypes.Is(attribute, types.UserRole) && AttributeValues.ConstructorString(attribute, 0) is { } name)
            {
                userRoles.Add(new UserRole(
                    name,
                    AttributeValues.ConstructorStrings(attribute, 1),
                    AttributeValues.NamedBool(attribute, "ManagesAllRoles"),
                    AttributeValues.NamedStrings(attribute, "ManagedRoles"),
                    attribute));
            }
            else if (AccessRulesTypes.Is(attribute, types.AnonymousUsers))
            {
                anonymous.Add(new AnonymousAccess(
                    AttributeValues.ConstructorString(attribute, 0),
                    AttributeValues.NamedString(attribute, "SignInMicroflow"),
                    attribute));
            }
            else if (AccessRulesTypes.Is(attribute, types.DemoUser))
            {
                demoUsers.Add(new DemoUser(AttributeValues.ConstructorString(attribute, 0), AttributeValues.ConstructorStrings(attribute, 1), attribute));
            }
            else if (AccessRulesTypes.Is(attribute, types.AdministratorAccount))
            {
                Administrator = new AdministratorAccount(AttributeValues.ConstructorString(attribute, 0), AttributeValues.NamedString(attribute, "UserRole"), attribute);
            }
            else if (AccessRulesTypes.Is(attribute, types.PasswordPolicy))
            {
                PasswordPolicy = new PasswordPolicy(
                    AttributeValues.NamedInt(attribute, "MinimumLength"),
                    AttributeValues.NamedBool(attribute, "RequireDigit"),
                    AttributeValues.NamedBool(attribute, "RequireMixedCase"),
                    AttributeValues.NamedBool(attribute, "RequireSymbol"),
                    attribute);
            }
            else if (AccessRulesTypes.Is(attribute, types.AppSecurity) && AttributeValues.ConstructorInt(attribute, 0) is { } value)
            {
                level = (AppSecurityLevel)value;
                AppSecurityDeclaration = attribute;
            }
        }

        // Module libraries declare their own module roles; an app sees them through its references.
        foreach (var assembly in ModuleLibraries(compilation, types, app))
        {
            foreach (var attribute in assembly.GetAttributes())
            {
                if (AccessRulesTypes.Is(attribute, types.ModuleRole))
                {
                    AddModuleRole(moduleRoles, attribute);
                }
            }
        }

        ModuleRoles = moduleRoles.ToImmutable();
        _declaredModuleRoles = ModuleRoles.Select(role => role.QualifiedName).ToImmutableHashSet(StringComparer.Ordinal);
        UserRoles = userRoles.ToImmutable();
        AnonymousDeclarations = anonymous.ToImmutable();
        DemoUsers = demoUsers.ToImmutable();
        Level = level;

        AnonymousUserRole = AnonymousDeclarations.IsEmpty ? null : UserRoleNamed(AnonymousDeclarations[0].UserRoleName);

        var anonymousModuleRoles = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        if (AnonymousUserRole is not null)
        {
            foreach (var role in AnonymousUserRole.ModuleRoles)
            {
                anonymousModuleRoles.Add(role.Value);
            }
        }

        AnonymousModuleRoles = anonymousModuleRoles.ToImmutable();
    }

    public AccessRulesTypes Types { get; }

    /// <summary>The compilation's generated code, which no rule reports on.</summary>
    public GeneratedCode GeneratedCode { get; }

    public AppSecurityLevel Level { get; }

    /// <summary>The <c>[assembly: AppSecurity]</c> that set <see cref="Level"/>; null when the level is the default.</summary>
    public AttributeData? AppSecurityDeclaration { get; }

    /// <summary>Module roles declared here and in referenced module libraries, in declaration order, duplicates included.</summary>
    public ImmutableArray<ModuleRole> ModuleRoles { get; }

    public ImmutableArray<UserRole> UserRoles { get; }

    /// <summary>Every <c>[assembly: AnonymousUsers]</c>; the first one is in force.</summary>
    public ImmutableArray<AnonymousAccess> AnonymousDeclarations { get; }

    /// <summary>The user role of visitors who have not signed in; null when anonymous users are not allowed.</summary>
    public UserRole? AnonymousUserRole { get; }

    /// <summary>The <c>[assembly: AdministratorAccount]</c>; null without one.</summary>
    public AdministratorAccount? Administrator { get; }

    public ImmutableArray<DemoUser> DemoUsers { get; }

    /// <summary>The <c>[assembly: PasswordPolicy]</c>; null without one.</summary>
    public PasswordPolicy? PasswordPolicy { get; }

    /// <summary>The user role named <paramref name="name"/>; null when none is declared.</summary>
    public UserRole? UserRoleNamed(string? name)
    {
        foreach (var role in UserRoles)
        {
            if (role.Name == name)
            {
                return role;
            }
        }

        return null;
    }

    /// <summary>The module roles of <see cref="AnonymousUserRole"/>.</summary>
    public ImmutableHashSet<string> AnonymousModuleRoles { get; }

    /// <summary>The entities of referenced module libraries, read from metadata once per compilation.</summary>
    public ImmutableArray<EntityModel> LibraryEntities => _libraryEntities.Value;

    /// <summary>The entities of the project and its module libraries (not the System module's), by qualified name: what a report lists. Built on first use; the analyzer never asks.</summary>
    public ImmutableArray<EntityModel> AppEntities => _appEntities.Value;

    public EntityModel? FileDocument => Types.FileDocument is { } document ? GetEntity(document) : null;

    public EntityModel? Image => Types.Image is { } image ? GetEntity(image) : null;

    /// <summary>The module role is declared here or in a module library, or is one of the System module's own.</summary>
    public bool IsDeclared(string moduleRole) => _declaredModuleRoles.Contains(moduleRole) || ModuleRole.IsBuiltIn(moduleRole);

    /// <summary>A user role named <paramref name="name"/> is declared (an app has a handful: a scan).</summary>
    public bool IsUserRole(string name) => UserRoleNamed(name) is not null;

    /// <summary>A system token, or the token of a declared user role.</summary>
    public bool IsKnownToken(string name) =>
        XPath.XPathTokens.Fixed.Contains(name) ||
        (XPath.XPathTokens.IsUserRole(name) && IsUserRole(name.Substring(XPath.XPathTokens.UserRolePrefix.Length)));

    /// <summary>The declared module role nearest to an undeclared one, when there is exactly one.</summary>
    public string? SuggestModuleRole(string moduleRole) => NameSuggestion.For(moduleRole, _declaredModuleRoles.Union(ModuleRole.BuiltIn));

    public EntityModel? SystemUser => Types.SystemUser is { } user ? GetEntity(user) : null;

    /// <summary>The model of <paramref name="compilation"/>; null when it does not reference the AccessRules annotations.</summary>
    public static SecurityModel? For(Compilation compilation) =>
        s_models.GetValue(compilation, static c => new StrongBox<SecurityModel?>(Create(c))).Value;

    /// <summary>A new model, not shared: <see cref="For"/> is what analyzers use; the benchmark measures with this.</summary>
    internal static SecurityModel? Create(Compilation compilation) =>
        AccessRulesTypes.Create(compilation) is { } types ? new SecurityModel(compilation, types, compilation.Assembly) : null;

    /// <summary>
    /// The model of a built app, <paramref name="app"/>, read from metadata: <paramref name="compilation"/> only
    /// references it and its references. What the command-line tool reads when given an assembly.
    /// </summary>
    internal static SecurityModel? ForBuiltApp(Compilation compilation, IAssemblySymbol app) =>
        AccessRulesTypes.Create(compilation) is { } types ? new SecurityModel(compilation, types, app) : null;

    public bool IsAnonymous(string moduleRole) => AnonymousModuleRoles.Contains(moduleRole);

    /// <summary>The user roles, other than the anonymous one, that include <paramref name="moduleRole"/>.</summary>
    public ImmutableArray<UserRole> NamedUserRolesIncluding(string moduleRole)
    {
        var builder = ImmutableArray.CreateBuilder<UserRole>();
        foreach (var role in UserRoles)
        {
            if (role.Name != AnonymousUserRole?.Name && role.Includes(moduleRole))
            {
                builder.Add(role);
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>The entity a class stands for, kept for the compilation; null when it is not an entity.</summary>
    public EntityModel? GetEntity(INamedTypeSymbol type) =>
        _entities.GetOrAdd(type.OriginalDefinition, _createEntity).Value;

    /// <summary>
    /// The entity a class stands for, for the analysis of that class: the kept model when another entity has asked
    /// for it, otherwise a new one that is not kept. Most entities are looked at by their own analysis only, and
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

    /// <summary>Null when <paramref name="constraint"/> only matches objects tied to the current user; else what lets others through (<see cref="UserScope"/>).</summary>
    public ScopeLeak? FindScopeLeak(XPath.XPathConstraint constraint, EntityModel entity) => new UserScope(this).FindLeak(constraint, entity);

    /// <summary>Where one step of an XPath path leads from <paramref name="current"/>.</summary>
    public PathStepTarget ResolveStep(EntityModel current, string step)
    {
        if (step == "id")
        {
            return PathStepTarget.Id;
        }

        // Named whether or not the entity stores it: using one it does not store is AR1007, not an unknown name.
        if (SystemMember.Named(step) is { } systemMember)
        {
            return PathStepTarget.ForSystemMember(systemMember, SystemUser);
        }

        if (current.FindMember(step) is { Kind: MemberKind.Attribute } attribute)
        {
            return PathStepTarget.ForAttribute(attribute, current);
        }

        if (current.FindAssociation(step) is { Target: { } targetType } association && GetEntity(targetType) is { } associated)
        {
            return PathStepTarget.ForAssociation(associated, association, current);
        }

        // An association declared on the other entity is navigable from this side too; an entity name filters by type.
        var catalog = _catalog.Value;
        foreach (var (owner, member) in catalog.AssociationsNamed(step))
        {
            if (member.Target is not null && GetEntity(member.Target) is { } target && current.IsOrSpecializes(target))
            {
                return PathStepTarget.ForAssociation(owner, member, owner);
            }
        }

        return catalog.EntityNamed(step) is { } filter && filter.IsOrSpecializes(current)
            ? PathStepTarget.ForEntityFilter(filter)
            : PathStepTarget.Unknown;
    }

    internal EntityMember CreateMember(IPropertySymbol property, string module, string entityName)
    {
        var computed = false;
        string? associationName = null;
        foreach (var attribute in property.GetAttributes())
        {
            computed |= AccessRulesTypes.Is(attribute, Types.Calculated) || AccessRulesTypes.Is(attribute, Types.AutoNumber);
            if (AccessRulesTypes.Is(attribute, Types.Association))
            {
                associationName = AttributeValues.ConstructorString(attribute, 0);
            }
        }

        return new EntityMember(this, property, computed, module, entityName, associationName);
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
            if (AccessRulesTypes.Is(attribute, Types.Entity))
            {
                return new EntityIdentity(
                    AttributeValues.ConstructorString(attribute, 0) ?? string.Empty,
                    AttributeValues.NamedString(attribute, "Name") ?? definition.Name,
                    attribute);
            }
        }

        return default;
    }

    private string? SystemEntityName(INamedTypeSymbol type)
    {
        foreach (var (systemClass, name) in Types.SystemEntities)
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
        foreach (var (systemClass, _) in Types.SystemEntities)
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

        return new EntityModel(this, type, identity.Module, identity.Name, identity.Declaration, GeneralizationOf(type));
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

    private static void AddModuleRole(ImmutableArray<ModuleRole>.Builder roles, AttributeData attribute)
    {
        if (AttributeValues.ConstructorString(attribute, 0) is { } name)
        {
            roles.Add(new ModuleRole(name, attribute));
        }
    }

    /// <summary>Referenced assemblies built against the annotations: the only ones that can hold roles or entities.</summary>
    internal static IEnumerable<IAssemblySymbol> ModuleLibraries(Compilation compilation, AccessRulesTypes types, IAssemblySymbol app)
    {
        // A built app read from metadata is among the references: its entities are its own, not a library's.
        var annotations = types.Entity.ContainingAssembly.Identity.Name;
        return compilation.SourceModule.ReferencedAssemblySymbols.Where(assembly =>
            !SymbolEqualityComparer.Default.Equals(assembly, app) &&
            assembly.Modules.SelectMany(module => module.ReferencedAssemblies).Any(reference => reference.Name == annotations));
    }

    private readonly struct EntityIdentity
    {
        public EntityIdentity(string module, string name, AttributeData? declaration)
        {
            Module = module;
            Name = name;
            Declaration = declaration;
        }

        public string Module { get; }

        public string Name { get; }

        public AttributeData? Declaration { get; }

        public bool IsEntity => Name is not null;
    }
}
