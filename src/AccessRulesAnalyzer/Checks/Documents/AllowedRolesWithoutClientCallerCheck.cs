using System.Collections.Generic;
using System.Linq;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>
/// AR0020: a microflow has allowed roles, though no page, nanoflow, microflow URL or service operation calls it:
/// the roles only let the client API call it directly. A warning when a role is anonymous; a suggestion otherwise.
/// </summary>
internal sealed class AllowedRolesWithoutClientCallerCheck() : DocumentCheck(Descriptor, SuggestionDescriptor)
{
    // Warning by default, so that the build (which skips analyzers whose every rule is Info) reports the anonymous
    // case; the other cases are suggestions, under the same rule at Info, which only the suggestion analyzer computes.
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.AllowedRolesWithoutClientCaller,
        "Microflow has allowed roles but nothing on the client calls it",
        "Microflow '{0}' allows {1} although no page, nanoflow, URL or service operation calls it{2}: remove AllowedRoles, since {3} without any role check",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        "Allowed roles are checked only when the client calls a microflow, and microflows call each other unchecked. A microflow that only other microflows call, or the sign-in microflow, which the platform runs, needs no allowed roles; with them, the client API still lets those roles call it directly, with whatever parameters they choose. Info; a warning when an allowed role is anonymous.");

    internal static readonly DiagnosticDescriptor SuggestionDescriptor = RuleDescriptors.Suggestion(Descriptor);

    private protected override void Analyze(SecurityModel model, ISymbol declarer, List<Finding> findings) =>
        Analyze(model, declarer, anonymous: true, findings);

    private protected override void AnalyzeSuggestions(SecurityModel model, ISymbol declarer, List<Finding> findings) =>
        Analyze(model, declarer, anonymous: false, findings);

    /// <summary>The findings on the microflows that anonymous roles may call, or on the others.</summary>
    private static void Analyze(SecurityModel model, ISymbol declarer, bool anonymous, List<Finding> findings)
    {
        var documents = model.Documents;
        foreach (var flow in documents.DeclaredIn(declarer).Flows)
        {
            // Unknown roles and other modules' are AR1001's and AR1002's: a microflow that names only those is not judged.
            if (flow.Kind != FlowKind.Microflow || flow.AllowedRoles.IsEmpty)
            {
                continue;
            }

            var roles = documents.JudgedRoles(flow.AllowedRoles, flow.QualifiedName);
            if (roles.Count == 0)
            {
                continue;
            }

            // Before the client callers, which are looked up across documents: a build asks only about anonymous microflows.
            var anonymousRoles = documents.AnonymousRolesAllowed(flow);
            if (anonymousRoles.IsEmpty == anonymous || documents.ClientEntry(flow) is not null)
            {
                continue;
            }

            findings.Add(Finding.At(
                AttributeSite.NamedArgument(flow.Declaration, AnnotationNames.MicroflowAttribute.AllowedRoles),
                flow.QualifiedName,
                Display.Quoted(roles),
                anonymous ? $"; anonymous visitors can call it through the client API ({Display.Quoted(anonymousRoles.Select(role => role.Value))})" : string.Empty,
                // The sign-in microflow is no client entry point either: the platform runs it.
                flow.QualifiedName == model.App.SignInMicroflow ? "the platform runs it at sign-in" : "microflows call it"));
        }
    }
}
