using System.Collections.Immutable;
using System.Linq;

namespace AccessRulesAnalyzer.Tests.Verification;

/// <summary>An expected diagnostic: its ID, its locations (markup keys, primary first) and, optionally, its message arguments.</summary>
public sealed record DiagnosticResult(string Id)
{
    public ImmutableArray<int> LocationKeys { get; init; } = ImmutableArray<int>.Empty;

    public object[]? Arguments { get; init; }

    /// <summary>A location marked <c>{|#key:...|}</c>; the first is the primary location, the rest additional ones.</summary>
    public DiagnosticResult WithLocation(int key) => this with { LocationKeys = LocationKeys.Add(key) };

    public DiagnosticResult WithArguments(params object[] arguments) => this with { Arguments = arguments };

    public override string ToString() =>
        $"{Id} at #{string.Join(", #", LocationKeys)}" + (Arguments is null ? string.Empty : $" ({string.Join(", ", Arguments.Select(a => $"'{a}'"))})");
}
