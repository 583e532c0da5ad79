using System.Collections.Generic;
using System.Linq;

namespace AccessRulesAnalyzer;

/// <summary>How names appear in diagnostic messages.</summary>
internal static class Display
{
    // Most findings name one role or member: that one is quoted without an iterator and a join.
    public static string Quoted(IEnumerable<string> names) => names is IReadOnlyList<string> { Count: 1 } one
        ? "'" + one[0] + "'"
        : string.Join(", ", names.Select(name => "'" + name + "'"));

    /// <summary>A flag as C# writes it.</summary>
    public static string Bool(bool value) => value ? "true" : "false";
}
