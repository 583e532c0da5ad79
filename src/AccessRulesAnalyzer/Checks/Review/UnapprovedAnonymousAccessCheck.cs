using System.Collections.Generic;
using System.Linq;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.FixContracts;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR3001: anonymous access that a rule grants but the project's approved-access file does not list.</summary>
internal sealed class UnapprovedAnonymousAccessCheck() : SecurityCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.CreateRedFlag(
        RuleIdentifiers.UnapprovedAnonymousAccess,
        "Anonymous access that is not approved",
        "Anonymous access to '{0}' is not approved in " + ApprovedAccess.FileName + ": {1}",
        RuleCategories.Review,
        DiagnosticSeverity.Warning,
        "A project with an approved-access file lists there every grant of the anonymous user role, as a public API baseline lists the public API: new anonymous access shows in the pull request and must be approved before the build passes in CI.");

    internal override void Register(CheckRegistrations context, SecurityModel model)
    {
        if (context.ApprovedAccessFile is not { } file)
        {
            return;
        }

        if (model.AnonymousUserRole is { } anonymous)
        {
            context.RegisterEntityCheck(Rule, (entity, findings) => Analyze(anonymous, file.Value, entity, findings));
        }

        // Open services need no anonymous user role: they ask for no sign-in at all.
        context.RegisterDocumentCheck(Rule, (declarer, findings) => AnalyzeDocuments(model.Documents, file.Value, declarer, findings));
        context.RegisterApprovedAccessCheck(Rule, file => LibraryServicesWithoutSignIn(model.Documents, file));
    }

    /// <summary>
    /// A module library's service that asks for no sign-in is open in the app, yet stands on none of the app's roles:
    /// it is reported in the approved-access file, where its line is missing, just after the line it would follow, and
    /// its fix adds the line there.
    /// One that an anonymous role also opens is placed on that role, with the library's other documents.
    /// </summary>
    private static IEnumerable<Finding> LibraryServicesWithoutSignIn(DocumentModel documents, ApprovedAccessFile file)
    {
        foreach (var declarer in documents.LibraryDeclarers)
        {
            foreach (var service in documents.DeclaredIn(declarer).Services)
            {
                if (!service.RequiresAuthentication && documents.AnonymousRolesAllowed(service).IsEmpty &&
                    ApprovedAccess.ServiceLine(service, documents.WhyOpen(service)!) is var line && !file.Lines.Contains(line))
                {
                    var before = file.Entries.Where(entry => string.CompareOrdinal(entry.Line, line) < 0).Select(entry => entry.Span.End).DefaultIfEmpty(0).Max();
                    yield return Finding.InFile(new TextSpan(before, 0), service.QualifiedName, line).WithProperties(ApprovedLineFix.Approving(line));
                }
            }
        }
    }

    private static void AnalyzeDocuments(DocumentModel documents, ApprovedAccessFile? file, ISymbol declarer, List<Finding> findings)
    {
        if (file is null)
        {
            return;
        }

        foreach (var (flow, anonymous) in documents.AnonymousCallable(declarer))
        {
            if (ApprovedAccess.MicroflowLine(flow, documents.UnguardedReach(flow)) is var line && !file.Lines.Contains(line))
            {
                findings.Add(Finding.At(AttributeSite.Whole(flow.Declaration), flow.QualifiedName, line)
                    .WithAnonymousRoles(anonymous)
                    .WithProperties(ApprovedLineFix.Approving(line)));
            }
        }

        foreach (var service in documents.DeclaredIn(declarer).Services)
        {
            if (documents.WhyOpen(service) is { } why && ApprovedAccess.ServiceLine(service, why) is var line && !file.Lines.Contains(line))
            {
                // A module library's service that an anonymous role opens is placed on that role in the app.
                findings.Add(Finding.At(AttributeSite.Whole(service.Declaration), service.QualifiedName, line)
                    .WithAnonymousRoles(documents.AnonymousRolesAllowed(service))
                    .WithProperties(ApprovedLineFix.Approving(line)));
            }
        }
    }

    private static void Analyze(UserRole anonymous, ApprovedAccessFile? file, EntityModel entity, List<Finding> findings)
    {
        if (file is null)
        {
            return;
        }

        foreach (var grant in UserRoleAccess.GrantsOn(anonymous, entity))
        {
            var line = ApprovedAccess.Line(entity.QualifiedName, grant);
            if (!file.Lines.Contains(line))
            {
                // On the grant's first rule, its other rules as additional locations.
                var rule = grant.Rules[0];
                findings.Add(Finding.At(AttributeSite.Whole(rule.Declaration), entity.QualifiedName, line)
                    .WithRelated(grant.Rules.Skip(1))
                    .WithAnonymousRoles(grant.Rules.SelectMany(r => r.AnonymousRoles).Select(role => role.Value).Distinct())
                    .WithProperties(ApprovedLineFix.Approving(line)));
            }
        }
    }
}
