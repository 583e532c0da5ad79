using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Model;

/// <summary>
/// Reads attribute arguments defensively: half-typed code binds to error constants, nulls or missing arguments,
/// and each of those reads as "not given" instead of throwing.
/// </summary>
internal static class AttributeValues
{
    [ThreadStatic]
    private static ImmutableArray<ArrayElement>.Builder? t_elements;

    public static string? ConstructorString(AttributeData attribute, int index) =>
        index < attribute.ConstructorArguments.Length ? AsString(attribute.ConstructorArguments[index]) : null;

    public static ImmutableArray<ArrayElement> ConstructorStrings(AttributeData attribute, int index) =>
        index < attribute.ConstructorArguments.Length ? AsStrings(attribute.ConstructorArguments[index]) : ImmutableArray<ArrayElement>.Empty;

    public static int? ConstructorInt(AttributeData attribute, int index) =>
        index < attribute.ConstructorArguments.Length && attribute.ConstructorArguments[index].Value is int value ? value : null;

    /// <summary>The class a <c>typeof(...)</c> constructor argument names; null when absent or not a class (half-typed code).</summary>
    public static INamedTypeSymbol? ConstructorType(AttributeData attribute, int index) =>
        index < attribute.ConstructorArguments.Length && attribute.ConstructorArguments[index].Value is INamedTypeSymbol type ? type : null;

    public static TypedConstant? Named(AttributeData attribute, string name)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == name)
            {
                return argument.Value;
            }
        }

        return null;
    }

    public static string? NamedString(AttributeData attribute, string name) =>
        Named(attribute, name) is { } value ? AsString(value) : null;

    public static bool NamedBool(AttributeData attribute, string name, bool defaultValue = false) =>
        Named(attribute, name) is { Value: bool value } ? value : defaultValue;

    public static int NamedInt(AttributeData attribute, string name) =>
        Named(attribute, name) is { Value: int value } ? value : 0;

    public static ImmutableArray<ArrayElement> NamedStrings(AttributeData attribute, string name) =>
        Named(attribute, name) is { } value ? AsStrings(value) : ImmutableArray<ArrayElement>.Empty;

    private static string? AsString(TypedConstant constant) =>
        constant.Kind == TypedConstantKind.Primitive ? constant.Value as string : null;

    private static ImmutableArray<ArrayElement> AsStrings(TypedConstant constant)
    {
        if (constant.Kind != TypedConstantKind.Array || constant.IsNull)
        {
            return ImmutableArray<ArrayElement>.Empty;
        }

        // Every rule has a few array arguments: one builder per thread, so that each array costs its elements only.
        var values = constant.Values;
        var builder = t_elements ??= ImmutableArray.CreateBuilder<ArrayElement>();
        for (var i = 0; i < values.Length; i++)
        {
            if (AsString(values[i]) is { } value)
            {
                builder.Add(new ArrayElement(value, i));
            }
        }

        var elements = builder.ToImmutable();
        builder.Clear();
        return elements;
    }
}
