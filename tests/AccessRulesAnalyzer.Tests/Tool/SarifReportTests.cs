using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Json;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;
using AccessRulesAnalyzer.Tool;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AccessRulesAnalyzer.Tests.Tool;

/// <summary>`report --format sarif`: SARIF 2.1.0 that code-scanning dashboards rank and link to the repository's files.</summary>
public sealed class SarifReportTests : System.IDisposable
{
    private readonly string _repository = Directory.CreateTempSubdirectory("accessrules-sarif-").FullName;

    public SarifReportTests() => Directory.CreateDirectory(Path.Combine(_repository, ".git"));

    public void Dispose() => Directory.Delete(_repository, recursive: true);

    /// <summary>The SARIF of the app <paramref name="source"/> declares, with the findings <paramref name="addFindings"/> makes of the analyzer's.</summary>
    private string Sarif(string source, System.Func<ImmutableArray<Diagnostic>, ImmutableArray<Diagnostic>>? addFindings = null)
    {
        var project = Path.Combine(_repository, "src", "Shop App");
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: Path.Combine(project, "Entities.cs"));
        var compilation = TestProject.Compilation(string.Empty).RemoveAllSyntaxTrees().AddSyntaxTrees(tree);
        var findings = compilation.WithAnalyzers(SecurityModelAnalyzer.Package()).GetAnalyzerDiagnosticsAsync().Result;
        return SarifReport.Write(new LoadedApp(Path.Combine(project, "Shop.csproj"), SecurityModel.For(compilation)!, addFindings?.Invoke(findings) ?? findings));
    }

    private static DiagnosticDescriptor Rule(string id) =>
        AccessRulesAnalyzer.Checks.AllChecks.Create().SelectMany(check => check.SupportedDiagnostics).First(rule => rule.Id == id);

    [Fact]
    public async Task Sarif_IsValidAgainstTheSarif210Schema()
    {
        var schema = await NJsonSchema.JsonSchema.FromFileAsync(Path.Combine(System.AppContext.BaseDirectory, "Tool", "Schemas", "sarif-2.1.0-rtm.5.json"));

        var errors = schema.Validate(Sarif(AccessReportTests.Shop));

        Assert.Empty(errors.Select(error => $"{error.Path}: {error.Kind}"));
    }

    [Fact]
    public async Task Sarif_OfAnAppReadFromItsAssembly_SaysItsFindingsAreNotComputed_AndIsValid()
    {
        var schema = await NJsonSchema.JsonSchema.FromFileAsync(Path.Combine(System.AppContext.BaseDirectory, "Tool", "Schemas", "sarif-2.1.0-rtm.5.json"));
        var project = Path.Combine(_repository, "src", "Shop App");
        var compilation = TestProject.Compilation(AccessReportTests.Shop);
        var fromAssembly = SarifReport.Write(new LoadedApp(Path.Combine(project, "Shop.dll"), SecurityModel.For(compilation)!, ImmutableArray<Diagnostic>.Empty) { FromBuiltAssembly = true });
        var run = System.Text.Json.JsonDocument.Parse(fromAssembly).RootElement.GetProperty("runs")[0];

        Assert.Empty(schema.Validate(fromAssembly).Select(error => $"{error.Path}: {error.Kind}"));
        Assert.Equal(0, run.GetProperty("results").GetArrayLength());
        var notification = Assert.Single(run.GetProperty("invocations")[0].GetProperty("toolExecutionNotifications").EnumerateArray());
        Assert.Equal("warning", notification.GetProperty("level").GetString());
        Assert.Equal(ReportFormats.NoFindingsFromAnAssembly, notification.GetProperty("message").GetProperty("text").GetString());
        Assert.DoesNotContain("invocations", Sarif(AccessReportTests.Shop));
    }

    [Fact]
    public async Task Sarif_SchemaValidation_CatchesABrokenLog()
    {
        var schema = await NJsonSchema.JsonSchema.FromFileAsync(Path.Combine(System.AppContext.BaseDirectory, "Tool", "Schemas", "sarif-2.1.0-rtm.5.json"));

        // The validation can fail: a result whose level is not one of SARIF's.
        Assert.NotEmpty(schema.Validate(Sarif(AccessReportTests.Shop).Replace("\"level\": \"warning\"", "\"level\": \"severe\"")));
    }

    [Fact]
    public void Sarif_HasEveryFinding_WithItsLevel_AndItsLocationRelativeToTheRepositoryRoot()
    {
        using var sarif = JsonDocument.Parse(Sarif(AccessReportTests.Shop));
        var run = sarif.RootElement.GetProperty("runs")[0];
        var results = run.GetProperty("results").EnumerateArray().ToList();

        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        Assert.Equal(new System.Uri(_repository + "/").AbsoluteUri, run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString());
        var ar0002 = Assert.Single(results, result => result.GetProperty("ruleId").GetString() == "AR0002");
        Assert.Equal("warning", ar0002.GetProperty("level").GetString());
        Assert.StartsWith("Anonymous module role 'Shop.Guest' can write 'Text' of every 'Shop.Review' object", ar0002.GetProperty("message").GetProperty("text").GetString());
        var location = ar0002.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("src/Shop%20App/Entities.cs", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        Assert.Equal(15, location.GetProperty("region").GetProperty("startLine").GetInt32());

        // The region is the rule's attribute, columns counted from 1 and the end column one past its last character.
        const string Attribute = "AccessRule(\"Shop.Guest\", ReadWrite = [nameof(Text)])";
        var column = AccessReportTests.Shop.Split('\n')[14].IndexOf(Attribute, System.StringComparison.Ordinal) + 1;
        Assert.Equal(
            (15, column, 15, column + Attribute.Length),
            (location.GetProperty("region").GetProperty("startLine").GetInt32(), location.GetProperty("region").GetProperty("startColumn").GetInt32(),
             location.GetProperty("region").GetProperty("endLine").GetInt32(), location.GetProperty("region").GetProperty("endColumn").GetInt32()));
        Assert.Contains(results, result => result.GetProperty("ruleId").GetString() == "AR1020" && result.GetProperty("level").GetString() == "note");

        // Each result names its rule by index too.
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        Assert.All(results, result => Assert.Equal(result.GetProperty("ruleId").GetString(), rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString()));
    }

    [Fact]
    public void Sarif_RanksRedFlagsHigh_AndEveryRuleHasASecuritySeverity()
    {
        using var sarif = JsonDocument.Parse(Sarif(AccessReportTests.Shop));
        var rules = sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .ToDictionary(rule => rule.GetProperty("id").GetString()!);

        Assert.Equal(AllRuleIds(), rules.Keys.OrderBy(id => id, System.StringComparer.Ordinal));
        Assert.All(rules.Values, rule => Assert.True(double.TryParse(rule.GetProperty("properties").GetProperty("security-severity").GetString(), System.Globalization.CultureInfo.InvariantCulture, out var score) && score is > 0 and < 10));
        Assert.Equal("8.0", Severity(rules["AR0002"]));
        Assert.Equal("8.0", Severity(rules["AR0016"]));
        Assert.Equal("5.0", Severity(rules["AR0008"]));
        Assert.Equal("3.0", Severity(rules["AR0010"]));
        Assert.Equal("2.0", Severity(rules["AR1003"]));
        Assert.Contains("security", rules["AR0002"].GetProperty("properties").GetProperty("tags").EnumerateArray().Select(tag => tag.GetString()));
        Assert.DoesNotContain("security", rules["AR1003"].GetProperty("properties").GetProperty("tags").EnumerateArray().Select(tag => tag.GetString()));
        Assert.Equal("https://github.com/accessrules/AccessRulesAnalyzer/blob/main/docs/rules/AR0002.md", rules["AR0002"].GetProperty("helpUri").GetString());

        static string? Severity(JsonElement rule) => rule.GetProperty("properties").GetProperty("security-severity").GetString();
    }

    [Fact]
    public void Sarif_ListsRulesAndResultsInOrder_WithRelatedLocations_AndLocationsOutsideTheRepositoryOrNone()
    {
        // Two findings the analyzer does not make here: one without a place, one in a file outside the repository; and a
        // third at the place of another, whose rule sorts after it.
        var outside = CSharpSyntaxTree.ParseText("class Other { }", path: Path.Combine(Path.GetTempPath(), "accessrules-elsewhere", "Other.cs"));
        var text = Sarif(
            AccessReportTests.Shop + """

            [Page("Shop", VisibleFor = ["Shop.Customer"])]
            [Shows(typeof(CartLine), XPath = "[System.owner = '[%CurrentUser%]']")]
            public class MyCart { }
            """,
            findings => findings.Add(Diagnostic.Create(Rule("AR1020"), Location.None))
                .Add(Diagnostic.Create(Rule("AR1020"), Location.Create(outside, new Microsoft.CodeAnalysis.Text.TextSpan(6, 5))))
                .Insert(0, Diagnostic.Create(Rule("AR1020"), findings.First(finding => finding.Id == "AR0010").Location)));
        using var sarif = JsonDocument.Parse(text);
        var run = sarif.RootElement.GetProperty("runs")[0];
        var driver = run.GetProperty("tool").GetProperty("driver");
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        var results = run.GetProperty("results").EnumerateArray().ToList();

        Assert.EndsWith("}\n", text);
        Assert.Equal("accessrules", driver.GetProperty("name").GetString());
        Assert.Equal(AllRuleIds(), rules.Select(rule => rule.GetProperty("id").GetString()));

        // A rule: its name in PascalCase from its title, its category first among its tags, its default level, its help.
        var ar0002 = rules.Single(rule => rule.GetProperty("id").GetString() == "AR0002");
        var descriptor = Rule("AR0002");
        Assert.Equal(string.Concat(descriptor.Title.ToString().Split(' ', '-', '\'').Where(word => word.Length > 0).Select(word => char.ToUpperInvariant(word[0]) + word[1..])), ar0002.GetProperty("name").GetString());
        Assert.Matches("^[A-Z][A-Za-z0-9]+$", ar0002.GetProperty("name").GetString());
        Assert.Equal("Security", ar0002.GetProperty("properties").GetProperty("tags")[0].GetString());
        Assert.Equal(("warning", true), (ar0002.GetProperty("defaultConfiguration").GetProperty("level").GetString(), ar0002.GetProperty("defaultConfiguration").GetProperty("enabled").GetBoolean()));
        Assert.Equal($"{descriptor.Title} ({descriptor.HelpLinkUri})", ar0002.GetProperty("help").GetProperty("text").GetString());

        // Results in the order of their file (none, then the other folder's, then the project's), place and rule; the rule a
        // finding names is related, numbered from 1 (AR0018 names the customers' rule of line 11).
        Assert.False(results[0].TryGetProperty("locations", out _));
        Assert.Equal("Other.cs", Path.GetFileName(results[1].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()));
        var placed = results.Where(result => result.TryGetProperty("locations", out var locations) && locations[0].GetProperty("physicalLocation").GetProperty("artifactLocation").TryGetProperty("uriBaseId", out _))
            .Select(result => (Line: Region(result, "startLine"), Column: Region(result, "startColumn"), Id: result.GetProperty("ruleId").GetString()!)).ToList();
        Assert.True(placed.Count > 3);
        Assert.Equal(placed.OrderBy(p => p.Line).ThenBy(p => p.Column).ThenBy(p => p.Id, System.StringComparer.Ordinal), placed);
        Assert.Contains(placed, p => placed.Count(q => (q.Line, q.Column) == (p.Line, p.Column)) > 1);
        var ar0018 = Assert.Single(results, result => result.GetProperty("ruleId").GetString() == "AR0018");
        var related = Assert.Single(ar0018.GetProperty("relatedLocations").EnumerateArray());
        Assert.Equal(1, related.GetProperty("id").GetInt32());
        Assert.Equal(11, related.GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());

        Assert.All(results.Where(result => result.GetProperty("ruleId").GetString() is "AR0010" or "AR1020"), result => Assert.False(result.TryGetProperty("relatedLocations", out _)));

        // A finding without a place has no locations; one outside the repository is named by its absolute URI.
        Assert.Contains(results, result => result.GetProperty("ruleId").GetString() == "AR1020" && !result.TryGetProperty("locations", out _));
        Assert.Contains(results, result => result.TryGetProperty("locations", out var locations) &&
            locations[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString() == new System.Uri(Path.Combine(Path.GetTempPath(), "accessrules-elsewhere", "Other.cs")).AbsoluteUri);

        static int Region(JsonElement result, string name) => result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty(name).GetInt32();
    }

    [Fact]
    public void Sarif_OutsideAnyRepository_IsRelativeToTheProjectsFolder()
    {
        Directory.Delete(Path.Combine(_repository, ".git"));
        var root = Path.Combine(_repository, "src", "Shop App");

        Assert.Equal(root, SarifReport.RepositoryRoot(root));
        using var sarif = JsonDocument.Parse(Sarif(AccessReportTests.Shop));
        var uri = sarif.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString();
        Assert.Equal("Entities.cs", uri);
    }

    private static string[] AllRuleIds() =>
        AccessRulesAnalyzer.Checks.AllChecks.Create().SelectMany(check => check.SupportedDiagnostics).Select(rule => rule.Id).Distinct().OrderBy(id => id, System.StringComparer.Ordinal).ToArray();
}
