using System.Collections.Generic;
using System.Linq;

namespace AccessRulesAnalyzer;

/// <summary>How names appear in diagnostic messages.</summary>
internal static class Display
{
    public static string Quoted(IEnumerable<string> names) => string.Join(", ", names.Select(name => "'" + name + "'"));
}
