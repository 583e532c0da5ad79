using System.Collections.Generic;
using AccessRulesAnalyzer.XPath;
using Microsoft.CodeAnalysis.Text;

namespace AccessRulesAnalyzer.Model;

/// <summary>The part of a constraint that lets objects of other users through: its kind and span in the constraint's text.</summary>
internal sealed class ScopeLeak
{
    public ScopeLeak(ScopeLeakKind kind, TextSpan span, string? sharedEntity = null)
    {
        Kind = kind;
        Span = span;
        SharedEntity = sharedEntity;
    }

    public ScopeLeakKind Kind { get; }

    public TextSpan Span { get; }

    /// <summary>For <see cref="ScopeLeakKind.SharedEntity"/>, the shared entity the path passes through.</summary>
    public string? SharedEntity { get; }

    /// <summary>What lets other users' objects through, for a message: names the part of <paramref name="text"/>.</summary>
    public string Describe(string text)
    {
        var part = text.Substring(Span.Start, Span.Length);
        return Kind switch
        {
            ScopeLeakKind.OrBranch => $"the 'or' branch '{part}' matches objects of other users",
            ScopeLeakKind.Negation => $"the negation '{part}' matches objects of other users",
            ScopeLeakKind.SharedEntity => $"the path '{part}' passes through {SharedEntity}, which many users share",
            _ => $"the filter '{part}' does not involve the current user",
        };
    }
}
