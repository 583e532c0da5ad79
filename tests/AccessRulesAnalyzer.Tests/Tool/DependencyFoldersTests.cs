using System;
using System.IO;
using System.Linq;
using AccessRulesAnalyzer.Tool;

namespace AccessRulesAnalyzer.Tests.Tool;

/// <summary>
/// The package assemblies of a built library, found through its deps.json in the package folders that
/// obj/project.assets.json above its output folder names: a library's build output does not copy its packages.
/// </summary>
public sealed class DependencyFoldersTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "accessrules-deps-" + Guid.NewGuid().ToString("N"));

    public DependencyFoldersTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "app", "bin", "Debug", "net10.0"));
        Directory.CreateDirectory(Path.Combine(_root, "app", "obj"));
        File.WriteAllText(Path.Combine(_root, "app", "obj", "project.assets.json"), $$"""{ "packageFolders": { "{{Json(Path.Combine(_root, "packages"))}}": {} } }""");
        Touch("packages", "annotations.pkg", "1.0.0", "lib", "netstandard2.0", "AccessRules.Annotations.dll");
        Touch("packages", "other.pkg", "2.0.0", "ref", "net8.0", "Other.dll");
        Touch("packages", "other.pkg", "2.0.0", "lib", "net8.0", "Other.dll");
        Touch("packages", "other.pkg", "2.0.0", "lib", "net8.0", "Other.xml");
    }

    private string Assembly => Path.Combine(_root, "app", "bin", "Debug", "net10.0", "App.dll");

    [Fact]
    public void TheCompileAndRuntimeAssetsOfEachLibrary_AreFoundInThePackageFolders_WhenTheyExist()
    {
        Deps("""
            {
              "targets": { ".NETCoreApp,Version=v10.0": {
                "App/1.0.0": { "runtime": { "App.dll": {} } },
                "Annotations.Pkg/1.0.0": { "runtime": { "lib/netstandard2.0/AccessRules.Annotations.dll": {} } },
                "Other.Pkg/2.0.0": { "compile": { "ref/net8.0/Other.dll": {} }, "runtime": { "lib/net8.0/Other.dll": {}, "lib/net8.0/Other.xml": {}, "lib/net8.0/Missing.dll": {} } },
                "NoPath/1.0.0": { "runtime": { "lib/net8.0/NoPath.dll": {} } }
              } },
              "libraries": {
                "App/1.0.0": { "type": "project" },
                "Annotations.Pkg/1.0.0": { "type": "package", "path": "annotations.pkg/1.0.0" },
                "Other.Pkg/2.0.0": { "type": "package", "path": "other.pkg/2.0.0" },
                "NoPath/1.0.0": { "type": "package" }
              }
            }
            """);

        var found = DependencyFolders.PackageAssemblies(Assembly).Select(file => Path.GetRelativePath(Path.Combine(_root, "packages"), file).Replace('\\', '/')).ToList();

        Assert.Equal(new[] { "annotations.pkg/1.0.0/lib/netstandard2.0/AccessRules.Annotations.dll", "other.pkg/2.0.0/ref/net8.0/Other.dll", "other.pkg/2.0.0/lib/net8.0/Other.dll" }, found);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("{ not json")]
    [InlineData("""{ "libraries": { "Annotations.Pkg/1.0.0": { "path": "annotations.pkg/1.0.0" } } }""")]
    [InlineData("""{ "targets": { "t": { "Annotations.Pkg/1.0.0": { "runtime": { "lib/netstandard2.0/AccessRules.Annotations.dll": {} } } } } }""")]
    public void ADepsFileMissing_Unreadable_OrWithoutTargetsOrLibraries_GivesNothing(string? deps)
    {
        if (deps is not null)
        {
            Deps(deps);
        }

        Assert.Empty(DependencyFolders.PackageAssemblies(Assembly));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Deps(string text) => File.WriteAllText(Path.ChangeExtension(Assembly, ".deps.json"), text);

    private void Touch(params string[] parts)
    {
        var file = Path.Combine(new[] { _root }.Concat(parts).ToArray());
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, string.Empty);
    }

    private static string Json(string path) => path.Replace("\\", "\\\\");
}
