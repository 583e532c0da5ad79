using System.Collections.Generic;
using System.Linq;
using System.IO;
using System.Text.Json;

namespace AccessRulesAnalyzer.EndToEnd.Tests;

/// <summary>The package in real builds: warnings at the right lines, errors in CI, SARIF, module libraries, dotnet format.</summary>
[Collection(PackageCollection.Name)]
public class BuildTests
{
    // samples/ShopApp has one of each red flag; these are its lines.
    private static readonly string[] s_shopAppWarnings =
    {
        "Entities.cs:18 AR0002 warning",
        "Entities.cs:19 AR0003 warning",
        "Entities.cs:28 AR0008 warning",
        "Entities.cs:29 AR0003 warning",
        "Flows.cs:13 AR0016 warning",
        "Flows.cs:22 AR0017 warning",
        "Security.cs:8 AR0001 warning",
    };

    private readonly PackageFeed _feed;

    public BuildTests(PackageFeed feed) => _feed = feed;

    private Sample ShopApp() => Sample.Create(_feed, "ShopApp", Path.Combine(_feed.RepositoryRoot, "samples", "ShopApp"));

    [Fact]
    public void CleanSample_BuildsWithoutOurWarnings()
    {
        var sample = Sample.Create(_feed, "CleanApp", _feed.SamplesDirectory("CleanApp"));

        var build = DotNet.Build(sample);

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Empty(Sample.Diagnostics(build.Output));
    }

    [Fact]
    public void InsecureSample_WarnsAtTheExpectedLines_AndWritesSarif()
    {
        var sample = ShopApp();

        var build = DotNet.Build(sample, null, "ErrorLog=findings.sarif%2Cversion=2.1");

        Assert.True(build.ExitCode == 0, build.Output);

        Assert.Equal(s_shopAppWarnings, Sample.Diagnostics(build.Output));

        using var sarif = JsonDocument.Parse(sample.Read("findings.sarif"));
        var run = sarif.RootElement.GetProperty("runs")[0];
        var rules = new Dictionary<string, string>();
        foreach (var rule in run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray())
        {
            rules[rule.GetProperty("id").GetString()!] = rule.TryGetProperty("helpUri", out var help) ? help.GetString()! : string.Empty;
        }

        foreach (var id in new[] { "AR0001", "AR0002", "AR0003" })
        {
            Assert.True(rules.ContainsKey(id), $"SARIF does not describe {id}");
            Assert.EndsWith($"docs/rules/{id}.md", rules[id]);
        }

        Assert.Contains(run.GetProperty("results").EnumerateArray(), result => result.GetProperty("ruleId").GetString() == "AR0002");
    }

    [Theory]
    [InlineData("CI", "true", null)]
    [InlineData("GITHUB_ACTIONS", "true", null)]
    [InlineData("TF_BUILD", "True", null)]
    [InlineData(null, null, "ContinuousIntegrationBuild=true")]
    [InlineData(null, null, "AccessRulesFailOnRedFlags=true")]
    public void InsecureSample_FailsWhenCIIsDetectedOrAskedFor(string? variable, string? value, string? property)
    {
        var environment = variable is null ? null : new Dictionary<string, string> { [variable] = value! };

        var build = DotNet.Build(ShopApp(), environment, property is null ? System.Array.Empty<string>() : new[] { property });

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("Entities.cs:18 AR0002 error", Sample.Diagnostics(build.Output));
        Assert.Contains("Security.cs:8 AR0001 error", Sample.Diagnostics(build.Output));
        // The other doors: a microflow visitors call and an open service fail CI too.
        Assert.Contains("Flows.cs:13 AR0016 error", Sample.Diagnostics(build.Output));
        Assert.Contains("Flows.cs:22 AR0017 error", Sample.Diagnostics(build.Output));
    }

    [Fact]
    public void InsecureSample_BuildsWithWarningsInCI_WhenTheOverrideSaysSo()
    {
        var build = DotNet.Build(ShopApp(), new Dictionary<string, string> { ["CI"] = "true" }, "AccessRulesFailOnRedFlags=false");

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Equal(s_shopAppWarnings, Sample.Diagnostics(build.Output));
    }

    /// <summary>
    /// In CI a red flag is an error unless the user's own config gives it a severity: the generated global config
    /// ranks below a user's .globalconfig, and .editorconfig sections always win over global configs.
    /// </summary>
    [Theory]
    [InlineData(".editorconfig", "none", null)]
    [InlineData(".editorconfig", "silent", null)]
    [InlineData(".editorconfig", "suggestion", null)]
    [InlineData(".editorconfig", "warning", "warning")]
    [InlineData(".editorconfig", "error", "error")]
    [InlineData(".globalconfig", "none", null)]
    [InlineData(".globalconfig", "silent", null)]
    [InlineData(".globalconfig", "suggestion", null)]
    [InlineData(".globalconfig", "warning", "warning")]
    [InlineData(".globalconfig", "error", "error")]
    public void InCI_ARedFlagsSeverityFromTheUsersConfig_IsKept(string file, string severity, string? printed)
    {
        var sample = ShopApp();
        File.WriteAllText(Path.Combine(sample.Directory, file), file == ".editorconfig"
            ? $"root = true\n\n[*.cs]\ndotnet_diagnostic.AR0002.severity = {severity}\n"
            : $"is_global = true\ndotnet_diagnostic.AR0002.severity = {severity}\n");

        var build = DotNet.Build(sample, new Dictionary<string, string> { ["CI"] = "true" });

        var diagnostics = Sample.Diagnostics(build.Output);
        Assert.Equal(printed is null ? System.Array.Empty<string>() : new[] { "Entities.cs:18 AR0002 " + printed }, diagnostics.Where(d => d.Contains("AR0002")));
        // The red flags the user left alone are still errors, and the build says why once.
        Assert.Contains("Security.cs:8 AR0001 error", diagnostics);
        Assert.NotEqual(0, build.ExitCode);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(build.Output, "are errors because this is a CI build"));
    }

    [Fact]
    public void AnUpToDateBuild_CompilesAgain_WhenCIOrTheSwitchFlips()
    {
        var sample = ShopApp();

        var local = DotNet.Build(sample);
        var ci = DotNet.Build(sample, new Dictionary<string, string> { ["CI"] = "true" });
        var localAgain = DotNet.Build(sample);
        var forced = DotNet.Build(sample, null, "AccessRulesFailOnRedFlags=true");

        Assert.True(local.ExitCode == 0, local.Output);
        Assert.NotEqual(0, ci.ExitCode);
        Assert.Contains("Entities.cs:18 AR0002 error", Sample.Diagnostics(ci.Output));
        Assert.True(localAgain.ExitCode == 0, localAgain.Output);
        Assert.Contains("Entities.cs:18 AR0002 warning", Sample.Diagnostics(localAgain.Output));
        Assert.NotEqual(0, forced.ExitCode);
        // Asked for locally, not by CI: the build does not blame CI.
        Assert.DoesNotContain("because this is a CI build", forced.Output);
    }

    [Fact]
    public void ModularApp_ReportsTheLibrarysRedFlagsAtItsAnonymousRole()
    {
        var module = Sample.Create(_feed, "ShopModule", _feed.SamplesDirectory("ShopModule"));
        var app = Sample.Create(_feed, "ModularApp", _feed.SamplesDirectory("ModularApp"), module);

        var moduleBuild = DotNet.Build(module);
        var appBuild = DotNet.Build(app);

        Assert.True(moduleBuild.ExitCode == 0, moduleBuild.Output);
        Assert.Empty(Sample.Diagnostics(moduleBuild.Output));
        Assert.True(appBuild.ExitCode == 0, appBuild.Output);
        Assert.Equal(new[] { "Security.cs:4 AR0002 warning", "Security.cs:4 AR0003 warning" }, Sample.Diagnostics(appBuild.Output));
        Assert.Contains("can write 'Quantity' of every 'Shop.CartLine' object", appBuild.Output);
    }

    [Fact]
    public void DotnetFormat_AppliesTheOwnerConstraintFix()
    {
        var sample = ShopApp();

        var format = DotNet.Run(sample.Directory, null, "format", "analyzers", sample.Project, "--diagnostics", "AR0002", "--severity", "warn");
        var rebuild = DotNet.Build(sample);

        Assert.True(format.ExitCode == 0, format.Output);
        var entities = sample.Read("Entities.cs");
        Assert.Contains("""
            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Guest", Create = true, ReadWrite = [nameof(Text), nameof(Stars)], XPath = "[System.owner='[%CurrentUser%]']")]
            public class Review
            """.Replace("\r\n", "\n"), entities.Replace("\r\n", "\n"));
        Assert.True(rebuild.ExitCode == 0, rebuild.Output);
        Assert.DoesNotContain(Sample.Diagnostics(rebuild.Output), d => d.Contains("AR0002"));
    }
}
