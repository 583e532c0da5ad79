using System.Collections.Generic;
using System.Linq;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.FixContracts;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR0017: an open published service publishes persistable data, or its operations reach it without entity access.</summary>
internal sealed class OpenServiceCheck() : DocumentCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.CreateRedFlag(
        RuleIdentifiers.OpenService,
        "Published service open to anyone reaches data",
        "Published {0} service '{1}' is open to anyone on the internet ({2}) and {3}; {4}",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        "A published service that does not require authentication, or that allows the anonymous user role ('similar as choosing No at Requires authentication', the platform's security best practices), can be called by anyone on the internet: the entities it publishes are published to anyone, and its operations' microflows run for anyone.");

    private protected override void Analyze(SecurityModel model, ISymbol declarer, List<Finding> findings)
    {
        var documents = model.Documents;
        foreach (var service in documents.DeclaredIn(declarer).Services)
        {
            // Declared apart from its test: a mutation run drops every mutant of a method where negating the test leaves it unassigned.
            var why = documents.WhyOpen(service);
            if (why is null)
            {
                continue;
            }

            var reached = service.Publishes.Where(published => published.Entity.Persistable).Select(published => $"publishes '{published.Entity.QualifiedName}'")
                .Concat(service.Operations
                    .Select(operation => documents.FlowNamed(operation.Microflow))
                    .OfType<Flow>()
                    .Where(flow => flow.Kind == FlowKind.Microflow)
                    .SelectMany(flow => documents.UnguardedReach(flow))
                    .Select(action => $"its operation {action}"))
                .Distinct()
                .ToList();
            if (reached.Count == 0)
            {
                continue;
            }

            // What closes it: authentication where it is off, and no anonymous role among those allowed.
            var anonymous = documents.AnonymousRolesAllowed(service);
            var close = new List<string>(2);
            if (!service.RequiresAuthentication)
            {
                close.Add("set RequiresAuthentication = true");
            }

            if (!anonymous.IsEmpty)
            {
                close.Add($"remove {Display.Quoted(anonymous.Select(role => role.Value))} from AllowedRoles");
            }

            findings.Add(Finding.At(AttributeSite.Whole(service.Declaration), service.Kind, service.QualifiedName, why, string.Join("; ", reached), string.Join(" and ", close))
                .WithProperties(ServiceClosingFix.Closing(service, anonymous))
                .WithAnonymousRoles(anonymous));
        }
    }
}
