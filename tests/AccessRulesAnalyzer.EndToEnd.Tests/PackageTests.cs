using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;

namespace AccessRulesAnalyzer.EndToEnd.Tests;

[Collection(PackageCollection.Name)]
public class PackageTests
{
    private readonly PackageFeed _feed;

    public PackageTests(PackageFeed feed) => _feed = feed;

    [Fact]
    public void TheSolution_PacksExactlyThePackages()
    {
        var packages = Directory.GetFiles(_feed.Feed, "*.nupkg").Select(Path.GetFileName).OrderBy(name => name, StringComparer.Ordinal);

        Assert.Equal(new[] { $"AccessRulesAnalyzer.{_feed.Version}.nupkg", $"AccessRulesAnalyzer.Tool.{_feed.Version}.nupkg" }, packages);
    }

    [Fact]
    public void PackageHasExactlyTheExpectedLayout()
    {
        using var zip = ZipFile.OpenRead(_feed.Package);
        var files = zip.Entries.Select(e => e.FullName)
            .Where(name => !name.StartsWith("_rels/", StringComparison.Ordinal) && !name.StartsWith("package/", StringComparison.Ordinal) &&
                           name != "[Content_Types].xml" && !name.EndsWith(".nuspec", StringComparison.Ordinal))
            .OrderBy(name => name, StringComparer.Ordinal);

        Assert.Equal(
            new[]
            {
                "README.md",
                "analyzers/dotnet/cs/AccessRulesAnalyzer.CodeFixes.dll",
                "analyzers/dotnet/cs/AccessRulesAnalyzer.dll",
                "buildTransitive/AccessRulesAnalyzer.props",
                "buildTransitive/AccessRulesAnalyzer.targets",
                "lib/netstandard2.0/AccessRules.Annotations.dll",
                "lib/netstandard2.0/AccessRules.Annotations.xml",
            },
            files);
    }

    [Fact]
    public void PackageDependsOnNothing_AndCarriesReadmeAndLicense()
    {
        using var zip = ZipFile.OpenRead(_feed.Package);
        using var stream = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");

        Assert.Equal("AccessRulesAnalyzer", metadata.Elements().Single(e => e.Name.LocalName == "id").Value);
        Assert.DoesNotContain(metadata.Descendants(), e => e.Name.LocalName == "dependency");
        Assert.DoesNotContain(metadata.Elements(), e => e.Name.LocalName == "developmentDependency" && e.Value == "true");
        Assert.Equal("README.md", metadata.Elements().Single(e => e.Name.LocalName == "readme").Value);
        Assert.Equal("MIT", metadata.Elements().Single(e => e.Name.LocalName == "license").Value);
    }

    [Fact]
    public void ThePackagesReadme_LinksToTheDocsAbsolutely()
    {
        using var zip = ZipFile.OpenRead(_feed.Package);
        using var reader = new StreamReader(zip.GetEntry("README.md")!.Open());
        var readme = reader.ReadToEnd();

        Assert.DoesNotContain("](docs/", readme);
        Assert.Contains("](https://github.com/accessrules/AccessRulesAnalyzer/blob/main/docs/rules/AR0001.md)", readme);
        // The repository's README, every line of it, with only its links changed.
        var repository = File.ReadAllText(Path.Combine(_feed.RepositoryRoot, "README.md"));
        Assert.Equal(repository.Replace("](docs/", "](https://github.com/accessrules/AccessRulesAnalyzer/blob/main/docs/").TrimEnd(), readme.Replace("\r\n", "\n").TrimEnd());
    }

    [Theory]
    [InlineData("analyzers/dotnet/cs/AccessRulesAnalyzer.dll", false)]
    [InlineData("analyzers/dotnet/cs/AccessRulesAnalyzer.CodeFixes.dll", true)]
    public void AnalyzerAssembliesReferenceRoslyn45AtMost(string entry, bool mayUseWorkspaces)
    {
        using var zip = ZipFile.OpenRead(_feed.Package);
        using var copy = new MemoryStream();
        using (var stream = zip.GetEntry(entry)!.Open())
        {
            stream.CopyTo(copy);
        }

        copy.Position = 0;
        using var pe = new PEReader(copy);
        var reader = pe.GetMetadataReader();
        var roslyn = reader.AssemblyReferences.Select(reader.GetAssemblyReference)
            .Select(reference => (Name: reader.GetString(reference.Name), reference.Version))
            .Where(reference => reference.Name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
            .ToList();

        Assert.Contains(roslyn, reference => reference.Name == "Microsoft.CodeAnalysis");
        Assert.All(roslyn, reference => Assert.True(reference.Version <= new Version(4, 5, 0, 0), $"{entry} references {reference.Name} {reference.Version}"));
        Assert.Equal(mayUseWorkspaces, roslyn.Any(reference => reference.Name.Contains("Workspaces", StringComparison.Ordinal)));
    }
}
