using System.Collections.Generic;
using System.Linq;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;

namespace AccessRulesAnalyzer.Checks;

/// <summary>
/// Where a page or a nanoflow calls a flow from the client, as the findings about those calls are placed (AR1025 and
/// AR1026), with how it calls it (<see cref="ClientEntryText"/>).
/// </summary>
internal static class ClientCallSites
{
    /// <summary>A page's <c>[Calls]</c>, then its widgets' <c>DataSource</c>.</summary>
    public static IEnumerable<(string Callee, AttributeSite Site, string How)> Of(Page page) =>
        page.Calls.Select(call => (call.Flow, AttributeSite.ParamsElement(call.Declaration, AnnotationNames.CallsAttribute.Flow, 0), ClientEntryText.Calls))
            .Concat(page.Widgets.Where(widget => widget.DataSource is not null)
                .Select(widget => (widget.DataSource!, AttributeSite.NamedArgument(widget.Declaration, AnnotationNames.ShowsAttribute.DataSource), ClientEntryText.ShowsData)));

    /// <summary>A nanoflow's callees: on the <c>[Calls]</c> that names each, or on the invocation for a call in its body.</summary>
    public static IEnumerable<(string Callee, AttributeSite Site, string How)> Of(DocumentModel documents, Flow nanoflow)
    {
        foreach (var callee in documents.CalleesOf(nanoflow))
        {
            var call = nanoflow.Calls.FirstOrDefault(named => named.Flow == callee).Declaration;
            // A call read from code names a flow that is declared (CallEdges): its method's name finds the invocation.
            yield return (callee, call is not null ? AttributeSite.ParamsElement(call, AnnotationNames.CallsAttribute.Flow, 0)
                : documents.FlowNamed(callee) is { } flow ? AttributeSite.InvocationIn(nanoflow.Declaration, nanoflow.Method, flow.Method.Name)
                : AttributeSite.Whole(nanoflow.Declaration), ClientEntryText.Calls);
        }
    }
}
