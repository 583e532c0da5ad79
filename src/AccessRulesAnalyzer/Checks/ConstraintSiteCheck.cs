using System.Collections.Generic;
using System.Collections.Immutable;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>
/// A check of each XPath constraint wherever it stands (<see cref="ConstraintSite"/>): an access rule's, on each
/// entity; a retrieve's or a page widget's, on each class that declares documents. Messages name the site's owner.
/// </summary>
internal abstract class ConstraintSiteCheck(DiagnosticDescriptor rule) : SecurityCheck(rule)
{
    internal sealed override void Register(CheckRegistrations context, SecurityModel model)
    {
        context.RegisterEntityCheck(Rule, (entity, findings) => AnalyzeEach(entity.ConstraintSites, findings));
        context.RegisterDocumentCheck(Rule, (declarer, findings) => AnalyzeEach(model.Documents.ConstraintSitesIn(declarer), findings));
    }

    /// <summary>Adds the findings on <paramref name="site"/> to <paramref name="findings"/>.</summary>
    private protected abstract void Analyze(ConstraintSite site, List<Finding> findings);

    private void AnalyzeEach(ImmutableArray<ConstraintSite> sites, List<Finding> findings)
    {
        foreach (var site in sites)
        {
            Analyze(site, findings);
        }
    }
}
