using System;
using System.IO;
using AccessRulesAnalyzer.Tests;

namespace AccessRulesAnalyzer.EndToEnd.Tests;

/// <summary>
/// Packs the current source once per test run into a temporary local feed, with a NuGet.config that restores
/// from it into a package folder of its own, so no cached package of an earlier run is ever used.
/// </summary>
public sealed class PackageFeed : IDisposable
{
    public PackageFeed()
    {
        RepositoryRoot = Repository.Root;
        Workspace = Path.Combine(Path.GetTempPath(), "accessrules-e2e-" + Guid.NewGuid().ToString("N")[..8]);
        var feed = Path.Combine(Workspace, "feed");
        Directory.CreateDirectory(feed);
        Version = "0.0.1-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss");
        File.WriteAllText(Path.Combine(Workspace, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{Path.Combine(Workspace, "packages")}" />
              </config>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);

        // The solution, as a release does: every project that is not a package must say so, or it lands in the feed too.
        var pack = DotNet.Run(RepositoryRoot, null, "pack", Path.Combine(RepositoryRoot, "AccessRulesAnalyzer.sln"),
            "-c", "Release", "-o", feed, "-p:Version=" + Version, "-nodeReuse:false");
        Feed = feed;
        Package = Path.Combine(feed, $"AccessRulesAnalyzer.{Version}.nupkg");
        if (pack.ExitCode != 0 || !File.Exists(Package))
        {
            throw new InvalidOperationException("dotnet pack failed:\n" + pack.Output);
        }
    }

    public string RepositoryRoot { get; }

    /// <summary>The folder sample projects are copied into; its NuGet.config applies to them.</summary>
    public string Workspace { get; }

    public string Version { get; }

    public string Package { get; }

    /// <summary>The folder the solution was packed into.</summary>
    public string Feed { get; }

    public string SamplesDirectory(string name) => Path.Combine(AppContext.BaseDirectory, "Samples", name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Workspace, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the folder is in the temp directory.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFeed>
{
    public const string Name = "Package";
}
