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

    /// <summary>The line of a rule's attribute in its file, for messages that point at another rule; "?" for one read from metadata.</summary>
    public static string Line(Model.AccessRule rule) =>
        rule.Declaration.ApplicationSyntaxReference is { } reference
            ? (reference.SyntaxTree.GetLineSpan(reference.Span).StartLinePosition.Line + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)
            : "?";
}
