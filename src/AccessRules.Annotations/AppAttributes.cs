using System;

namespace AccessRules;

/// <summary>How strictly the application's security is enforced.</summary>
public enum SecurityLevel
{
    /// <summary>No security at all: for local testing only.</summary>
    Off,
    /// <summary>Prototype or demo security: for local testing only.</summary>
    Prototype,
    /// <summary>Full security: required for production deployments.</summary>
    Production,
}

/// <summary>The algorithm that hashes the passwords of local accounts.</summary>
public enum PasswordHashing
{
    /// <summary>BCrypt: the platform's default, and the recommended algorithm.</summary>
    BCrypt,
    /// <summary>Salted SHA-256.</summary>
    SSHA256,
    /// <summary>SHA-256 without a salt: weak.</summary>
    SHA256,
    /// <summary>MD5: broken.</summary>
    MD5,
}

/// <summary>Sets the application's security level and settings. Without it the level is <see cref="SecurityLevel.Production"/>.</summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class AppSecurityAttribute : Attribute
{
    /// <summary>Sets the application's security level.</summary>
    public AppSecurityAttribute(SecurityLevel level) => Level = level;

    /// <summary>The security level.</summary>
    public SecurityLevel Level { get; }

    /// <summary>Strict mode: the client API runs only the requests the model makes (default true).</summary>
    public bool StrictMode { get; set; } = true;

    /// <summary>The platform checks the security of the model and reports what roles reach without access (default true).</summary>
    public bool CheckSecurity { get; set; } = true;

    /// <summary>A page opened by URL checks its parameters' access (default true).</summary>
    public bool StrictPageUrlChecking { get; set; } = true;

    /// <summary>The algorithm that hashes passwords (default <see cref="PasswordHashing.BCrypt"/>).</summary>
    public PasswordHashing HashAlgorithm { get; set; } = PasswordHashing.BCrypt;
}

/// <summary>A constant of the model, qualified by its module: <c>"Shop.ApiKey"</c>.</summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class ConstantAttribute : Attribute
{
    /// <summary>Declares the constant <paramref name="qualifiedName"/> (<c>Module.Name</c>).</summary>
    public ConstantAttribute(string qualifiedName) => QualifiedName = qualifiedName;

    /// <summary>The constant's name, <c>Module.Name</c>.</summary>
    public string QualifiedName { get; }

    /// <summary>The constant's value is sent to the client, where anyone using the app can read it.</summary>
    public bool ExposedToClient { get; set; }
}

/// <summary>Declares a module role, qualified by its module: <c>"Shop.Customer"</c>.</summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class ModuleRoleAttribute : Attribute
{
    /// <summary>Declares the module role <paramref name="qualifiedName"/> (<c>Module.Role</c>).</summary>
    public ModuleRoleAttribute(string qualifiedName) => QualifiedName = qualifiedName;

    /// <summary>The module role's name, <c>Module.Role</c>.</summary>
    public string QualifiedName { get; }

    /// <summary>What the role is for.</summary>
    public string? Documentation { get; set; }
}

/// <summary>Declares a user role: what an end user is given, made of module roles.</summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class UserRoleAttribute : Attribute
{
    /// <summary>Declares the user role <paramref name="name"/> made of <paramref name="moduleRoles"/>.</summary>
    public UserRoleAttribute(string name, params string[] moduleRoles)
    {
        Name = name;
        ModuleRoles = moduleRoles;
    }

    /// <summary>The user role's name.</summary>
    public string Name { get; }

    /// <summary>The module roles (<c>Module.Role</c>) the user role is made of.</summary>
    public string[] ModuleRoles { get; }

    /// <summary>Users with this role can manage users of every user role.</summary>
    public bool ManagesAllRoles { get; set; }

    /// <summary>The platform checks what this role reaches without access (default true).</summary>
    public bool CheckSecurity { get; set; } = true;

    /// <summary>The user roles whose users this role can manage (delegated user management).</summary>
    public string[]? ManagedRoles { get; set; }
}

/// <summary>
/// Allows visitors who have not signed in, and names the user role they get.
/// Without this attribute anonymous users are not allowed.
/// </summary>
/// <remarks>
/// <c>AllowMultiple</c> is true only so that a second declaration reaches the analyzer, which reports it
/// with a message of its own instead of the compiler's generic duplicate-attribute error.
/// </remarks>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class AnonymousUsersAttribute : Attribute
{
    /// <summary>Allows anonymous users, who get the user role <paramref name="userRole"/>.</summary>
    public AnonymousUsersAttribute(string userRole) => UserRole = userRole;

    /// <summary>The user role of anonymous users.</summary>
    public string UserRole { get; }

    /// <summary>The microflow that carries an anonymous user's data over to the user who signs in.</summary>
    public string? SignInMicroflow { get; set; }
}

/// <summary>The platform's built-in administrator account, and the user role it gets.</summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class AdministratorAccountAttribute : Attribute
{
    /// <summary>Declares the administrator account <paramref name="name"/>.</summary>
    public AdministratorAccountAttribute(string name) => Name = name;

    /// <summary>The account's user name.</summary>
    public string Name { get; }

    /// <summary>The user role the administrator account has.</summary>
    public string? UserRole { get; set; }
}

/// <summary>A demo user: an account with a known password, for showing the app at the Prototype security level.</summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class DemoUserAttribute : Attribute
{
    /// <summary>Declares the demo user <paramref name="name"/> with <paramref name="userRoles"/>.</summary>
    public DemoUserAttribute(string name, params string[] userRoles)
    {
        Name = name;
        UserRoles = userRoles;
    }

    /// <summary>The demo user's name.</summary>
    public string Name { get; }

    /// <summary>The user roles the demo user has.</summary>
    public string[] UserRoles { get; }
}

/// <summary>The requirements on passwords of local accounts, applied when users are created or change their password.</summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class PasswordPolicyAttribute : Attribute
{
    /// <summary>The minimum length of a password.</summary>
    public int MinimumLength { get; set; }

    /// <summary>At least one digit is required.</summary>
    public bool RequireDigit { get; set; }

    /// <summary>At least one lowercase and one uppercase character are required.</summary>
    public bool RequireMixedCase { get; set; }

    /// <summary>At least one special symbol is required.</summary>
    public bool RequireSymbol { get; set; }
}
