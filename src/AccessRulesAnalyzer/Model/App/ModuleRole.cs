using System;
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

    /// <summary>Two qualified names (a role's, a document's) are of one module; the same as comparing their <see cref="ModuleOf"/>, without copies.</summary>
    public static bool SameModule(string qualifiedName, string other)
    {
        // A name without a dot has the empty module, as a name that starts with one does.
        var length = Math.Max(0, qualifiedName.IndexOf('.'));
        return length == Math.Max(0, other.IndexOf('.')) && string.CompareOrdinal(qualifiedName, 0, other, 0, length) == 0;
    }

    /// <summary>The role name <paramref name="qualifiedName"/> is in <paramref name="module"/>; the same as comparing <see cref="ModuleOf"/>, without a copy.</summary>
    public static bool IsIn(string qualifiedName, string module)
    {
        var dot = qualifiedName.IndexOf('.');
        return dot < 0 ? module.Length == 0 : dot == module.Length && string.CompareOrdinal(qualifiedName, 0, module, 0, dot) == 0;
    }
}
