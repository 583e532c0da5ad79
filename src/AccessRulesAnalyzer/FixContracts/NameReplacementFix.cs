using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.FixContracts;

/// <summary>
/// What a did-you-mean diagnostic (AR1001, AR1003, AR2002) tells its fix: the text it covers and the text to put
/// there. The fix compares the source text with the original, so escapes or a constant declared elsewhere are left
/// alone rather than rewritten wrongly.
/// </summary>
internal static class NameReplacementFix
{
    private const string OriginalKey = "Original";
    private const string ReplacementKey = "Replacement";

    /// <summary>Properties for replacing <paramref name="original"/> by <paramref name="replacement"/>; null without a suggestion.</summary>
    public static ImmutableDictionary<string, string?>? Replacing(string original, string? replacement) =>
        replacement is null ? null : ImmutableDictionary<string, string?>.Empty.Add(OriginalKey, original).Add(ReplacementKey, replacement);

    /// <summary>The text the diagnostic covers; null when it carries no suggestion.</summary>
    public static string? Original(Diagnostic diagnostic) => diagnostic.Properties.TryGetValue(OriginalKey, out var original) ? original : null;

    /// <summary>The suggested text; null when the diagnostic carries none.</summary>
    public static string? Replacement(Diagnostic diagnostic) => diagnostic.Properties.TryGetValue(ReplacementKey, out var replacement) ? replacement : null;
}
