using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace AccessRulesAnalyzer.Tests.Verification;

/// <summary>A span marked in test source: <c>[|...|]</c> (the analyzer's only rule), <c>{|AR0002:...|}</c>, or <c>{|#0:...|}</c> (a location an expected diagnostic refers to).</summary>
internal sealed record MarkedSpan(string? Id, int? Key, TextSpan Span);

internal static class TestMarkup
{
    public static (string Source, IReadOnlyList<MarkedSpan> Spans) Parse(string markup)
    {
        var output = new StringBuilder(markup.Length);
        var spans = new List<MarkedSpan>();
        var open = new Stack<(string? Id, int? Key, int Start)>();
        for (var i = 0; i < markup.Length; i++)
        {
            if (At(markup, i, "[|"))
            {
                open.Push((null, null, output.Length));
                i++;
            }
            else if (At(markup, i, "{|") && markup.IndexOf(':', i) is var colon && colon > i)
            {
                var label = markup.Substring(i + 2, colon - i - 2);
                open.Push(label.StartsWith('#') ? (null, int.Parse(label[1..]), output.Length) : (label, null, output.Length));
                i = colon;
            }
            else if (At(markup, i, "|]") || At(markup, i, "|}"))
            {
                var (id, key, start) = open.Pop();
                spans.Add(new MarkedSpan(id, key, TextSpan.FromBounds(start, output.Length)));
                i++;
            }
            else
            {
                output.Append(markup[i]);
            }
        }

        if (open.Count > 0)
        {
            throw new System.ArgumentException("Unclosed markup span in test source.");
        }

        return (output.ToString(), spans);
    }

    private static bool At(string text, int index, string token) => string.CompareOrdinal(text, index, token, 0, token.Length) == 0;
}
