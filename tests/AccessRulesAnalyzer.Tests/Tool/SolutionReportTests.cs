using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading;
using AccessRulesAnalyzer.Tool;

namespace AccessRulesAnalyzer.Tests.Tool;

/// <summary>A solution with several apps: one report that holds each app's, one diff per app, one SARIF run.</summary>
public class SolutionReportTests
{
    // A second app: its own module, an anonymous role of its own name, a red flag of its own.
    private const string Blog = """
        using AccessRules;

        [assembly: ModuleRole("Blog.Reader")]
        [assembly: ModuleRole("Blog.Author")]
        [assembly: UserRole("Author", "Blog.Author", "System.User")]
        [assembly: UserRole("Visitor", "Blog.Reader", "System.User")]
        [assembly: AnonymousUsers("Visitor")]

        [Entity("Blog")]
        [AccessRule("Blog.Reader", Read = [nameof(Title)])]
        [AccessRule("Blog.Author", ReadWrite = [nameof(Title)])]
        public class Post { public string? Title { get; set; } }
        """;

    private static LoadedApp[] Apps() => [AccessReportTests.App(AccessReportTests.Shop, "ShopApp"), AccessReportTests.App(Blog, "BlogApp")];

    [Fact]
    public void Json_OfSeveralApps_HoldsEachAppsWholeReport_UnderTheSolution()
    {
        var reports = AccessReport.Of(Apps(), onlyUserRole: null);

        using var json = JsonDocument.Parse(ReportFormats.ToJson(reports, "Shop.slnx"));

        Assert.Equal(["solution", "apps", "schemaVersion", "toolVersion", "generated"], json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Shop.slnx", json.RootElement.GetProperty("solution").GetString());
        Assert.Equal(["ShopApp.csproj", "BlogApp.csproj"], json.RootElement.GetProperty("apps").EnumerateArray().Select(app => app.GetProperty("app").GetString()));
        Assert.Equal(["Anonymous", "Customer"], json.RootElement.GetProperty("apps")[0].GetProperty("userRoles").EnumerateArray().Select(role => role.GetProperty("name").GetString()));
        Assert.Equal(["Visitor", "Author"], json.RootElement.GetProperty("apps")[1].GetProperty("userRoles").EnumerateArray().Select(role => role.GetProperty("name").GetString()));
    }

    [Fact]
    public void Json_OfOneApp_IsThatAppsReport()
    {
        var reports = AccessReport.Of([AccessReportTests.App(AccessReportTests.Shop, "ShopApp")], onlyUserRole: null);

        using var json = JsonDocument.Parse(ReportFormats.ToJson(reports, "Shop.slnx"));

        Assert.False(json.RootElement.TryGetProperty("apps", out _));
        Assert.Equal("ShopApp.csproj", json.RootElement.GetProperty("app").GetString());
    }

    [Fact]
    public void AUserRoleFilter_KeepsTheAppsThatHaveTheRole_AndNamesEveryRoleWhenNoneHasIt()
    {
        var visitors = AccessReport.Of(Apps(), "Visitor");
        var missing = Assert.Throws<InputException>(() => AccessReport.Of(Apps(), "Admin"));

        Assert.Equal(["BlogApp.csproj"], visitors.Select(report => report.App));
        Assert.Equal(["Visitor"], visitors[0].UserRoles.Select(role => role.Name));
        Assert.Equal("no app has a user role 'Admin'; they have 'Customer', 'Anonymous', 'Author', 'Visitor'", missing.Message);
        Assert.Equal(
            "no app has a user role 'author'; did you mean 'Author'? They have 'Customer', 'Anonymous', 'Author', 'Visitor'",
            Assert.Throws<InputException>(() => AccessReport.Of(Apps(), "author")).Message);
    }

    [Fact]
    public void Markdown_OfSeveralApps_IsEachAppsReport_NamingItsApp()
    {
        var markdown = ReportFormats.ToMarkdown(AccessReport.Of(Apps(), onlyUserRole: null));

        Assert.Equal(2, Regex.Matches(markdown, "^# Effective access$", RegexOptions.Multiline).Count);
        Assert.Contains("\n\n# Effective access\n", markdown);
        Assert.True(markdown.IndexOf("\nShopApp.csproj · ", StringComparison.Ordinal) < markdown.IndexOf("\nBlogApp.csproj · ", StringComparison.Ordinal));
        Assert.Contains("## Visitor (anonymous)", markdown);
        Assert.Contains("| Blog.Post | every object | (none) |", markdown);
    }

    [Fact]
    public void Html_OfSeveralApps_HasAnArticlePerApp_WithIdsOfItsOwn_AndANavigation()
    {
        var html = ReportFormats.ToHtml(AccessReport.Of(Apps(), onlyUserRole: null));

        var ids = Regex.Matches(html, " id=\"([^\"]+)\"").Select(match => match.Groups[1].Value).ToList();
        Assert.Equal(ids.Distinct(), ids);
        Assert.Contains("<article class=\"app\" id=\"app1-app\" data-prefix=\"app1-\">", html);
        Assert.Contains("<article class=\"app\" id=\"app2-app\" data-prefix=\"app2-\">", html);
        Assert.Matches("<nav class=\"apps\"><h1>Effective access of 2 apps</h1>\n<ul>\n<li><a href=\"#app1-app\">[A-Za-z]+App.csproj</a></li>\n<li><a href=\"#app2-app\">BlogApp.csproj</a></li>\n</ul>\n</nav>\n<article", html);
        Assert.Contains("<table id=\"app1-grant-table\">", html);
        Assert.Matches("<tr class=\"risk-[a-z-]+\" data-role=\"Visitor\" data-entity=\"Blog.Post\"", html);
        Assert.Single(Regex.Matches(html, "<script>"));
    }

    [Fact]
    public void Html_OfOneApp_KeepsItsIdsAsTheyWere()
    {
        var html = ReportFormats.ToHtml(AccessReport.Of([AccessReportTests.App(AccessReportTests.Shop, "ShopApp")], onlyUserRole: null));

        Assert.Contains("<article class=\"app\" id=\"app\" data-prefix=\"\">", html);
        Assert.Contains("<table id=\"grant-table\">", html);
        Assert.DoesNotContain("<nav", html);
    }

    [Fact]
    public void Diff_PairsTheAppsByName_AndANewAppsAnonymousAccessIsGrowth()
    {
        var shop = AccessReportTests.Report(AccessReportTests.Shop) with { App = "ShopApp.csproj" };
        var blog = AccessReport.Of(AccessReportTests.App(Blog, "BlogApp"));

        var same = AccessDiff.Between([shop, blog], [blog, shop]);
        var added = AccessDiff.Between([shop], [shop, blog]);

        Assert.Equal(["ShopApp.csproj", "BlogApp.csproj"], same.Select(diff => diff.App));
        Assert.All(same, diff => Assert.Empty(diff.UserRoles));
        Assert.Equal([false, true], added.Select(diff => diff.AnonymousAccessGrew));
        Assert.Contains("gained: Blog.Post: reachable; read Title", AccessDiff.ToMarkdown(added));
        Assert.Contains("# Access diff of BlogApp.csproj", AccessDiff.ToMarkdown(added));
        using var json = JsonDocument.Parse(AccessDiff.ToJson(added));
        Assert.True(json.RootElement.GetProperty("anonymousAccessGrew").GetBoolean());
        Assert.Equal(2, json.RootElement.GetProperty("apps").GetArrayLength());
    }

    [Fact]
    public void Diff_OfTwoSingleApps_ComparesThemWhateverTheirNames()
    {
        var before = AccessReportTests.Report(AccessReportTests.Shop) with { App = "Shop-1.0.csproj" };
        var after = AccessReportTests.Report(AccessReportTests.Shop) with { App = "Shop-1.1.csproj" };

        var diff = Assert.Single(AccessDiff.Between([before], [after]));

        Assert.Empty(diff.UserRoles);
        Assert.StartsWith("# Access diff\n", AccessDiff.ToMarkdown([diff]));
    }

    [Fact]
    public async Task Diff_ReadsSolutionReports_AndExitsOneWhenOneAppsAnonymousAccessGrew()
    {
        var folder = Directory.CreateTempSubdirectory("accessrules-solution-").FullName;
        var before = Path.Combine(folder, "before.json");
        var after = Path.Combine(folder, "after.json");
        var shop = AccessReport.Of(AccessReportTests.App(AccessReportTests.Shop, "ShopApp"));
        var blog = AccessReport.Of(AccessReportTests.App(Blog, "BlogApp"));
        var lessBlog = AccessReport.Of(AccessReportTests.App(Blog.Replace("[AccessRule(\"Blog.Reader\", Read = [nameof(Title)])]", string.Empty), "BlogApp"));
        await File.WriteAllTextAsync(before, ReportFormats.ToJson([shop, lessBlog], "Shop.slnx"));
        await File.WriteAllTextAsync(after, ReportFormats.ToJson([shop, blog], "Shop.slnx"));

        using var output = new StringWriter();
        using var error = new StringWriter();
        var grew = await Program.RunAsync(["diff", before, after], output, error, CancellationToken.None);
        var shrank = await Program.RunAsync(["diff", after, before, "--quiet"], TextWriter.Null, TextWriter.Null, CancellationToken.None);

        Assert.Equal(1, grew);
        Assert.Equal(0, shrank);
        Assert.Contains("# Access diff of BlogApp.csproj", output.ToString());
        Assert.Contains("## Visitor (anonymous)", output.ToString());
    }

    [Fact]
    public async Task Diff_RefusesASolutionReportWithAFilteredApp()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("accessrules-solution-").FullName, "filtered.json");
        await File.WriteAllTextAsync(file, ReportFormats.ToJson(AccessReport.Of(Apps(), "Visitor").Append(AccessReportTests.Report(AccessReportTests.Shop)).ToList(), "Shop.slnx"));
        using var error = new StringWriter();

        var exitCode = await Program.RunAsync(["diff", file, file], TextWriter.Null, error, CancellationToken.None);

        Assert.Equal(2, exitCode);
        Assert.Equal($"accessrules: {file} is a report of user role 'Visitor' only: diff compares reports of every user role", error.ToString().Trim());
    }

    [Fact]
    public void Sarif_OfSeveralApps_IsOneRunWithEachAppsFindings_RelativeToTheFolderThatHoldsThem()
    {
        using var sarif = JsonDocument.Parse(SarifReport.Write(Apps()));

        var run = Assert.Single(sarif.RootElement.GetProperty("runs").EnumerateArray());
        var files = run.GetProperty("results").EnumerateArray()
            .Select(result => result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString())
            .Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(["BlogApp/Entities.cs", "ShopApp/Entities.cs"], files);
    }

    [Theory]
    [InlineData("/r/a/b|/r/a/c", "/r/a")]
    [InlineData("/r/a|/r/a/b", "/r/a")]
    [InlineData("/r/ab|/r/a", "/r")]
    [InlineData("/r/a", "/r/a")]
    public void CommonFolder_IsTheDeepestFolderHoldingEveryOne(string folders, string common) =>
        Assert.Equal(common, SarifReport.CommonFolder(folders.Split('|')));
}
