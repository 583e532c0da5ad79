using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace AccessRulesAnalyzer.Tests.Verification;

/// <summary>Compares reported diagnostics with the expected ones: ID, primary span, and where given, additional spans and message.</summary>
internal static class DiagnosticComparer
{
    private sealed record Shape(string Id, string File, TextSpan Span, ImmutableArray<(string File, TextSpan Span)>? Additional, string? Message);

    public static void AssertMatch(TestState state, IEnumerable<DiagnosticResult> expected, ImmutableArray<Diagnostic> actual, ImmutableArray<DiagnosticDescriptor> descriptors)
    {
        var expectedShapes = new List<Shape>();
        foreach (var (document, span) in state.Spans.Where(s => s.Span.Key is null))
        {
            var id = span.Id ?? SingleId(descriptors);
            expectedShapes.Add(new Shape(id, TestProject.FileName(document), span.Span, null, null));
        }

        foreach (var result in expected)
        {
            Assert.False(result.LocationKeys.IsEmpty, $"Expected diagnostic {result} has no location: use WithLocation(key) with {{|#key:...|}} markup.");
            var locations = result.LocationKeys.Select(key => state.Location(key)).Select(l => (TestProject.FileName(l.Document), l.Span.Span)).ToImmutableArray();
            var descriptor = descriptors.FirstOrDefault(d => d.Id == result.Id);
            Assert.True(descriptor is not null, $"The analyzer does not support {result.Id}.");
            var message = result.Arguments is null ? null : string.Format(CultureInfo.InvariantCulture, descriptor!.MessageFormat.ToString(CultureInfo.InvariantCulture), result.Arguments);
            expectedShapes.Add(new Shape(result.Id, locations[0].Item1, locations[0].Span, result.LocationKeys.Length > 1 ? locations.RemoveAt(0) : null, message));
        }

        var actualShapes = actual.Select(d => new Shape(
            d.Id,
            d.Location.SourceTree?.FilePath ?? string.Empty,
            d.Location.SourceSpan,
            d.AdditionalLocations.Select(l => (l.SourceTree?.FilePath ?? string.Empty, l.SourceSpan)).ToImmutableArray(),
            d.GetMessage(CultureInfo.InvariantCulture))).ToList();

        var sortedExpected = Sort(expectedShapes);
        var sortedActual = Sort(actualShapes);
        // Each expectation takes one reported diagnostic; several may share a location (findings about library entities do).
        var unmatched = new List<Shape>(sortedActual);
        var matches = sortedExpected.Count == sortedActual.Count && sortedExpected.All(expectedShape =>
            unmatched.FindIndex(actualShape => Matches(expectedShape, actualShape)) is var index && index >= 0 && unmatched.Remove(unmatched[index]));
        Assert.True(matches, "Diagnostics differ.\nExpected:\n" + Describe(sortedExpected, state) + "\nActual:\n" + Describe(sortedActual, state));
    }

    private static bool Matches(Shape expected, Shape actual) =>
        expected.Id == actual.Id && expected.File == actual.File && expected.Span == actual.Span &&
        (expected.Message is null || expected.Message == actual.Message) &&
        (expected.Additional is null || expected.Additional.Value.SequenceEqual(actual.Additional!.Value));

    private static string SingleId(ImmutableArray<DiagnosticDescriptor> descriptors)
    {
        var ids = descriptors.Select(d => d.Id).Distinct().ToList();
        Assert.True(ids.Count == 1, "[|...|] markup needs an analyzer with one rule: name the ID with {|ARxxxx:...|}.");
        return ids[0];
    }

    private static List<Shape> Sort(IEnumerable<Shape> shapes) =>
        shapes.OrderBy(s => s.File, System.StringComparer.Ordinal).ThenBy(s => s.Span.Start).ThenBy(s => s.Span.Length).ThenBy(s => s.Id, System.StringComparer.Ordinal).ToList();

    private static string Describe(List<Shape> shapes, TestState state) => shapes.Count == 0
        ? "  (none)"
        : string.Join("\n", shapes.Select(s => $"  {s.Id} {s.File} '{Text(state, s.File, s.Span)}'" +
            (s.Additional is { Length: > 0 } additional ? $" +{additional.Length} additional" : string.Empty) +
            (s.Message is null ? string.Empty : $": {s.Message}")));

    private static string Text(TestState state, string file, TextSpan span)
    {
        var index = state.Sources.Select((_, i) => i).FirstOrDefault(i => TestProject.FileName(i) == file, -1);
        return index < 0 || span.End > state.Sources[index].Length ? "?" : state.Sources[index].Substring(span.Start, span.Length);
    }
}
