using System;
using System.Collections.Immutable;
using System.Linq;
using AccessRulesAnalyzer.XPath;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Model;

/// <summary>
/// The app-level part of the model: security level, module and user roles, anonymous access, the administrator,
/// demo users and the password policy, read from the app's assembly attributes (and the module roles of its module
/// libraries) when the model is made: a handful of attributes.
/// </summary>
internal sealed class AppSettings
{
    private readonly ImmutableHashSet<string> _declaredModuleRoles;

    public AppSettings(AccessRulesTypes types, IAssemblySymbol app, ImmutableArray<IAssemblySymbol> moduleLibraries)
    {
        var moduleRoles = ImmutableArray.CreateBuilder<ModuleRole>();
        var userRoles = ImmutableArray.CreateBuilder<UserRole>();
        var anonymous = ImmutableArray.CreateBuilder<AnonymousAccess>();
        var demoUsers = ImmutableArray.CreateBuilder<DemoUser>();
        var constants = ImmutableArray.CreateBuilder<Constant>();
        var level = AppSecurityLevel.Production;
        foreach (var attribute in app.GetAttributes())
        {
            if (AccessRulesTypes.Is(attribute, types.ModuleRole))
            {
                AddModuleRole(moduleRoles, attribute);
            }
            else if (AccessRulesTypes.Is(attribute, types.UserRole) && AttributeValues.ConstructorString(attribute, AnnotationNames.UserRoleAttribute.Name) is { } name)
            {
                userRoles.Add(new UserRole(
                    name,
                    AttributeValues.ConstructorStrings(attribute, AnnotationNames.UserRoleAttribute.ModuleRoles),
                    AttributeValues.NamedBool(attribute, AnnotationNames.UserRoleAttribute.ManagesAllRoles),
                    AttributeValues.NamedStrings(attribute, AnnotationNames.UserRoleAttribute.ManagedRoles),
                    attribute,
                    AttributeValues.NamedBool(attribute, AnnotationNames.UserRoleAttribute.CheckSecurity, defaultValue: true)));
            }
            else if (AccessRulesTypes.Is(attribute, types.AnonymousUsers))
            {
                anonymous.Add(new AnonymousAccess(
                    AttributeValues.ConstructorString(attribute, AnnotationNames.AnonymousUsersAttribute.UserRole),
                    AttributeValues.NamedString(attribute, AnnotationNames.AnonymousUsersAttribute.SignInMicroflow),
                    attribute));
            }
            else if (AccessRulesTypes.Is(attribute, types.Constant) && AttributeValues.ConstructorString(attribute, AnnotationNames.ConstantAttribute.QualifiedName) is { } constant)
            {
                constants.Add(new Constant(constant, AttributeValues.NamedBool(attribute, AnnotationNames.ConstantAttribute.ExposedToClient), attribute));
            }
            else if (AccessRulesTypes.Is(attribute, types.DemoUser))
            {
                demoUsers.Add(new DemoUser(AttributeValues.ConstructorString(attribute, AnnotationNames.DemoUserAttribute.Name), AttributeValues.ConstructorStrings(attribute, AnnotationNames.DemoUserAttribute.UserRoles), attribute));
            }
            else if (AccessRulesTypes.Is(attribute, types.AdministratorAccount))
            {
                Administrator = new AdministratorAccount(AttributeValues.ConstructorString(attribute, AnnotationNames.AdministratorAccountAttribute.Name), AttributeValues.NamedString(attribute, AnnotationNames.AdministratorAccountAttribute.UserRole), attribute);
            }
            else if (AccessRulesTypes.Is(attribute, types.PasswordPolicy))
            {
                PasswordPolicy = new PasswordPolicy(
                    AttributeValues.NamedInt(attribute, AnnotationNames.PasswordPolicyAttribute.MinimumLength),
                    AttributeValues.NamedBool(attribute, AnnotationNames.PasswordPolicyAttribute.RequireDigit),
                    AttributeValues.NamedBool(attribute, AnnotationNames.PasswordPolicyAttribute.RequireMixedCase),
                    AttributeValues.NamedBool(attribute, AnnotationNames.PasswordPolicyAttribute.RequireSymbol),
                    attribute);
            }
            else if (AccessRulesTypes.Is(attribute, types.AppSecurity) && AttributeValues.ConstructorInt(attribute, AnnotationNames.AppSecurityAttribute.Level) is { } value)
            {
                level = (AppSecurityLevel)value;
                AppSecurityDeclaration = attribute;
                StrictMode = AttributeValues.NamedBool(attribute, AnnotationNames.AppSecurityAttribute.StrictMode, defaultValue: true);
                CheckSecurity = AttributeValues.NamedBool(attribute, AnnotationNames.AppSecurityAttribute.CheckSecurity, defaultValue: true);
                StrictPageUrlChecking = AttributeValues.NamedBool(attribute, AnnotationNames.AppSecurityAttribute.StrictPageUrlChecking, defaultValue: true);
                HashAlgorithm = (PasswordHashing)AttributeValues.NamedInt(attribute, AnnotationNames.AppSecurityAttribute.HashAlgorithm);
            }
        }

        // Module libraries declare their own module roles; an app sees them through its references.
        foreach (var assembly in moduleLibraries)
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
        Constants = constants.ToImmutable();
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

    public AppSecurityLevel Level { get; }

    /// <summary>Strict mode (default true; AR0023).</summary>
    public bool StrictMode { get; } = true;

    /// <summary>The platform's security check of the model (default true; AR1028).</summary>
    public bool CheckSecurity { get; } = true;

    /// <summary>Strict page URL checking (default true; AR1031).</summary>
    public bool StrictPageUrlChecking { get; } = true;

    /// <summary>The password hashing algorithm (default BCrypt; AR1029).</summary>
    public PasswordHashing HashAlgorithm { get; } = PasswordHashing.BCrypt;

    /// <summary>The constants declared with <c>[assembly: Constant]</c> (AR0024).</summary>
    public ImmutableArray<Constant> Constants { get; }

    /// <summary>The <c>[assembly: AppSecurity]</c> that set <see cref="Level"/>; null when the level is the default.</summary>
    public AttributeData? AppSecurityDeclaration { get; }

    /// <summary>Module roles declared here and in referenced module libraries, in declaration order, duplicates included.</summary>
    public ImmutableArray<ModuleRole> ModuleRoles { get; }

    public ImmutableArray<UserRole> UserRoles { get; }

    /// <summary>Every <c>[assembly: AnonymousUsers]</c>; the first one is in force.</summary>
    public ImmutableArray<AnonymousAccess> AnonymousDeclarations { get; }

    /// <summary>The user role of visitors who have not signed in; null when anonymous users are not allowed.</summary>
    public UserRole? AnonymousUserRole { get; }

    /// <summary>The microflow the platform runs when a visitor signs in (not from the client); null when none is named.</summary>
    public string? SignInMicroflow => AnonymousDeclarations.IsEmpty ? null : AnonymousDeclarations[0].SignInMicroflow;

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

    /// <summary>The module role is declared here or in a module library, or is one of the System module's own.</summary>
    public bool IsDeclared(string moduleRole) => _declaredModuleRoles.Contains(moduleRole) || ModuleRole.IsBuiltIn(moduleRole);

    /// <summary>A user role named <paramref name="name"/> is declared (an app has a handful: a scan).</summary>
    public bool IsUserRole(string name) => UserRoleNamed(name) is not null;

    /// <summary>A system token, or the token of a declared user role.</summary>
    public bool IsKnownToken(string name) =>
        XPathTokens.Fixed.Contains(name) ||
        (XPathTokens.IsUserRole(name) && IsUserRole(name.Substring(XPathTokens.UserRolePrefix.Length)));

    /// <summary>
    /// The declared module role nearest to an undeclared one, when there is exactly one. A role written without its
    /// module, which no spelling distance reaches, is the role of that name in <paramref name="module"/> (the module
    /// whose roles a rule or document must name, in any case, and no other), or, without a module (a user role's), the
    /// one role of that name in any module.
    /// </summary>
    public string? SuggestModuleRole(string moduleRole, string? module = null)
    {
        var declared = _declaredModuleRoles.Union(ModuleRole.BuiltIn);
        if (moduleRole.IndexOf('.') >= 0)
        {
            return NameSuggestion.For(moduleRole, declared);
        }

        if (module is not null)
        {
            // Another module's role would be AR1002's error: none is suggested.
            var qualified = module + "." + moduleRole;
            var own = declared.Where(role => string.Equals(role, qualified, StringComparison.OrdinalIgnoreCase)).Take(2).ToList();
            return own.Count == 1 ? own[0] : null;
        }

        return NameSuggestion.ForModule(moduleRole, declared);
    }

    public bool IsAnonymous(string moduleRole) => AnonymousModuleRoles.Contains(moduleRole);

    /// <summary>
    /// The users who have <paramref name="moduleRole"/> have a module role that <paramref name="passes"/>: the role itself
    /// passes, or at least one user role includes it and every user role that includes it includes a role that passes.
    /// Across modules this is what holds: a page of one module and a microflow or entity of another meet in user roles.
    /// </summary>
    public bool UsersOf(string moduleRole, Func<string, bool> passes)
    {
        if (passes(moduleRole))
        {
            return true;
        }

        var including = UserRoles.Where(role => role.Includes(moduleRole)).ToList();
        return including.Count > 0 && including.All(role => role.ModuleRoles.Any(included => passes(included.Value)));
    }

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

    private static void AddModuleRole(ImmutableArray<ModuleRole>.Builder roles, AttributeData attribute)
    {
        if (AttributeValues.ConstructorString(attribute, AnnotationNames.ModuleRoleAttribute.QualifiedName) is { } name)
        {
            roles.Add(new ModuleRole(name, attribute));
        }
    }
}
