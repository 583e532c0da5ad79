using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer;

/// <summary>What a diagnostic tells the "Add owner constraint" fix: which roles of the rule are anonymous.</summary>
internal static class OwnerConstraintFix
{
    public const string Constraint = "[System.owner='[%CurrentUser%]']";

    private const string AnonymousRolesKey = "AnonymousRoles";
    private const char Separator = '\n';

    public static ImmutableDictionary<string, string?> Properties(IEnumerable<ArrayElement> anonymousRoles) =>
        ImmutableDictionary<string, string?>.Empty.Add(AnonymousRolesKey, string.Join(Separator.ToString(), anonymousRoles.Select(role => role.Value)));

    public static ImmutableHashSet<string> AnonymousRoles(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(AnonymousRolesKey, out var roles) && roles is not null
            ? roles.Split(Separator).ToImmutableHashSet()
            : ImmutableHashSet<string>.Empty;
}
