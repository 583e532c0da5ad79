using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using AccessRulesAnalyzer.XPath;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Model;

/// <summary>
/// The application's security model for one compilation, shared by every check and the command-line tool: the
/// facade over its parts and their per-compilation cache. <see cref="App"/> is the app-level part (roles, anonymous
/// access, security settings), read from assembly attributes when the model is made; <see cref="Entities"/> models
/// entities on request; <see cref="Paths"/> resolves the steps of XPath paths against them.
/// </summary>
internal sealed class SecurityModel
{
    private static readonly ConditionalWeakTable<Compilation, StrongBox<SecurityModel?>> s_models = new();

    private SecurityModel(Compilation compilation, AccessRulesTypes types, IAssemblySymbol app, Func<IMethodSymbol, IEnumerable<IMethodSymbol>>? compiledCalls = null)
    {
        Types = types;
        GeneratedCode = new GeneratedCode(compilation);
        var moduleLibraries = ModuleLibraries.Of(compilation, types, app);
        App = new AppSettings(types, app, moduleLibraries);
        Entities = new EntityStore(this, types, app, moduleLibraries);
        Paths = new PathResolver(Entities);
        Documents = new DocumentModel(this, compilation, app, moduleLibraries, compiledCalls);
    }

    public AccessRulesTypes Types { get; }

    /// <summary>The compilation's generated code, which no rule reports on.</summary>
    public GeneratedCode GeneratedCode { get; }

    /// <summary>Settings and roles: what the app's assembly attributes declare.</summary>
    public AppSettings App { get; }

    /// <summary>The entities, modelled on request.</summary>
    public EntityStore Entities { get; }

    /// <summary>Where the steps of XPath paths lead.</summary>
    public PathResolver Paths { get; }

    /// <summary>Microflows, nanoflows and published services, their calls and reach (built on first use).</summary>
    public DocumentModel Documents { get; }

    /// <summary>The model of <paramref name="compilation"/>; null when it does not reference the AccessRules annotations.</summary>
    public static SecurityModel? For(Compilation compilation) =>
        s_models.GetValue(compilation, static c => new StrongBox<SecurityModel?>(Create(c))).Value;

    /// <summary>A new model, not shared: <see cref="For"/> is what analyzers use; the benchmark measures with this.</summary>
    internal static SecurityModel? Create(Compilation compilation) =>
        AccessRulesTypes.Create(compilation) is { } types ? new SecurityModel(compilation, types, compilation.Assembly) : null;

    /// <summary>
    /// The model of a built app, <paramref name="app"/>, read from metadata: <paramref name="compilation"/> only
    /// references it and its references. What the command-line tool reads when given an assembly. Without syntax, the
    /// calls a flow's body makes come from <paramref name="compiledCalls"/>: the methods its compiled body calls.
    /// </summary>
    internal static SecurityModel? ForBuiltApp(Compilation compilation, IAssemblySymbol app, Func<IMethodSymbol, IEnumerable<IMethodSymbol>> compiledCalls) =>
        AccessRulesTypes.Create(compilation) is { } types ? new SecurityModel(compilation, types, app, compiledCalls) : null;

    // The questions checks ask most, answered by the parts.
    public AppSecurityLevel Level => App.Level;

    public AttributeData? AppSecurityDeclaration => App.AppSecurityDeclaration;

    public ImmutableArray<ModuleRole> ModuleRoles => App.ModuleRoles;

    public ImmutableArray<UserRole> UserRoles => App.UserRoles;

    public ImmutableArray<AnonymousAccess> AnonymousDeclarations => App.AnonymousDeclarations;

    public UserRole? AnonymousUserRole => App.AnonymousUserRole;

    public ImmutableHashSet<string> AnonymousModuleRoles => App.AnonymousModuleRoles;

    public AdministratorAccount? Administrator => App.Administrator;

    public ImmutableArray<DemoUser> DemoUsers => App.DemoUsers;

    public PasswordPolicy? PasswordPolicy => App.PasswordPolicy;

    public UserRole? UserRoleNamed(string? name) => App.UserRoleNamed(name);

    public bool IsDeclared(string moduleRole) => App.IsDeclared(moduleRole);

    public bool IsUserRole(string name) => App.IsUserRole(name);

    public bool IsKnownToken(string name) => App.IsKnownToken(name);

    public string? SuggestModuleRole(string moduleRole, string? module = null) => App.SuggestModuleRole(moduleRole, module);

    public bool IsAnonymous(string moduleRole) => App.IsAnonymous(moduleRole);

    public ImmutableArray<UserRole> NamedUserRolesIncluding(string moduleRole) => App.NamedUserRolesIncluding(moduleRole);

    public ImmutableArray<EntityModel> LibraryEntities => Entities.LibraryEntities;

    public ImmutableArray<EntityModel> AppEntities => Entities.AppEntities;

    public EntityModel? SystemUser => Entities.SystemUser;

    public EntityModel? FileDocument => Entities.FileDocument;

    public EntityModel? Image => Entities.Image;

    public EntityModel? GetEntity(INamedTypeSymbol type) => Entities.GetEntity(type);

    public EntityModel? EntityToAnalyze(INamedTypeSymbol type, EntityAnalyzers analyzer = EntityAnalyzers.Findings) => Entities.EntityToAnalyze(type, analyzer);

    public void AddEntityAnalyzer(EntityAnalyzers analyzer) => Entities.AddEntityAnalyzer(analyzer);

    public PathStepTarget ResolveStep(EntityModel current, string step) => Paths.ResolveStep(current, step);

    /// <summary>Null when <paramref name="constraint"/> only matches objects tied to the current user; else what lets others through (<see cref="UserScope"/>).</summary>
    public ScopeLeak? FindScopeLeak(XPathConstraint constraint, EntityModel entity) => UserScope.FindLeak(constraint, entity);
}
