using System.Collections.Generic;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.XPath;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR2005: a constraint that can never match, so its rule grants nothing.</summary>
internal sealed class XPathNeverMatchesCheck() : ConstraintSiteCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.XPathNeverMatches,
        "XPath constraint that never matches",
        "XPath constraint of '{0}' never matches: {1}",
        RuleCategories.XPath,
        DiagnosticSeverity.Warning,
        "A constraint that no object can satisfy makes its rule grant nothing, which is rarely what was meant: usually 'or' was meant where 'and' stands, or a value was mistyped.");

    private protected override void Analyze(ConstraintSite site, List<Finding> findings)
    {
        var xpath = site.Checked;
        if (xpath is null || xpath.HasErrors)
        {
            return;
        }

        if (XPathContradictions.Find(xpath) is { } contradiction)
        {
            findings.Add(Finding.At(AttributeSite.InConstraint(site, contradiction.Span), site.Owner, contradiction.Reason));
        }
    }
}
