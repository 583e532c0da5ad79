using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace AccessRulesAnalyzer.Tool;

/// <summary>
/// The running runtime's framework assemblies, as references for a compilation made here: never downloaded
/// reference packs. The tool reads a built app with them; the tests and the benchmark compile against them.
/// </summary>
internal static class RuntimeAssemblies
{
    public static IEnumerable<string> Paths() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(file => Path.GetFileName(file) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "mscorlib.dll" or "netstandard.dll"));
}
