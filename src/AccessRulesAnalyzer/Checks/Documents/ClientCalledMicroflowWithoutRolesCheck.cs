using System.Collections.Generic;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR1025: a microflow the client calls has no allowed roles.</summary>
internal sealed class ClientCalledMicroflowWithoutRolesCheck() : DocumentCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.ClientCalledMicroflowWithoutRoles,
        "A microflow the client calls has no allowed roles",
        "Microflow '{0}' is called from the client ({1}) but has no allowed roles: add the module roles that may call it to AllowedRoles",
        RuleCategories.Consistency,
        DiagnosticSeverity.Error,
        "Allowed roles are checked when the client calls a microflow, and a microflow without any cannot be called from the client: the platform's consistency check refuses it (CE0106). Client calls are a page's call or data source, a nanoflow's call, a microflow URL and a published service's operation.");

    private protected override void Analyze(SecurityModel model, ISymbol declarer, List<Finding> findings)
    {
        var documents = model.Documents;
        foreach (var flow in documents.DeclaredIn(declarer).Flows)
        {
            if (flow.Kind == FlowKind.Microflow && flow.AllowedRoles.IsEmpty && documents.ClientEntry(flow) is { } entry)
            {
                findings.Add(Finding.At(AttributeSite.Whole(flow.Declaration), flow.QualifiedName, entry));
            }
        }
    }
}
