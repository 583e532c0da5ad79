using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace AccessRulesAnalyzer.EndToEnd.Tests;

/// <summary>A sample project copied into a fresh folder of the package feed's workspace, with a csproj that references the package.</summary>
internal sealed class Sample
{
    private static readonly Regex s_diagnostic = new(@"^(?:.*[/\\])?(?<file>[^/\\(]+)\((?<line>\d+),\d+\): (?<severity>warning|error) (?<id>AR\d{4}):", RegexOptions.Multiline);

    private Sample(string directory, string project)
    {
        Directory = directory;
        Project = project;
    }

    public string Directory { get; }

    public string Project { get; }

    /// <summary>Copies <paramref name="sourceDirectory"/>'s C# files into a new project <paramref name="name"/>.</summary>
    public static Sample Create(PackageFeed feed, string name, string sourceDirectory, params Sample[] references)
    {
        var directory = Path.Combine(feed.Workspace, name + "-" + Guid.NewGuid().ToString("N")[..8]);
        System.IO.Directory.CreateDirectory(directory);
        foreach (var file in System.IO.Directory.GetFiles(sourceDirectory, "*.cs"))
        {
            File.Copy(file, Path.Combine(directory, Path.GetFileName(file)));
        }

        var projectReferences = string.Concat(references.Select(r => $"""    <ProjectReference Include="{r.Project}" />{"\n"}"""));
        var project = Path.Combine(directory, name + ".csproj");
        File.WriteAllText(project, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="AccessRulesAnalyzer" Version="{feed.Version}" />
            {projectReferences}  </ItemGroup>
            </Project>
            """);
        return new Sample(directory, project);
    }

    public string Read(string file) => File.ReadAllText(Path.Combine(Directory, file));

    /// <summary>Our diagnostics in build output, once each: "File.cs:12 AR0002 warning".</summary>
    public static IReadOnlyList<string> Diagnostics(string output) =>
        s_diagnostic.Matches(output)
            .Select(m => $"{m.Groups["file"].Value}:{m.Groups["line"].Value} {m.Groups["id"].Value} {m.Groups["severity"].Value}")
            .Distinct()
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToList();
}
