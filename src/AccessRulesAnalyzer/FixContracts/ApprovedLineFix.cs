using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.FixContracts;

/// <summary>What AR3001 tells its fix: the canonical line of the approved-access file that approves the grant.</summary>
internal static class ApprovedLineFix
{
    private const string LineKey = "Line";

    public static ImmutableDictionary<string, string?> Approving(string line) => ImmutableDictionary<string, string?>.Empty.Add(LineKey, line);

    /// <summary>
    /// Of <paramref name="properties"/>, those this fix reads; null when there are none. The fix edits the project's
    /// approved-access file, never the finding's source, so they hold wherever the finding is placed (a module library's
    /// finding, on the app's anonymous user role).
    /// </summary>
    public static ImmutableDictionary<string, string?>? ItsOwn(ImmutableDictionary<string, string?>? properties) =>
        properties is not null && properties.TryGetValue(LineKey, out var line) && line is not null ? Approving(line) : null;

    /// <summary>The line to add; null when the diagnostic carries none.</summary>
    public static string? Line(Diagnostic diagnostic) => diagnostic.Properties.TryGetValue(LineKey, out var line) ? line : null;
}
