using System.Collections.Generic;
using System.Linq;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR0016: an anonymous-callable microflow reaches persistable data without entity access.</summary>
internal sealed class AnonymousMicroflowWithoutEntityAccessCheck() : DocumentCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.CreateRedFlag(
        RuleIdentifiers.AnonymousMicroflowWithoutEntityAccess,
        "Anonymous-callable microflow reaches data without entity access",
        "Microflow '{0}' can be called by anonymous module role {1} and reaches data without entity access: {2}; set ApplyEntityAccess = true on {3}",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        "A microflow runs without entity access unless 'Apply entity access' is set: 'all operations are allowed and all objects are retrieved'. Allowed roles are checked only when the client calls it, and microflows call each other unchecked. So a microflow anonymous visitors may call, that retrieves or changes data without entity access itself or through a microflow it calls, bypasses every access rule.");

    private protected override bool AppliesTo(SecurityModel model) => model.AnonymousUserRole is not null;

    private protected override void Analyze(SecurityModel model, ISymbol declarer, List<Finding> findings)
    {
        var documents = model.Documents;
        foreach (var (flow, anonymous) in documents.AnonymousCallable(declarer))
        {
            if (documents.UnguardedReach(flow) is not { IsEmpty: false } reached)
            {
                continue;
            }

            // One finding per microflow: every reached action, with the first call chain to it.
            var performers = reached.Select(action => action.Performer).Distinct().ToList();
            findings.Add(Finding.At(
                    AttributeSite.Whole(flow.Declaration),
                    flow.QualifiedName,
                    Display.Quoted(anonymous.Select(role => role.Value)),
                    // Two actions alike (the same attribute twice) read as one.
                    string.Join("; ", reached.Select(action => action.ToString()).Distinct()),
                    Display.Quoted(performers.Select(performer => performer.QualifiedName)))
                .WithProperties(FixContracts.EntityAccessFix.Applying(performers))
                .WithAnonymousRoles(anonymous));
        }
    }
}
