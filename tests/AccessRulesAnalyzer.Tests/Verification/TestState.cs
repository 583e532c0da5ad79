using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace AccessRulesAnalyzer.Tests.Verification;

/// <summary>Test sources with their markup removed, and the spans it marked (per document).</summary>
internal sealed class TestState
{
    private TestState(ImmutableArray<string> sources, ImmutableArray<(int Document, MarkedSpan Span)> spans)
    {
        Sources = sources;
        Spans = spans;
    }

    public ImmutableArray<string> Sources { get; }

    public ImmutableArray<(int Document, MarkedSpan Span)> Spans { get; }

    public static TestState Parse(IEnumerable<string> markupSources)
    {
        var sources = ImmutableArray.CreateBuilder<string>();
        var spans = ImmutableArray.CreateBuilder<(int, MarkedSpan)>();
        foreach (var markup in markupSources)
        {
            var (source, marked) = TestMarkup.Parse(markup);
            spans.AddRange(marked.Select(span => (sources.Count, span)));
            sources.Add(source);
        }

        return new TestState(sources.ToImmutable(), spans.ToImmutable());
    }

    public (int Document, MarkedSpan Span) Location(int key)
    {
        var matches = Spans.Where(s => s.Span.Key == key).ToList();
        Assert.True(matches.Count == 1, $"The test source marks location #{key} {matches.Count} times; mark it once.");
        return matches[0];
    }
}
