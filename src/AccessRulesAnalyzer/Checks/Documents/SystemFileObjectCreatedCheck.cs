using System.Collections.Generic;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR0021: a microflow creates objects of System.FileDocument or System.Image themselves rather than a specialization.</summary>
internal sealed class SystemFileObjectCreatedCheck() : DocumentCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.SystemFileObjectCreated,
        "A flow creates System.FileDocument or System.Image objects",
        "{0} '{1}' creates '{2}' objects themselves: no access rule of the app applies to them; create a specialization of '{2}' with its own access rules",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        "Access rules are set on an app's own entities. Objects of System.FileDocument or System.Image themselves fall under none of them, so who may read or download the file is decided by no rule the app states: create objects of a specialization, whose rules say who may reach them.");

    private protected override void Analyze(SecurityModel model, ISymbol declarer, List<Finding> findings)
    {
        foreach (var flow in model.Documents.DeclaredIn(declarer).Flows)
        {
            foreach (var action in flow.Actions)
            {
                if (action.Kind == DataActionKind.Create && IsSystemFileEntity(action.Entity, model))
                {
                    // "Microflow" or "Nanoflow", as the platform names the document.
                    findings.Add(Finding.At(AttributeSite.Whole(action.Declaration), flow.Kind.ToString(), flow.QualifiedName, action.Entity.QualifiedName));
                }
            }
        }
    }

    private static bool IsSystemFileEntity(EntityModel entity, SecurityModel model) =>
        (model.FileDocument is { } document && entity.Is(document)) || (model.Image is { } image && entity.Is(image));
}
