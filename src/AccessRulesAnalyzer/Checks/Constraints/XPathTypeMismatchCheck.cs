using System.Collections.Generic;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.XPath;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR2004: a comparison whose sides cannot be of the same type.</summary>
internal sealed class XPathTypeMismatchCheck() : ConstraintCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.XPathTypeMismatch,
        "Type mismatch in an XPath comparison",
        "XPath constraint of '{0}': {1} is compared with {2}",
        RuleCategories.XPath,
        DiagnosticSeverity.Warning,
        "A comparison of values of different types is rejected by the platform or never holds, so the constraint does not select what it seems to.");

    // A name that does not bind is AR2002's; the types of what does are read only when all of it binds.
    private protected override bool NeedsBinding => true;

    private protected override void Visit(ConstraintSite site, XPathConstraint xpath, XPathExpression expression, EntityModel context, List<Finding> findings)
    {
        if (expression is XPathComparison comparison &&
            (Mismatch(comparison.Left, comparison.Right, site, context) ?? Mismatch(comparison.Right, comparison.Left, site, context)) is { } mismatch)
        {
            findings.Add(Finding.At(AttributeSite.InConstraint(site, comparison.Span), site.Owner, mismatch.Path, mismatch.Value));
        }
    }

    /// <summary>What the path side is and what it is wrongly compared with; null when the types agree or are not known.</summary>
    private static (string Path, string Value)? Mismatch(XPathExpression pathSide, XPathExpression valueSide, ConstraintSite site, EntityModel context)
    {
        if (pathSide is not XPathPath path || valueSide is not XPathLiteral literal ||
            XPathBinding.Resolve(path, context) is not { Resolved: true } resolution)
        {
            return null;
        }

        if (literal.Kind == XPathLiteralKind.Variable)
        {
            // A variable's type is its parameter's, which the flow's method says.
            return site.TypeOf(literal) is { } variable && VariableMismatch(path, resolution, variable) is { } what
                ? (what, $"'${literal.Value}{(literal.Member is null ? string.Empty : "/" + literal.Member)}' ({Describe(variable)})")
                : null;
        }

        if (resolution.End.Kind is PathStepKind.Association or PathStepKind.EntityFilter)
        {
            // An association holds an object: compare it with empty, an object token or an object's id as a string.
            return literal.Kind is XPathLiteralKind.Empty or XPathLiteralKind.String || IsObjectToken(literal)
                ? null
                : (Association(path), Describe(literal));
        }

        var type = resolution.End.AttributeType;
        var mismatch = type switch
        {
            AttributeType.Number => literal.Kind is XPathLiteralKind.String or XPathLiteralKind.Boolean || IsObjectToken(literal) || literal.IsDate,
            // 'true' and 'false' in quotes are the Boolean values (the platform's true() and false() pages).
            AttributeType.Boolean => (literal.Kind == XPathLiteralKind.String && literal.BooleanValue is null) ||
                literal.Kind is XPathLiteralKind.Number or XPathLiteralKind.Token or XPathLiteralKind.TokenExpression,
            AttributeType.DateTime => literal.Kind is XPathLiteralKind.Number or XPathLiteralKind.Boolean || (literal.Kind is XPathLiteralKind.Token or XPathLiteralKind.TokenExpression && !literal.IsDate),
            AttributeType.String => literal.Kind is XPathLiteralKind.Number or XPathLiteralKind.Boolean || IsObjectToken(literal),
            _ => false,
        };
        return mismatch ? ($"{Describe(type)} attribute '{resolution.End.AttributeName}'", Describe(literal)) : null;
    }

    // An object compares with an association, or an id, of its own entity (or one above or below it); a value with an
    // attribute of its type. An id compared with a value, an association with a string (an id), and an attribute whose
    // type comparisons do not care about (an enumeration), are left alone.
    private static string? VariableMismatch(XPathPath path, PathResolution resolution, VariableType variable)
    {
        var end = resolution.End;
        switch (end.Kind)
        {
            case PathStepKind.Association or PathStepKind.EntityFilter:
                // A string may hold an object's id, as a string literal may.
                var matches = variable.Entity is null
                    ? variable.Value == AttributeType.String
                    : end.Entity is null || variable.Entity.SharesObjectsWith(end.Entity);
                return matches ? null : Association(path);
            case PathStepKind.Id:
                return variable.Entity is null || variable.Entity.SharesObjectsWith(resolution.LastEntity)
                    ? null
                    : $"the id of '{resolution.LastEntity.QualifiedName}'";
            case PathStepKind.Attribute when end.AttributeType != AttributeType.Other && (variable.Entity is not null || variable.Value != end.AttributeType):
                return $"{Describe(end.AttributeType)} attribute '{end.AttributeName}'";
            default:
                return null;
        }
    }

    // The association a path ends at, as messages name it.
    private static string Association(XPathPath path) => $"association '{path.Steps[path.Steps.Length - 1].Name}'";

    private static string Describe(VariableType variable) => variable.Entity is { } entity
        ? $"an object of '{entity.QualifiedName}'"
        : variable.Value switch
        {
            AttributeType.Number => "a number",
            AttributeType.Boolean => "a boolean",
            AttributeType.DateTime => "a date",
            _ => "a string",
        };

    private static string Describe(AttributeType type) => type switch
    {
        AttributeType.Number => "number",
        AttributeType.Boolean => "boolean",
        AttributeType.DateTime => "date",
        _ => "string",
    };

    // Only for a finding: most comparisons are with a token, whose description is a new string.
    private static string Describe(XPathLiteral literal) => literal.Kind switch
    {
        XPathLiteralKind.String => "a string",
        XPathLiteralKind.Number => "a number",
        XPathLiteralKind.Boolean => "a boolean",
        XPathLiteralKind.Token => $"'[%{literal.Value}%]'",
        // A token expression: the only other kind a mismatch has, since empty compares with every type.
        _ => $"'{literal.Value}'",
    };

    // [%UserRole_Name%] is the System.UserRole object of a user role.
    private static bool IsObjectToken(XPathLiteral literal) =>
        literal.IsToken("CurrentUser") || literal.IsToken("CurrentObject") ||
        (literal.Kind == XPathLiteralKind.Token && XPathTokens.IsUserRole(literal.Value));

}
