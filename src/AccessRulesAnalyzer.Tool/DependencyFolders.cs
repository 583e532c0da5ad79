using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace AccessRulesAnalyzer.Tool;

/// <summary>
/// The package assemblies a built assembly's deps.json names. A library's build output does not copy its packages
/// (the annotations among them), so they are found where restore put them: the package folders of the project's
/// obj/project.assets.json above the output folder, else NUGET_PACKAGES or ~/.nuget/packages.
/// </summary>
internal static class DependencyFolders
{
    public static IEnumerable<string> PackageAssemblies(string assembly)
    {
        var deps = Path.ChangeExtension(assembly, ".deps.json");
        if (!File.Exists(deps))
        {
            yield break;
        }

        // Each variable is declared apart from its test, so that a mutant of the test does not leave it unassigned (docs/testing.md).
        var document = Parse(deps);
        if (document is null)
        {
            yield break;
        }

        using (document)
        {
            var folders = PackageFolders(Path.GetDirectoryName(assembly)!).ToList();
            if (!document.RootElement.TryGetProperty("targets", out var targets))
            {
                yield break;
            }

            if (!document.RootElement.TryGetProperty("libraries", out var libraries))
            {
                yield break;
            }

            foreach (var target in targets.EnumerateObject())
            {
                foreach (var library in target.Value.EnumerateObject())
                {
                    var packagePath = PackagePath(libraries, library.Name);
                    if (packagePath is null)
                    {
                        continue;
                    }

                    foreach (var kind in new[] { "compile", "runtime" })
                    {
                        if (!library.Value.TryGetProperty(kind, out var assets))
                        {
                            continue;
                        }

                        foreach (var asset in assets.EnumerateObject().Where(a => a.Name.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)))
                        {
                            var file = folders.Select(folder => Path.Combine(folder, packagePath, asset.Name)).FirstOrDefault(File.Exists);
                            if (file is not null)
                            {
                                yield return file;
                            }
                        }
                    }
                }
            }
        }
    }

    private static JsonDocument? Parse(string deps)
    {
        try
        {
            return JsonDocument.Parse(File.ReadAllText(deps));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Where restore put the library under a package folder ("path" in the deps.json's libraries); null when not said.</summary>
    private static string? PackagePath(JsonElement libraries, string library)
    {
        if (!libraries.TryGetProperty(library, out var description))
        {
            return null;
        }

        if (!description.TryGetProperty("path", out var path))
        {
            return null;
        }

        return path.GetString();
    }

    private static IEnumerable<string> PackageFolders(string outputFolder)
    {
        for (var folder = new DirectoryInfo(outputFolder); folder is not null; folder = folder.Parent)
        {
            var assets = Path.Combine(folder.FullName, "obj", "project.assets.json");
            if (File.Exists(assets))
            {
                foreach (var packageFolder in FoldersIn(assets))
                {
                    yield return packageFolder;
                }

                break;
            }
        }

        if (Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } fromEnvironment)
        {
            yield return fromEnvironment;
        }

        yield return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
    }

    private static IEnumerable<string> FoldersIn(string assetsFile)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(assetsFile));
            return document.RootElement.TryGetProperty("packageFolders", out var folders)
                ? folders.EnumerateObject().Select(folder => folder.Name).ToList()
                : [];
        }
        catch (Exception exception) when (exception is JsonException or IOException)
        {
            return [];
        }
    }
}
