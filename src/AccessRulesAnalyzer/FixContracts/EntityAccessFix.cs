using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.FixContracts;

/// <summary>
/// What AR0016 and AR0019 tell their fix: the documentation IDs of the microflows in source that perform a reached
/// action, or change the client's object, whose <c>[Microflow]</c> gets <c>ApplyEntityAccess = true</c>.
/// </summary>
internal static class EntityAccessFix
{
    private const string MicroflowsKey = "Microflows";

    /// <summary>Properties naming the microflows in source among <paramref name="performers"/>; null when none is.</summary>
    public static ImmutableDictionary<string, string?>? Applying(IEnumerable<Flow> performers)
    {
        var ids = performers.Where(flow => flow.IsInSource).Select(flow => DocumentationCommentId.CreateDeclarationId(flow.Method)).ToList();
        return ids.Count == 0 ? null : ImmutableDictionary<string, string?>.Empty.Add(MicroflowsKey, string.Join("\n", ids));
    }

    /// <summary>The microflow methods' documentation IDs; empty when the diagnostic carries none.</summary>
    public static IReadOnlyList<string> Microflows(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(MicroflowsKey, out var ids) && ids is not null ? ids.Split('\n') : [];
}
