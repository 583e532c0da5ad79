using System.Collections.Immutable;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.FixContracts;

/// <summary>What AR1007 tells its fix: the flag to set (StoreOwner, ...) and the documentation ID of the class whose <c>[Entity]</c> gets it.</summary>
internal static class EntityFlagFix
{
    private const string FlagKey = "Flag";
    private const string EntityKey = "Entity";

    /// <summary>Properties for setting <paramref name="flag"/> on <paramref name="root"/>'s <c>[Entity]</c>; null when no source of it is at hand.</summary>
    public static ImmutableDictionary<string, string?>? Setting(InheritedSetting flag, EntityModel root) =>
        root.IsInSource
            ? ImmutableDictionary<string, string?>.Empty.Add(FlagKey, flag.ToString()).Add(EntityKey, DocumentationCommentId.CreateDeclarationId(root.Symbol))
            : null;

    /// <summary>The flag and the class's documentation ID; null when the diagnostic carries none.</summary>
    public static (string Flag, string Entity)? Of(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(FlagKey, out var flag) && flag is not null &&
        diagnostic.Properties.TryGetValue(EntityKey, out var entity) && entity is not null
            ? (flag, entity)
            : null;
}
