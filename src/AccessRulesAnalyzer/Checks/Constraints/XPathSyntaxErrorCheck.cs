using System.Collections.Generic;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR2001: an XPath constraint that does not parse, reported at the offending character.</summary>
internal sealed class XPathSyntaxErrorCheck() : ConstraintSiteCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.XPathSyntaxError,
        "XPath syntax error",
        "XPath constraint of '{0}': {1}",
        RuleCategories.XPath,
        DiagnosticSeverity.Error,
        "The platform rejects a constraint that does not parse, and a rule whose constraint cannot be read protects nothing the way it was meant to.");

    private protected override void Analyze(ConstraintSite site, List<Finding> findings)
    {
        var xpath = site.Checked;
        if (xpath is null)
        {
            return;
        }

        foreach (var error in xpath.Errors)
        {
            // An error at the end of the text (a missing ']') points at the last character.
            var span = error.Span.Length > 0 || xpath.Text.Length == 0
                ? error.Span
                : new TextSpan(System.Math.Min(error.Span.Start, xpath.Text.Length - 1), 1);
            findings.Add(Finding.At(AttributeSite.InConstraint(site, span), site.Owner, error.Message));
        }
    }
}
