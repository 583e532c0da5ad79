using System.Collections.Generic;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.XPath;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>
/// A check that reads the paths and comparisons of each constraint site (<see cref="ConstraintSite"/>), each with the entity it is read against
/// (<see cref="XPathBinding.Walk"/>, so predicates are read against their step). Only constraints the XPath checks
/// may judge reach it: on a persistable entity (AR1006 is the one finding otherwise) and parsed without error
/// (AR2001's); a check that judges what a constraint selects also needs every name in it to bind.
/// </summary>
internal abstract class ConstraintCheck(DiagnosticDescriptor rule) : ConstraintSiteCheck(rule)
{
    /// <summary>Only constraints whose every name, token and current-user comparison binds (<see cref="ConstraintSite.IsValid"/>).</summary>
    private protected virtual bool NeedsBinding => false;

    private protected abstract void Visit(ConstraintSite site, XPathConstraint xpath, XPathExpression expression, EntityModel context, List<Finding> findings);

    private protected sealed override void Analyze(ConstraintSite site, List<Finding> findings)
    {
        // Declared apart from the test, so that a mutation tool can negate the test and still compile.
        var xpath = site.Checked;
        if (xpath is null || xpath.HasErrors || (NeedsBinding && !site.IsValid))
        {
            return;
        }

        foreach (var (expression, context) in XPathBinding.Walk(xpath, site.Context))
        {
            Visit(site, xpath, expression, context, findings);
        }
    }
}
