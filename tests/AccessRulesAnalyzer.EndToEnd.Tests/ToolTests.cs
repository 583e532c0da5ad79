using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace AccessRulesAnalyzer.EndToEnd.Tests;

/// <summary>The accessrules tool as a user has it: installed from the package as a local tool, run with dotnet.</summary>
[Collection(PackageCollection.Name)]
public class ToolTests
{
    private readonly PackageFeed _feed;

    public ToolTests(PackageFeed feed) => _feed = feed;

    private Sample ShopApp() => Sample.Create(_feed, "ShopApp", Path.Combine(_feed.RepositoryRoot, "samples", "ShopApp"));

    /// <summary>A folder with a tool manifest and the tool installed from the feed, as the README says.</summary>
    private string InstallTool()
    {
        var folder = Path.Combine(_feed.Workspace, "tool-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        Assert.Equal(0, DotNet.Run(folder, null, "new", "tool-manifest").ExitCode);
        var install = DotNet.Run(folder, null, "tool", "install", "AccessRulesAnalyzer.Tool", "--version", _feed.Version);
        Assert.True(install.ExitCode == 0, install.Output);
        return folder;
    }

    [Fact]
    public void Report_InAllThreeFormats_ShowsTheSamplesAnonymousRedFlags()
    {
        var tool = InstallTool();
        var sample = ShopApp();

        var json = DotNet.Run(tool, null, "accessrules", "report", sample.Project, "--format", "json", "--output", Path.Combine(tool, "report.json"));
        Assert.True(json.ExitCode == 0, json.Output);
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(tool, "report.json")));
        var anonymous = report.RootElement.GetProperty("userRoles")[0];
        Assert.True(anonymous.GetProperty("anonymous").GetBoolean());
        var review = anonymous.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("entity").GetString() == "Shop.Review");
        Assert.Equal("none", review.GetProperty("grants")[0].GetProperty("scope").GetString());
        Assert.Contains(review.GetProperty("findings").EnumerateArray(), f => f.GetProperty("id").GetString() == "AR0002");

        var markdown = DotNet.Run(tool, null, "accessrules", "report", sample.Project);
        Assert.True(markdown.ExitCode == 0, markdown.Output);
        Assert.Contains("| Shop.Review | every object | (none) |", markdown.Output);

        var html = DotNet.Run(tool, null, "accessrules", "report", sample.Project, "--format", "html", "--output", Path.Combine(tool, "report.html"));
        Assert.True(html.ExitCode == 0, html.Output);
        Assert.Contains("<tr class=\"risk-red-flag\" data-role=\"Anonymous\" data-entity=\"Shop.Review\"", File.ReadAllText(Path.Combine(tool, "report.html")));
    }

    [Fact]
    public void Report_OfTheBuiltAssembly_GivesTheSameGrants_AndTheSameReach()
    {
        var tool = InstallTool();
        var sample = ShopApp();
        var build = DotNet.Run(sample.Directory, null, "build", sample.Project, "-nodeReuse:false", "-p:AccessRulesFailOnRedFlags=false");
        Assert.True(build.ExitCode == 0, build.Output);
        var assembly = Path.Combine(sample.Directory, "bin", "Debug", "net10.0", "ShopApp.dll");

        var fromAssembly = DotNet.Run(tool, null, "accessrules", "report", assembly, "--format", "json", "--output", Path.Combine(tool, "assembly.json"));
        var fromProject = DotNet.Run(tool, null, "accessrules", "report", sample.Project, "--format", "json", "--output", Path.Combine(tool, "project.json"));
        Assert.True(fromAssembly.ExitCode == 0, fromAssembly.Output);
        Assert.True(fromProject.ExitCode == 0, fromProject.Output);

        static string Grants(string file) => string.Join("\n", JsonDocument.Parse(File.ReadAllText(file)).RootElement.GetProperty("userRoles").EnumerateArray()
            .SelectMany(role => role.GetProperty("entities").EnumerateArray().SelectMany(entity => entity.GetProperty("grants").EnumerateArray()
                .Select(grant => $"{role.GetProperty("name")} {entity.GetProperty("entity")} {grant.GetProperty("scope")} {grant.GetProperty("read")} {grant.GetProperty("write")}"))));
        Assert.Equal(Grants(Path.Combine(tool, "project.json")), Grants(Path.Combine(tool, "assembly.json")));

        // The sample's AR0016 reaches its data through a call in ACT_FindCustomer's body, which the assembly holds as IL.
        static string Documents(string file) => string.Join("\n", JsonDocument.Parse(File.ReadAllText(file)).RootElement.GetProperty("userRoles").EnumerateArray()
            .Select(role => $"{role.GetProperty("name")} {role.GetProperty("microflows")} {role.GetProperty("pages")} {role.GetProperty("services")}"));
        Assert.Equal(Documents(Path.Combine(tool, "project.json")), Documents(Path.Combine(tool, "assembly.json")));
        var findCustomer = JsonDocument.Parse(File.ReadAllText(Path.Combine(tool, "assembly.json"))).RootElement.GetProperty("userRoles")[0].GetProperty("microflows").EnumerateArray()
            .Single(microflow => microflow.GetProperty("name").GetString() == "Shop.ACT_FindCustomer");
        Assert.Equal("Shop.ACT_FindCustomer → Shop.SUB_Customer_Find retrieves every 'Shop.Customer'", Assert.Single(findCustomer.GetProperty("reaches").EnumerateArray()).GetString());
    }

    [Fact]
    public void Diff_ExitsOneWhenAnonymousAccessGrows_AndZeroOtherwise()
    {
        var tool = InstallTool();
        var before = ShopApp();
        var after = ShopApp();
        var entities = Path.Combine(after.Directory, "Entities.cs");
        File.WriteAllText(entities, File.ReadAllText(entities) + "\n[AccessRules.Entity(\"Shop\")]\n[AccessRules.AccessRule(\"Shop.Guest\", Delete = true)]\npublic class Coupon { public string? Code { get; set; } }\n");

        var grew = DotNet.Run(tool, null, "accessrules", "diff", before.Project, after.Project);
        Assert.True(grew.ExitCode == 1, grew.Output);
        Assert.Contains("gained: Shop.Coupon: reachable; delete", grew.Output);

        var shrank = DotNet.Run(tool, null, "accessrules", "diff", after.Project, before.Project, "--format", "json");
        Assert.True(shrank.ExitCode == 0, shrank.Output);
        Assert.Contains("\"anonymousAccessGrew\": false", shrank.Output);
    }

    [Fact]
    public void BadInput_IsOneLineOnStandardError_WithExitCode2()
    {
        var tool = InstallTool();

        var missing = DotNet.Run(tool, null, "accessrules", "report", "NoSuchApp.csproj");
        Assert.Equal(2, missing.ExitCode);
        Assert.Equal("accessrules: no such file or folder: NoSuchApp.csproj", missing.Output.Trim());

        var version = DotNet.Run(tool, null, "accessrules", "--version");
        Assert.Equal(0, version.ExitCode);
        Assert.StartsWith(_feed.Version, version.Output.Trim());

        var broken = Path.Combine(tool, "Broken.csproj");
        File.WriteAllText(broken, "<Project><Nope");
        var notLoading = DotNet.Run(tool, null, "accessrules", "report", broken);
        Assert.Equal(2, notLoading.ExitCode);
        Assert.DoesNotContain("   at ", notLoading.Output);
        Assert.Contains("accessrules: ", notLoading.Output);
    }

    [Fact]
    public void AProjectThatDoesNotCompile_IsBadInput_UnlessErrorsAreAllowed_AndBaselineAndDiffNeverReadIt_EachSayingWhatToDo()
    {
        var tool = InstallTool();
        var sample = Sample.Create(_feed, "CleanApp", _feed.SamplesDirectory("CleanApp"));
        File.WriteAllText(Path.Combine(sample.Directory, "Broken.cs"), "public class Broken { int x = \"not a number\"; }");

        var report = DotNet.Run(tool, null, "accessrules", "report", sample.Project, "-q");
        var allowed = DotNet.Run(tool, null, "accessrules", "report", sample.Project, "-q", "--allow-errors", "-o", "-");
        var baseline = DotNet.Run(tool, null, "accessrules", "baseline", sample.Project, "-q");
        var diff = DotNet.Run(tool, null, "accessrules", "diff", sample.Project, sample.Project, "-q");

        Assert.Equal(2, report.ExitCode);
        Assert.Contains("has 1 error, first: ", report.Output);
        Assert.Contains("CS0029", report.Output);
        Assert.Contains("--allow-errors", report.Output);
        Assert.Equal(0, allowed.ExitCode);
        Assert.Contains("# Effective access", allowed.Output);
        Assert.Equal(2, baseline.ExitCode);
        Assert.False(File.Exists(Path.Combine(sample.Directory, "AnonymousAccess.approved.txt")));

        // Each command's one-line error says what that command can do: only report has --allow-errors.
        Assert.Contains("fix them: a baseline is written only from an app without errors", baseline.Output);
        Assert.DoesNotContain("pass --allow-errors", baseline.Output);
        Assert.Equal(2, diff.ExitCode);
        Assert.Contains("fix them, or compare JSON reports written by 'report --allow-errors'", diff.Output);
    }

    [Fact]
    public void ApprovedAccess_BuildsClean_NewAnonymousAccessFailsCI_AndDotnetFormatApprovesIt()
    {
        var tool = InstallTool();
        var sample = Sample.Create(_feed, "CleanApp", _feed.SamplesDirectory("CleanApp"));
        var ci = new System.Collections.Generic.Dictionary<string, string> { ["CI"] = "true" };

        var baseline = DotNet.Run(tool, null, "accessrules", "baseline", sample.Project);
        Assert.True(baseline.ExitCode == 0, baseline.Output);
        var approved = Path.Combine(sample.Directory, "AnonymousAccess.approved.txt");
        Assert.Contains("Shop.Product | * | none | read Name, Price", File.ReadAllText(approved));
        var toStandardOutput = DotNet.Run(tool, null, "accessrules", "baseline", sample.Project, "-q", "-o", "-");
        Assert.True(toStandardOutput.ExitCode == 0, toStandardOutput.Output);
        Assert.Equal(File.ReadAllText(approved).TrimEnd(), toStandardOutput.Output.TrimEnd());
        var clean = DotNet.Build(sample, ci);
        Assert.True(clean.ExitCode == 0, clean.Output);
        Assert.Empty(Sample.Diagnostics(clean.Output));

        var shop = Path.Combine(sample.Directory, "Shop.cs");
        File.WriteAllText(shop, File.ReadAllText(shop).Replace(
            "[AccessRule(\"Shop.Guest\", Read = [nameof(Name), nameof(Price)])]",
            "[AccessRule(\"Shop.Guest\", Read = [nameof(Name), nameof(Price)])]\n[AccessRule(\"Shop.Guest\", Read = [nameof(Name)], XPath = \"[Price > 100]\")]"));
        var failing = DotNet.Build(sample, ci);
        Assert.NotEqual(0, failing.ExitCode);
        Assert.Contains(Sample.Diagnostics(failing.Output), line => line.EndsWith("AR3001 error", StringComparison.Ordinal));

        var format = DotNet.Run(sample.Directory, null, "format", "analyzers", sample.Project, "--diagnostics", "AR3001", "--severity", "warn");
        Assert.True(format.ExitCode == 0, format.Output);
        Assert.Contains("Shop.Product | [Price > 100] | constrained | read Name", File.ReadAllText(approved));
        var approvedBuild = DotNet.Build(sample, ci);
        Assert.True(approvedBuild.ExitCode == 0, approvedBuild.Output);
    }

    [Fact]
    public void ASolutionWithSeveralApps_IsOneReport_AndEachAppGetsItsOwnBaseline()
    {
        var tool = InstallTool();
        var shop = ShopApp();
        var module = Sample.Create(_feed, "ShopModule", _feed.SamplesDirectory("ShopModule"));
        var modular = Sample.Create(_feed, "ModularApp", _feed.SamplesDirectory("ModularApp"), module);
        var folder = Path.Combine(_feed.Workspace, "apps-" + Guid.NewGuid().ToString("N")[..8]);
        Assert.Equal(0, DotNet.Run(_feed.Workspace, null, "new", "sln", "--name", "Apps", "--output", folder, "--format", "slnx").ExitCode);
        var add = DotNet.Run(folder, null, "sln", "Apps.slnx", "add", shop.Project, modular.Project, module.Project);
        Assert.True(add.ExitCode == 0, add.Output);

        // The folder holds the one solution; the module library is read as part of the app that references it.
        var report = DotNet.Run(tool, null, "accessrules", "report", folder, "--output", Path.Combine(tool, "apps.json"));
        Assert.True(report.ExitCode == 0, report.Output);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(tool, "apps.json")));
        Assert.Equal("Apps.slnx", json.RootElement.GetProperty("solution").GetString());
        var apps = json.RootElement.GetProperty("apps").EnumerateArray().ToDictionary(app => app.GetProperty("app").GetString()!);
        Assert.Equal(["ModularApp.csproj", "ShopApp.csproj"], apps.Keys.Order(StringComparer.Ordinal));
        Assert.Contains(apps["ModularApp.csproj"].GetProperty("userRoles").EnumerateArray().SelectMany(role => role.GetProperty("entities").EnumerateArray()),
            entity => entity.GetProperty("entity").GetString() == "Shop.CartLine");

        var sarif = DotNet.Run(tool, null, "accessrules", "report", Path.Combine(folder, "Apps.slnx"), "--format", "sarif", "--quiet");
        Assert.True(sarif.ExitCode == 0, sarif.Output);
        Assert.Contains("ShopApp-", sarif.Output);
        Assert.Contains("ModularApp-", sarif.Output);

        // One page, each app's filters working on its own grants, all started from the address.
        var page = Path.Combine(tool, "apps.html");
        Assert.Equal(0, DotNet.Run(tool, null, "accessrules", "report", folder, "--output", page, "--quiet").ExitCode);
        var dom = Browser.Run(Chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", new Uri(page).AbsoluteUri + "#role=Customer");
        Assert.Equal(2, Regex.Matches(dom, "<output id=\"app[12]-shown\">[1-9][0-9]* of [1-9][0-9]* grants</output>").Count);
        var rows = GrantRows(dom);
        Assert.Contains(rows, row => row.Role == "Customer" && !row.Hidden);
        Assert.All(rows, row => Assert.Equal(row.Role != "Customer", row.Hidden));

        var refused = DotNet.Run(tool, null, "accessrules", "baseline", folder, "--output", Path.Combine(tool, "one.txt"));
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("has 2 apps", refused.Output);

        var baseline = DotNet.Run(tool, null, "accessrules", "baseline", folder);
        Assert.True(baseline.ExitCode == 0, baseline.Output);
        Assert.True(File.Exists(Path.Combine(shop.Directory, "AnonymousAccess.approved.txt")));
        Assert.True(File.Exists(Path.Combine(modular.Directory, "AnonymousAccess.approved.txt")));
        Assert.False(File.Exists(Path.Combine(module.Directory, "AnonymousAccess.approved.txt")));
    }

    [Fact]
    public void HtmlReport_InARealBrowser_ShowsTheSummaryTheRiskColoursAndFilters()
    {
        var chromium = Chromium();
        var tool = InstallTool();
        var report = Path.Combine(tool, "report.html");
        var html = DotNet.Run(tool, null, "accessrules", "report", ShopApp().Project, "--format", "html", "--output", report);
        Assert.True(html.ExitCode == 0, html.Output);

        // Kept for people to look at: bin/.../report.png beside the tool.
        var screenshot = Path.Combine(tool, "report.png");
        var shot = Browser.Run(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1400,1800", "--screenshot=" + screenshot, new Uri(report).AbsoluteUri);
        Assert.True(File.Exists(screenshot) && new FileInfo(screenshot).Length > 10_000, "No screenshot:\n" + shot);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, File.ReadAllBytes(screenshot)[..4]);

        // The DOM as the browser rendered it, its script run: the summary, the risk of each grant, nothing filtered.
        var dom = Browser.Run(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", new Uri(report).AbsoluteUri);
        Assert.Contains("<section id=\"summary\">", dom);
        Assert.Matches("<tr data-role=\"Anonymous\" class=\"risk-red-flag\"><th scope=\"row\">Anonymous \\(anonymous\\)</th><td class=\"red-flags\">[1-9]", dom);
        var rows = GrantRows(dom);
        Assert.Contains(rows, row => row.Role == "Anonymous" && row.Risk == "risk-red-flag");
        Assert.Contains(rows, row => row.Role != "Anonymous" && row.Risk is "risk-own" or "risk-every-object" or "risk-constrained");
        Assert.DoesNotContain(rows, row => row.Role != "Anonymous" && row.Risk is "risk-red-flag" or "risk-anonymous-every-object");
        Assert.All(rows, row => Assert.False(row.Hidden));
        Assert.Contains($"<output id=\"shown\">{rows.Count} of {rows.Count} grants</output>", dom);

        // Filtered from the address: only the anonymous role's red-flag grants stay shown.
        var filtered = GrantRows(Browser.Run(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", new Uri(report).AbsoluteUri + "#role=Anonymous&finding=red"));
        Assert.Equal(rows.Count, filtered.Count);
        Assert.All(filtered, row => Assert.Equal(row.Role != "Anonymous" || row.Risk != "risk-red-flag", row.Hidden));
        Assert.Contains(filtered, row => !row.Hidden);
    }

    private static string Chromium()
    {
        var chromium = new[] { "chromium", "chromium-browser" }
            .Select(name => Environment.GetEnvironmentVariable("PATH")!.Split(Path.PathSeparator).Select(folder => Path.Combine(folder, name)).FirstOrDefault(File.Exists))
            .FirstOrDefault(path => path is not null);
        Assert.True(chromium is not null, "Chromium is needed to open the HTML report: apt-get install chromium (.ci/run installs it when missing).");
        return chromium!;
    }

    private static List<(string Risk, string Role, bool Hidden)> GrantRows(string dom) =>
        Regex.Matches(dom, "<tr class=\"(?<risk>risk-[a-z-]+)\" data-role=\"(?<role>[^\"]*)\"[^>]*>")
            .Select(match => (match.Groups["risk"].Value, match.Groups["role"].Value, match.Value.Contains(" hidden", StringComparison.Ordinal)))
            .ToList();
}

/// <summary>Runs a browser and returns what it printed.</summary>
internal static class Browser
{
    public static string Run(string browser, params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo(browser) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(120_000), "The browser did not finish in two minutes.");
        return output + errors.Result;
    }
}
