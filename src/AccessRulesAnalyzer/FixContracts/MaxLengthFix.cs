using System.Collections.Immutable;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.FixContracts;

/// <summary>What AR0025 tells its fix: the documentation ID of the property to give <c>[MaxLength(200)]</c>.</summary>
internal static class MaxLengthFix
{
    /// <summary>The platform's default length of a string attribute.</summary>
    public const int DefaultLength = 200;

    private const string PropertyKey = "Property";

    /// <summary>Properties naming <paramref name="member"/>'s property; null when it is not in source here.</summary>
    public static ImmutableDictionary<string, string?>? Limiting(EntityMember member) =>
        member.Property.DeclaringSyntaxReferences.IsEmpty
            ? null
            : ImmutableDictionary<string, string?>.Empty.Add(PropertyKey, DocumentationCommentId.CreateDeclarationId(member.Property));

    public static string? Property(Diagnostic diagnostic) => diagnostic.Properties.TryGetValue(PropertyKey, out var id) ? id : null;
}
