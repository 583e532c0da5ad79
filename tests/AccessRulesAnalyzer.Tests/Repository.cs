using System;
using System.IO;

namespace AccessRulesAnalyzer.Tests;

/// <summary>The repository the tests run in: found by walking up to AccessRulesAnalyzer.sln.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AccessRulesAnalyzer.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("AccessRulesAnalyzer.sln not found above " + AppContext.BaseDirectory);
    }
}
