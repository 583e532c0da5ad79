using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.FixContracts;

/// <summary>What AR3001 tells its fix: the canonical line of the approved-access file that approves the grant.</summary>
internal static class ApprovedLineFix
{
    private const string LineKey = "Line";

    public static ImmutableDictionary<string, string?> Approving(string line) => ImmutableDictionary<string, string?>.Empty.Add(LineKey, line);

    /// <summary>The line to add; null when the diagnostic carries none.</summary>
    public static string? Line(Diagnostic diagnostic) => diagnostic.Properties.TryGetValue(LineKey, out var line) ? line : null;
}
