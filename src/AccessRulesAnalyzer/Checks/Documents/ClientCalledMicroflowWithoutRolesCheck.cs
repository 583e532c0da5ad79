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
        var (flows, services, pages) = documents.DeclaredIn(declarer);
        foreach (var flow in flows)
        {
            if (flow.Kind == FlowKind.Microflow && flow.AllowedRoles.IsEmpty && documents.ClientEntry(flow) is { } entry)
            {
                findings.Add(Finding.At(AttributeSite.Whole(flow.Declaration), flow.QualifiedName, entry));
            }

            if (flow.Kind == FlowKind.Nanoflow)
            {
                foreach (var (callee, site, _) in ClientCallSites.Of(documents, flow))
                {
                    CalledInLibrary(documents, callee, site, ClientEntryText.ByNanoflow(flow), findings);
                }
            }
        }

        foreach (var page in pages)
        {
            foreach (var (callee, site, how) in ClientCallSites.Of(page))
            {
                CalledInLibrary(documents, callee, site, ClientEntryText.ByPage(page, how), findings);
            }
        }

        foreach (var service in services)
        {
            foreach (var (microflow, declaration) in service.Operations)
            {
                CalledInLibrary(documents, microflow, AttributeSite.ParamsElement(declaration, AnnotationNames.OperationAttribute.Microflow, 0), ClientEntryText.ByOperation(service), findings);
            }
        }
    }

    // A module library's microflow has no source here, and the library's own build does not see the app's client calls:
    // the finding is on the call.
    private static void CalledInLibrary(DocumentModel documents, string callee, AttributeSite site, string entry, List<Finding> findings)
    {
        if (documents.FlowNamed(callee) is { Kind: FlowKind.Microflow, IsInSource: false, AllowedRoles.IsEmpty: true } microflow)
        {
            findings.Add(Finding.At(site, microflow.QualifiedName, entry));
        }
    }
}
