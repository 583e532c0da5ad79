using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Model;

/// <summary>A user role: what an end user is given, made of module roles.</summary>
internal sealed class UserRole
{
    public UserRole(string name, ImmutableArray<ArrayElement> moduleRoles, bool managesAllRoles, ImmutableArray<ArrayElement> managedRoles, AttributeData declaration, bool checkSecurity = true)
    {
        CheckSecurity = checkSecurity;
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

    /// <summary>The platform checks what this role reaches without access (<c>CheckSecurity</c>, default true; AR1028).</summary>
    public bool CheckSecurity { get; }

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
