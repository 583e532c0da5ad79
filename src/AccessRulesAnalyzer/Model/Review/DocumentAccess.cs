using System.Collections.Immutable;
using System.Linq;

namespace AccessRulesAnalyzer.Model;

/// <summary>
/// What one user role reaches through the app's documents: the microflows it may call from the client (and what each
/// reaches without entity access), the pages visible for it, and the published services it can use, open ones included.
/// </summary>
internal sealed class DocumentAccess
{
    private DocumentAccess(ImmutableArray<CallableMicroflow> microflows, ImmutableArray<Page> pages, ImmutableArray<(PublishedService Service, string How)> services)
    {
        Microflows = microflows;
        Pages = pages;
        Services = services;
    }

    public ImmutableArray<CallableMicroflow> Microflows { get; }

    public ImmutableArray<Page> Pages { get; }

    /// <summary>Each service the role can use, and how: "open: it requires no authentication", or "allowed".</summary>
    public ImmutableArray<(PublishedService Service, string How)> Services { get; }

    public static DocumentAccess Of(SecurityModel model, UserRole role)
    {
        var documents = model.Documents;
        // As in the checks, a document's roles that AR1001 or AR1002 report give no access.
        bool Includes(ImmutableArray<ArrayElement> roles, string document) => documents.JudgedRoles(roles, document).Any(role.Includes);
        return new DocumentAccess(
            documents.Flows.Where(flow => flow.Kind == FlowKind.Microflow && Includes(flow.AllowedRoles, flow.QualifiedName))
                .OrderBy(flow => flow.QualifiedName, System.StringComparer.Ordinal)
                .Select(flow => new CallableMicroflow(flow, documents.UnguardedReach(flow)))
                .ToImmutableArray(),
            documents.Pages.Where(page => Includes(page.VisibleFor, page.QualifiedName)).OrderBy(page => page.QualifiedName, System.StringComparer.Ordinal).ToImmutableArray(),
            documents.Services
                .Select(service => (Service: service, How: documents.WhyOpen(service) is { } why ? "open: " + why : Includes(service.AllowedRoles, service.QualifiedName) ? "allowed" : null))
                .Where(access => access.How is not null)
                .OrderBy(access => access.Service.QualifiedName, System.StringComparer.Ordinal)
                .Select(access => (access.Service, access.How!))
                .ToImmutableArray());
    }
}

/// <summary>A microflow a role may call from the client, and the data actions it reaches without entity access.</summary>
internal sealed class CallableMicroflow
{
    public CallableMicroflow(Flow flow, ImmutableArray<ReachedAction> reach)
    {
        Flow = flow;
        Reach = reach;
    }

    public Flow Flow { get; }

    public ImmutableArray<ReachedAction> Reach { get; }
}
