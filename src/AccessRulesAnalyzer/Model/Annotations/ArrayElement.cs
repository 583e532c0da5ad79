using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Model;

/// <summary>A string taken from an attribute's array argument, with its position in that array (for locating it in source).</summary>
internal readonly struct ArrayElement
{
    public ArrayElement(string value, int index)
    {
        Value = value;
        Index = index;
    }

    public string Value { get; }

    public int Index { get; }
}
