using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Model;

/// <summary>A module role, <c>Module.Role</c>, declared by <c>[assembly: ModuleRole]</c> here or in a referenced module library.</summary>
internal sealed class ModuleRole
{
    public ModuleRole(string qualifiedName, AttributeData declaration)
    {
        QualifiedName = qualifiedName;
        Declaration = declaration;
    }

    public string QualifiedName { get; }

    public AttributeData Declaration { get; }

    /// <summary>The System module's own module roles, known without a declaration.</summary>
    public static ImmutableArray<string> BuiltIn { get; } = ImmutableArray.Create("System.User", "System.Administrator");

    /// <summary>One of <see cref="BuiltIn"/>.</summary>
    public static bool IsBuiltIn(string qualifiedName) => qualifiedName is "System.User" or "System.Administrator";

    /// <summary>A module role of module System: every user role includes one, the anonymous one too, so sharing them is required.</summary>
    public static bool IsSystem(string qualifiedName) => IsIn(qualifiedName, "System");

    /// <summary>The module of a role name such as <c>Shop.Customer</c>; empty when it has no module.</summary>
    public static string ModuleOf(string qualifiedName)
    {
        var dot = qualifiedName.IndexOf('.');
        return dot < 0 ? string.Empty : qualifiedName.Substring(0, dot);
    }

    /// <summary>The role name <paramref name="qualifiedName"/> is in <paramref name="module"/>; the same as comparing <see cref="ModuleOf"/>, without a copy.</summary>
    public static bool IsIn(string qualifiedName, string module)
    {
        var dot = qualifiedName.IndexOf('.');
        return dot < 0 ? module.Length == 0 : dot == module.Length && string.CompareOrdinal(qualifiedName, 0, module, 0, dot) == 0;
    }
}

/// <summary>A user role: what an end user is given, made of module roles.</summary>
internal sealed class UserRole
{
    public UserRole(string name, ImmutableArray<ArrayElement> moduleRoles, bool managesAllRoles, ImmutableArray<ArrayElement> managedRoles, AttributeData declaration)
    {
        Name = name;
        ModuleRoles = moduleRoles;
        ManagesAllRoles = managesAllRoles;
        ManagedRoles = managedRoles;
        Declaration = declaration;
    }

    public string Name { get; }

    /// <summary>The module roles; each element's index is its position after the name in <c>[UserRole]</c>.</summary>
    public ImmutableArray<ArrayElement> ModuleRoles { get; }

    public bool ManagesAllRoles { get; }

    public ImmutableArray<ArrayElement> ManagedRoles { get; }

    public AttributeData Declaration { get; }

    public bool Includes(string moduleRole)
    {
        foreach (var role in ModuleRoles)
        {
            if (role.Value == moduleRole)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>The <c>[assembly: AnonymousUsers]</c> declaration: visitors who have not signed in get <see cref="UserRoleName"/>.</summary>
internal sealed class AnonymousAccess
{
    public AnonymousAccess(string? userRoleName, string? signInMicroflow, AttributeData declaration)
    {
        UserRoleName = userRoleName;
        SignInMicroflow = signInMicroflow;
        Declaration = declaration;
    }

    public string? UserRoleName { get; }

    public string? SignInMicroflow { get; }

    public AttributeData Declaration { get; }
}

/// <summary>The <c>[assembly: AdministratorAccount]</c>: the platform's built-in administrator and its user role.</summary>
internal sealed class AdministratorAccount
{
    public AdministratorAccount(string? name, string? userRoleName, AttributeData declaration)
    {
        Name = name;
        UserRoleName = userRoleName;
        Declaration = declaration;
    }

    public string? Name { get; }

    public string? UserRoleName { get; }

    public AttributeData Declaration { get; }
}

/// <summary>An <c>[assembly: DemoUser]</c>: an account with a known password and its user roles.</summary>
internal sealed class DemoUser
{
    public DemoUser(string? name, ImmutableArray<ArrayElement> userRoles, AttributeData declaration)
    {
        Name = name;
        UserRoles = userRoles;
        Declaration = declaration;
    }

    public string? Name { get; }

    public ImmutableArray<ArrayElement> UserRoles { get; }

    public AttributeData Declaration { get; }
}

/// <summary>The <c>[assembly: PasswordPolicy]</c>: what a local account's password must have.</summary>
internal sealed class PasswordPolicy
{
    public PasswordPolicy(int minimumLength, bool requireDigit, bool requireMixedCase, bool requireSymbol, AttributeData declaration)
    {
        MinimumLength = minimumLength;
        RequireDigit = requireDigit;
        RequireMixedCase = requireMixedCase;
        RequireSymbol = requireSymbol;
        Declaration = declaration;
    }

    public int MinimumLength { get; }

    public bool RequireDigit { get; }

    public bool RequireMixedCase { get; }

    public bool RequireSymbol { get; }

    public AttributeData Declaration { get; }
}

internal enum AppSecurityLevel
{
    Off,
    Prototype,
    Production,
}
