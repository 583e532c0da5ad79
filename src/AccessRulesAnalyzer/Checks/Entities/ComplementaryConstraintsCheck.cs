using System.Collections.Generic;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.XPath;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR1032: two rules grant the same under constraints that negate each other, so together under none.</summary>
internal sealed class ComplementaryConstraintsCheck() : EntityCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.ComplementaryConstraints,
        "Two rules whose constraints negate each other",
        "This access rule of '{0}' and the rule at line {1} grant the same to the same roles under '{2}' and '{3}', which negate each other: together they grant it on every object; remove both constraints and keep one rule",
        RuleCategories.Consistency,
        DiagnosticSeverity.Warning,
        "Access rules are additive. Two rules with the same roles and rights, one under a constraint and the other under its negation (X and not(X), or a comparison with = and with !=), grant those rights on every object: the constraints protect nothing and each costs a query (the platform's Best Practice Recommender, MXP013).");

    private protected override void Analyze(SecurityModel model, EntityModel entity, List<Finding> findings)
    {
        for (var i = 1; i < entity.Rules.Length; i++)
        {
            var rule = entity.Rules[i];
            var constraint = rule.Constraint;
            if (constraint is not { IsValid: true })
            {
                continue;
            }

            for (var j = 0; j < i; j++)
            {
                var earlier = entity.Rules[j];
                if (earlier.Constraint is { IsValid: true } other && rule.GrantsTheSameRightsAs(earlier) && Negate(constraint, other))
                {
                    findings.Add(Finding.At(AttributeSite.Whole(rule.Declaration), entity.QualifiedName, Display.Line(earlier), other.Text, constraint.Text)
                        .WithRelated([earlier]));
                    break;
                }
            }
        }
    }

    /// <summary>Each constraint is one group, and one is the other's negation: <c>not(X)</c> of <c>X</c>, or <c>=</c> against <c>!=</c> of one path and value.</summary>
    private static bool Negate(ConstraintSite a, ConstraintSite b)
    {
        if (a.Parsed.Groups.Length != 1 || b.Parsed.Groups.Length != 1)
        {
            return false;
        }

        var (x, y) = (a.Parsed.Groups[0], b.Parsed.Groups[0]);
        return IsNegationOf(x, y, a.Text, b.Text) || IsNegationOf(y, x, b.Text, a.Text) || AreOppositeComparisons(x, y, a, b.Text);
    }

    private static bool IsNegationOf(XPathExpression negation, XPathExpression expression, string negationText, string expressionText) =>
        negation is XPathNotExpression not && Text(not.Operand, negationText) == Text(expression, expressionText);

    private static bool AreOppositeComparisons(XPathExpression x, XPathExpression y, ConstraintSite site, string yText) =>
        site.Text is var xText && x is XPathComparison first && y is XPathComparison second &&
        ((first.Operator, second.Operator) is (XPathComparisonOperator.Equal, XPathComparisonOperator.NotEqual) or (XPathComparisonOperator.NotEqual, XPathComparisonOperator.Equal)) &&
        Text(first.Left, xText) == Text(second.Left, yText) && Text(first.Right, xText) == Text(second.Right, yText) &&
        // Over a path that can reach several objects, = and != can both hold, and both can fail on an empty association:
        // only an attribute of the object itself, or its id, is one value.
        first.Left is XPathPath { Steps.Length: 1 } path && path.Steps[0].Predicates.IsEmpty &&
        XPathBinding.Resolve(path, site.Context).End.Kind is PathStepKind.Attribute or PathStepKind.Id;

    // Layout aside: whitespace outside quotes does not make two expressions differ.
    private static string Text(XPathExpression expression, string text) =>
        ConstraintSite.Normalize(text.Substring(expression.Span.Start, expression.Span.Length));
}
