using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.FixContracts;

/// <summary>
/// What a diagnostic tells the "Add owner constraint" fix: which roles of the rule are anonymous, and which class's
/// <c>[Entity]</c> must get StoreOwner for the constraint to be valid.
/// </summary>
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
    private const string StoreOwnerOnKey = "StoreOwnerOn";
    private const char Separator = '\n';

    /// <summary>
    /// Null when the fix cannot make a valid constraint: the hierarchy does not store its owner and its root is not
    /// in source (a module library's entity), so StoreOwner cannot be set.
    /// </summary>
    public static ImmutableDictionary<string, string?>? Properties(Model.EntityModel entity, IEnumerable<string> anonymousRoles)
    {
        var properties = ImmutableDictionary<string, string?>.Empty.Add(AnonymousRolesKey, string.Join(Separator.ToString(), anonymousRoles));
        if (entity.StoresOwner)
        {
            return properties;
        }

        var root = entity.Root;
        return root.IsInSource ? properties.Add(StoreOwnerOnKey, DocumentationCommentId.CreateDeclarationId(root.Symbol)) : null;
    }

    /// <summary>The documentation ID of the class whose <c>[Entity]</c> needs StoreOwner; null when the entity stores its owner.</summary>
    public static string? StoreOwnerOn(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(StoreOwnerOnKey, out var id) ? id : null;

    /// <summary>Empty for a diagnostic that is not on an access rule in source, such as one about a module library's entity.</summary>
    public static ImmutableHashSet<string> AnonymousRoles(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(AnonymousRolesKey, out var roles) && roles is not null
            ? roles.Split(Separator).ToImmutableHashSet()
            : ImmutableHashSet<string>.Empty;
}
