using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer;

/// <summary>What a diagnostic tells the "Add owner constraint" fix: which roles of the rule are anonymous.</summary>
internal static class OwnerConstraintFix
{
    public const string Constraint = "[System.owner='[%CurrentUser%]']";

    private const string AnonymousRolesKey = "AnonymousRoles";
    private const char Separator = '\n';

    public static ImmutableDictionary<string, string?> Properties(IEnumerable<string> anonymousRoles) =>
        ImmutableDictionary<string, string?>.Empty.Add(AnonymousRolesKey, string.Join(Separator.ToString(), anonymousRoles));

    /// <summary>Empty for a diagnostic that is not on an access rule in source, such as one about a module library's entity.</summary>
    public static ImmutableHashSet<string> AnonymousRoles(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(AnonymousRolesKey, out var roles) && roles is not null
            ? roles.Split(Separator).ToImmutableHashSet()
            : ImmutableHashSet<string>.Empty;
}
