using System;
using System.Collections.Immutable;
using System.Threading;

namespace AccessRulesAnalyzer.Model;

/// <summary>The documents of one declarer: a class's page or service, a method's flow; and its attributes of documents that none of them reads.</summary>
internal sealed class DeclaredDocuments
{
    public static readonly DeclaredDocuments None = new(default, default, default);

    private readonly Lazy<ImmutableArray<ConstraintSite>> _constraintSites;
    private ImmutableArray<RoleReference> _rolesNamed;

    public DeclaredDocuments(ImmutableArray<Flow> flows, ImmutableArray<PublishedService> services, ImmutableArray<Page> pages, ImmutableArray<UnreadAttribute> unread = default)
    {
        Flows = flows.IsDefault ? ImmutableArray<Flow>.Empty : flows;
        Services = services.IsDefault ? ImmutableArray<PublishedService>.Empty : services;
        Pages = pages.IsDefault ? ImmutableArray<Page>.Empty : pages;
        Unread = unread.IsDefault ? ImmutableArray<UnreadAttribute>.Empty : unread;
        // Publication only: two callbacks that ask at once both read, rather than one waiting on a lock for the other.
        _constraintSites = new Lazy<ImmutableArray<ConstraintSite>>(ReadConstraintSites, LazyThreadSafetyMode.PublicationOnly);
    }

    // Arrays: the checks of every document loop over them, and a list's enumerator is boxed through an interface.
    public ImmutableArray<Flow> Flows { get; }

    public ImmutableArray<PublishedService> Services { get; }

    public ImmutableArray<Page> Pages { get; }

    /// <summary>The declarer's attributes of documents that no document it declares reads (AR1037).</summary>
    public ImmutableArray<UnreadAttribute> Unread { get; }

    /// <summary>The retrieves' and widgets' constraints, in declaration order.</summary>
    public ImmutableArray<ConstraintSite> ConstraintSites => _constraintSites.Value;

    /// <summary>The module roles the documents name, in declaration order.</summary>
    public ImmutableArray<RoleReference> RolesNamed
    {
        get
        {
            // Two callbacks may read them at once; both read the same, and the first kept is the one returned.
            if (_rolesNamed.IsDefault)
            {
                ImmutableInterlocked.InterlockedInitialize(ref _rolesNamed, ReadRolesNamed());
            }

            return _rolesNamed;
        }
    }

    private ImmutableArray<ConstraintSite> ReadConstraintSites()
    {
        var sites = ImmutableArray.CreateBuilder<ConstraintSite>(1);
        foreach (var flow in Flows)
        {
            foreach (var action in flow.Actions)
            {
                if (action.Constraint is { } constraint)
                {
                    sites.Add(constraint);
                }
            }
        }

        foreach (var page in Pages)
        {
            foreach (var widget in page.Widgets)
            {
                if (widget.Constraint is { } constraint)
                {
                    sites.Add(constraint);
                }
            }
        }

        return DocumentReader.Built(sites);
    }

    private ImmutableArray<RoleReference> ReadRolesNamed()
    {
        var roles = ImmutableArray.CreateBuilder<RoleReference>(1);
        foreach (var flow in Flows)
        {
            foreach (var role in flow.AllowedRoles)
            {
                roles.Add(new RoleReference(flow.Declaration, AnnotationNames.MicroflowAttribute.AllowedRoles, role, flow.KindName, flow.QualifiedName));
            }
        }

        foreach (var service in Services)
        {
            foreach (var role in service.AllowedRoles)
            {
                roles.Add(new RoleReference(service.Declaration, AnnotationNames.PublishedServiceAttribute.AllowedRoles, role, PublishedService.KindName, service.QualifiedName));
            }
        }

        foreach (var page in Pages)
        {
            foreach (var role in page.VisibleFor)
            {
                roles.Add(new RoleReference(page.Declaration, AnnotationNames.PageAttribute.VisibleFor, role, Page.KindName, page.QualifiedName));
            }
        }

        return DocumentReader.Built(roles);
    }
}
