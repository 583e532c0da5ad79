using System.Collections.Generic;
using System.Linq;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>
/// AR1026: a page visible for a module role, or a nanoflow allowed to one, calls a microflow whose allowed roles do
/// not include it: the users the page or nanoflow is for get an error when it calls the microflow.
/// </summary>
internal sealed class CalledMicroflowNotAllowedForCallerCheck() : DocumentCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.CalledMicroflowNotAllowedForCaller,
        "Page or nanoflow calls a microflow its roles may not call",
        "{0} '{1}' is for {2}, but the microflow '{3}' it calls does not allow {4}: {5}, or call another microflow",
        RuleCategories.Consistency,
        DiagnosticSeverity.Error,
        "Allowed roles are checked when the client calls a microflow: a page visible for a role, or a nanoflow allowed to one, that calls a microflow the role may not call fails for those users (the platform's consistency check reports it). A module role of another module counts when every user role that includes it includes a role the microflow allows. A microflow without any allowed roles is AR1025's.");

    private protected override void Analyze(SecurityModel model, ISymbol declarer, List<Finding> findings)
    {
        var documents = model.Documents;
        var (flows, _, pages) = documents.DeclaredIn(declarer);
        foreach (var page in pages)
        {
            foreach (var (callee, site, _) in ClientCallSites.Of(page))
            {
                Check(model, "Page", page.QualifiedName, page.VisibleFor, callee, site, findings);
            }
        }

        foreach (var nanoflow in flows.Where(flow => flow.Kind == FlowKind.Nanoflow))
        {
            foreach (var (callee, site, _) in ClientCallSites.Of(documents, nanoflow))
            {
                Check(model, "Nanoflow", nanoflow.QualifiedName, nanoflow.AllowedRoles, callee, site, findings);
            }
        }
    }

    private static void Check(SecurityModel model, string kind, string caller, IEnumerable<ArrayElement> callerRoles, string callee, AttributeSite site, List<Finding> findings)
    {
        if (model.Documents.FlowNamed(callee) is not { Kind: FlowKind.Microflow, AllowedRoles.IsEmpty: false } microflow)
        {
            return;
        }

        // The microflow's roles that AR1001 or AR1002 report are left out too: a microflow that names only such roles is theirs alone.
        var allowed = model.Documents.JudgedRoles(microflow.AllowedRoles, microflow.QualifiedName);
        if (allowed.Count == 0)
        {
            return;
        }

        var roles = model.Documents.JudgedRoles(callerRoles, caller);
        var missing = roles.Where(role => !model.App.UsersOf(role, allowed.Contains)).ToList();
        if (missing.Count > 0)
        {
            findings.Add(Finding.At(site, kind, caller, Display.Quoted(roles), microflow.QualifiedName, Display.Quoted(missing), Remedy(model, microflow.QualifiedName, allowed, missing)));
        }
    }

    // The roles judged are the caller's own module's. Of the microflow's module, they can be added to its allowed roles;
    // of another, they cannot (CE0148): the user roles that include them and none of the allowed roles need one of those.
    private static string Remedy(SecurityModel model, string microflow, List<string> allowed, List<string> missing)
    {
        if (ModuleRole.SameModule(missing[0], microflow))
        {
            return $"add {Display.Quoted(missing)} to the microflow's AllowedRoles";
        }

        var lacking = model.App.UserRoles
            .Where(user => missing.Any(role => user.Includes(role)) && !allowed.Any(role => user.Includes(role)))
            .Select(user => user.Name)
            .ToList();
        return lacking.Count == 0
            ? $"include {Display.Quoted(missing)} only in user roles that have one of the microflow's allowed roles ({Display.Quoted(allowed)})"
            : $"give {(lacking.Count == 1 ? "user role" : "user roles")} {Display.Quoted(lacking)} one of the microflow's allowed roles ({Display.Quoted(allowed)})";
    }
}
