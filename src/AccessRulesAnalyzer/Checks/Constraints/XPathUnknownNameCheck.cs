using System;
using System.Collections.Generic;
using System.Linq;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.FixContracts;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.XPath;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR2002: a path step or token of an XPath that does not resolve.</summary>
internal sealed class XPathUnknownNameCheck() : ConstraintCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.XPathUnknownName,
        "Unknown name in an XPath",
        "XPath constraint of '{0}': {1}",
        RuleCategories.XPath,
        DiagnosticSeverity.Error,
        "Every step of a path must be an attribute, association or entity reachable from where the path stands, and every token a system token; the platform rejects the constraint otherwise.");

    private protected override void Visit(ConstraintSite site, XPathConstraint xpath, XPathExpression expression, EntityModel context, List<Finding> findings)
    {
        switch (expression)
        {
            case XPathPath path:
                UnknownStep(site, path, context, findings);
                break;
            case XPathComparison comparison:
                UnknownToken(context.Model, site, xpath, comparison.Left, findings);
                UnknownToken(context.Model, site, xpath, comparison.Right, findings);
                UnknownVariable(site, comparison.Left, findings);
                UnknownVariable(site, comparison.Right, findings);
                break;
        }
    }

    private static void UnknownStep(ConstraintSite site, XPathPath path, EntityModel context, List<Finding> findings)
    {
        var resolution = XPathBinding.Resolve(path, context);
        if (resolution.Resolved)
        {
            return;
        }

        var step = path.Steps[resolution.FailedStep];
        // System members are candidates too: the platform's own docs spell System.owner as System.Owner.
        var names = resolution.LastEntity.Members.Select(member => member.AssociationName ?? member.Name).Concat(SystemMember.Names);
        var suggestion = resolution.FollowsTerminal ? null : NameSuggestion.For(step.Name, names) ?? NameSuggestion.ForModule(step.Name, names);
        var message = resolution.FollowsTerminal
            ? $"'{step.Name}' follows '{path.Steps[resolution.FailedStep - 1].Name}', which is not an association"
            : $"'{resolution.LastEntity.QualifiedName}' has no attribute, association or specialization '{step.Name}'{NameSuggestion.Suffix(suggestion)}";
        findings.Add(Finding.At(AttributeSite.InConstraint(site, step.NameSpan), site.Owner, message).WithProperties(NameReplacementFix.Replacing(step.Name, suggestion)));
    }

    private static void UnknownVariable(ConstraintSite site, XPathExpression operand, List<Finding> findings)
    {
        if (XPathBinding.UnknownVariable(operand, site.Parameters) is { } variable)
        {
            var suggestion = NameSuggestion.For(variable.Value, site.Parameters.Add(XPathTokens.CurrentUserVariable));
            var parameters = site.Parameters.IsEmpty ? "it has none" : "it has " + string.Join(", ", site.Parameters.Select(parameter => "'$" + parameter + "'"));
            findings.Add(Finding.At(AttributeSite.InConstraint(site, variable.VariableSpan), site.Owner, $"'${variable.Value}' is not a parameter of the flow ({parameters}){NameSuggestion.Suffix(suggestion is null ? null : "$" + suggestion)}")
                .WithProperties(NameReplacementFix.Replacing("$" + variable.Value, suggestion is null ? null : "$" + suggestion)));
        }
    }

    private static void UnknownToken(SecurityModel model, ConstraintSite site, XPathConstraint xpath, XPathExpression operand, List<Finding> findings)
    {
        if (operand is not XPathLiteral literal)
        {
            return;
        }

        foreach (var token in literal.Tokens())
        {
            if (!model.IsKnownToken(token.Name))
            {
                var candidates = XPathTokens.Fixed.Concat(model.UserRoles.Select(role => XPathTokens.UserRolePrefix + role.Name));
                var suggestion = NameSuggestion.For(token.Name, candidates);
                var message = $"unknown token '[%{token.Name}%]'{NameSuggestion.Suffix(suggestion)}";
                // The span may include the quotes around the token: the replacement keeps them.
                var covered = xpath.Text.Substring(token.Span.Start, token.Span.Length);
                var replaced = suggestion is null ? null : covered.Replace($"[%{token.Name}%]", $"[%{suggestion}%]");
                var properties = replaced == covered ? null : NameReplacementFix.Replacing(covered, replaced);
                findings.Add(Finding.At(AttributeSite.InConstraint(site, token.Span), site.Owner, message).WithProperties(properties));
            }
        }
    }
}
