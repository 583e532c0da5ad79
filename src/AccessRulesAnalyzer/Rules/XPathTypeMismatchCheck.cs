using System.Collections.Generic;
using System.Collections.Immutable;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.XPath;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Rules;

/// <summary>AR2004: a comparison whose sides cannot be of the same type.</summary>
public sealed class XPathTypeMismatchCheck : SecurityCheck
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.XPathTypeMismatch,
        "Type mismatch in an XPath comparison",
        "XPath constraint of '{0}': {1} is compared with {2}",
        RuleCategories.XPath,
        DiagnosticSeverity.Warning,
        "A comparison of values of different types is rejected by the platform or never holds, so the constraint does not select what it seems to.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    internal override void Register(CheckRegistrations context, SecurityModel model) =>
        context.RegisterEntityRule(Rule, Analyze);

    private static void Analyze(EntityModel entity, List<EntityFinding> findings)
    {
        foreach (var rule in entity.Rules)
        {
            if (rule.XPath is { HasErrors: false } xpath)
            {
                foreach (var (expression, context) in XPathBinding.Walk(xpath, entity))
                {
                    if (expression is XPathComparison comparison &&
                        (Mismatch(comparison.Left, comparison.Right, context) ?? Mismatch(comparison.Right, comparison.Left, context)) is { } mismatch)
                    {
                        findings.Add(new EntityFinding(AttributeSite.InXPath(rule.Declaration, comparison.Span), [], [], null, entity.QualifiedName, mismatch.Path, mismatch.Value));
                    }
                }
            }
        }
    }

    /// <summary>What the path side is and what it is wrongly compared with; null when the types agree or are not known.</summary>
    private static (string Path, string Value)? Mismatch(XPathExpression pathSide, XPathExpression valueSide, EntityModel context)
    {
        if (pathSide is not XPathPath path || valueSide is not XPathLiteral literal || XPathBinding.Resolve(path, context) is not { Resolved: true } resolution)
        {
            return null;
        }

        if (resolution.End.Kind is PathStepKind.Association or PathStepKind.EntityFilter)
        {
            // An association holds an object: compare it with empty or with an object token.
            return literal.Kind == XPathLiteralKind.Empty || IsObjectToken(literal)
                ? null
                : ($"association '{path.Steps[path.Steps.Length - 1].Name}'", Describe(literal));
        }

        if (resolution.End.Attribute is not { } attribute)
        {
            return null;
        }

        var type = AttributeType(attribute.Property.Type);
        var mismatch = type switch
        {
            "number" => literal.Kind is XPathLiteralKind.String or XPathLiteralKind.Boolean || IsObjectToken(literal) || IsDateToken(literal),
            "boolean" => literal.Kind is XPathLiteralKind.String or XPathLiteralKind.Number || literal.Kind == XPathLiteralKind.Token,
            "date" => literal.Kind is XPathLiteralKind.Number or XPathLiteralKind.Boolean || (literal.Kind == XPathLiteralKind.Token && !IsDateToken(literal)),
            "string" => literal.Kind is XPathLiteralKind.Number or XPathLiteralKind.Boolean || IsObjectToken(literal),
            _ => false,
        };
        return mismatch ? ($"{type} attribute '{attribute.Name}'", Describe(literal)) : null;
    }

    // Only for a finding: most comparisons are with a token, whose description is a new string.
    private static string Describe(XPathLiteral literal) => literal.Kind switch
    {
        XPathLiteralKind.String => "a string",
        XPathLiteralKind.Number => "a number",
        XPathLiteralKind.Boolean => "a boolean",
        XPathLiteralKind.Token => $"'[%{literal.Value}%]'",
        _ => "empty",
    };

    private static bool IsObjectToken(XPathLiteral literal) => literal.IsToken("CurrentUser") || literal.IsToken("CurrentObject");

    private static bool IsDateToken(XPathLiteral literal) =>
        literal.Kind == XPathLiteralKind.Token && (literal.Value == "CurrentDateTime" || literal.Value.StartsWith("BeginOf", System.StringComparison.Ordinal) || literal.Value.StartsWith("EndOf", System.StringComparison.Ordinal));

    private static string? AttributeType(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        return type.SpecialType switch
        {
            SpecialType.System_String => "string",
            SpecialType.System_Boolean => "boolean",
            SpecialType.System_DateTime => "date",
            SpecialType.System_Byte or SpecialType.System_Int16 or SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_Decimal
                or SpecialType.System_Double or SpecialType.System_Single => "number",
            _ => type.Name == "DateTimeOffset" ? "date" : null,
        };
    }
}
