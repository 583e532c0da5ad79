using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer;

/// <summary>What a diagnostic tells the "Add owner constraint" fix: which roles of the rule are anonymous.</summary>
internal static class OwnerConstraintFix
{
    public const string Constraint = "[System.owner='[%CurrentUser%]']";

    /// <summary>
    /// The end of a message that proposes the owner constraint: on an entity that does not store its owner, the
    /// constraint alone would be an AR1007 error, and editors without our fixes show only the message.
    /// </summary>
    public static string StoreOwnerHint(Model.EntityModel entity) =>
        entity.StoresOwner ? string.Empty : $"; '{entity.Root.QualifiedName}' does not store its owner: set StoreOwner = true on its [Entity] too";

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
