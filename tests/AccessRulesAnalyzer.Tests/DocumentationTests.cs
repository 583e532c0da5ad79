using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Driver;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AccessRulesAnalyzer.Tests;

/// <summary>
/// The docs cannot drift from the descriptors: every rule page's heading and header table, and every row of the
/// README's diagnostics table, say what the descriptor and the fix providers say; no page or row is left for an ID
/// that does not exist.
/// </summary>
public class DocumentationTests
{
    // One per rule: a rule that is also a suggestion has its Info descriptor in the second analyzer; its page and row say the first's.
    private static readonly DiagnosticDescriptor[] s_descriptors = Verification.TestConfiguration.AllDescriptors.GroupBy(d => d.Id).Select(group => group.First()).ToArray();

    private static readonly HashSet<string> s_fixable = typeof(CodeFixes.AddOwnerConstraintCodeFixProvider).Assembly.GetTypes()
        .Where(type => !type.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(type) && type.GetCustomAttributes(typeof(ExportCodeFixProviderAttribute), false).Length > 0)
        .SelectMany(type => ((CodeFixProvider)Activator.CreateInstance(type)!).FixableDiagnosticIds)
        .ToHashSet();

    public static TheoryData<string> Ids => new(s_descriptors.Select(d => d.Id));

    private static string Readme => File.ReadAllText(Path.Combine(Repository.Root, "README.md"));

    [Theory]
    [MemberData(nameof(Ids))]
    public void TheRulePage_SaysWhatTheDescriptorSays(string id)
    {
        var descriptor = s_descriptors.Single(d => d.Id == id);
        var page = Path.Combine(Repository.Root, "docs", "rules", id + ".md");
        Assert.True(File.Exists(page), $"{page} is missing.");
        var text = File.ReadAllText(page);

        Assert.Equal(RuleDescriptors.DocumentationRoot + id + ".md", descriptor.HelpLinkUri);
        Assert.StartsWith($"# {id}: {descriptor.Title}\n", text.Replace("\r\n", "\n"));
        Assert.StartsWith(descriptor.DefaultSeverity.ToString(), HeaderCell(text, "Severity"));
        Assert.Equal(descriptor.Category, HeaderCell(text, "Category"));
        Assert.Equal(!s_fixable.Contains(id), HeaderCell(text, "Code fix") == "No");
        Assert.Equal(descriptor.IsEnabledByDefault ? null : "No", HeaderCellOrNull(text, "Enabled by default"));
    }

    /// <summary>
    /// The message and the description the IDE shows are rows of the page's header table, generated from the
    /// descriptor: <c>ACCESSRULES_UPDATE_DOCS=1 dotnet test --filter TheRulePage_ShowsTheDescriptorsMessageAndDescription</c> writes them.
    /// </summary>
    [Theory]
    [MemberData(nameof(Ids))]
    public void TheRulePage_ShowsTheDescriptorsMessageAndDescription(string id)
    {
        var descriptor = s_descriptors.Single(d => d.Id == id);
        var page = Path.Combine(Repository.Root, "docs", "rules", id + ".md");
        var text = File.ReadAllText(page).Replace("\r\n", "\n");
        var rows = new[] { ("Message", "`" + descriptor.MessageFormat + "`"), ("Description", descriptor.Description.ToString()) };
        if (Environment.GetEnvironmentVariable("ACCESSRULES_UPDATE_DOCS") == "1")
        {
            foreach (var (property, value) in rows)
            {
                text = Regex.Replace(text, $@"^\| {property} \| .*\n", string.Empty, RegexOptions.Multiline);
                var tableEnd = Regex.Match(text, @"^\| Property \| Value \|\n(\|.*\n)+", RegexOptions.Multiline);
                text = text.Insert(tableEnd.Index + tableEnd.Length, $"| {property} | {value.Replace("|", "\\|")} |\n");
            }

            File.WriteAllText(page, text);
        }

        foreach (var (property, value) in rows)
        {
            Assert.Equal(value, HeaderCellOrNull(text, property)?.Replace("\\|", "|"));
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void TheReadmeRow_SaysWhatTheDescriptorSays(string id)
    {
        var descriptor = s_descriptors.Single(d => d.Id == id);
        var row = Regex.Match(Readme, $@"^\| \[{id}\]\(docs/rules/{id}\.md\) \|(?<severity>[^|]*)\|(?<category>[^|]*)\|(?<title>[^|]*)\|(?<fix>[^|]*)\|\s*$", RegexOptions.Multiline);

        Assert.True(row.Success, $"The README's diagnostics table has no row for {id}.");
        Assert.StartsWith(descriptor.DefaultSeverity.ToString(), row.Groups["severity"].Value.Trim());
        Assert.Equal(descriptor.Category, row.Groups["category"].Value.Trim());
        Assert.Equal(descriptor.Title.ToString(), row.Groups["title"].Value.Trim());
        Assert.Equal(s_fixable.Contains(id), row.Groups["fix"].Value.Trim().Length > 0);
    }

    /// <summary>RS2000 asks that every ID be listed; this also holds the category, severity and check of each row to the descriptors.</summary>
    [Fact]
    public void ReleaseTracking_ListsEveryId_WithItsCategorySeverityAndCheck()
    {
        var folder = Path.Combine(Repository.Root, "src", "AccessRulesAnalyzer");
        var releases = File.ReadAllText(Path.Combine(folder, "AnalyzerReleases.Shipped.md")) + File.ReadAllText(Path.Combine(folder, "AnalyzerReleases.Unshipped.md"));
        var rows = Regex.Matches(releases, @"^(AR\d{4})\s*\|\s*(\w+)\s*\|\s*(\w+)\s*\|\s*(\w+)", RegexOptions.Multiline)
            .Select(match => (Id: match.Groups[1].Value, Category: match.Groups[2].Value, Severity: match.Groups[3].Value, Check: match.Groups[4].Value))
            .ToList();
        var expected = AllChecks.Create()
            // The check's rule (not its suggestion descriptor, if any); rules off by default are "Disabled" in release tracking, as RS2000 writes them.
            .Select(check => (Rule: check.SupportedDiagnostics[0], Check: check.GetType().Name))
            .Select(row => (row.Rule.Id, row.Rule.Category, Severity: row.Rule.IsEnabledByDefault ? row.Rule.DefaultSeverity.ToString() : "Disabled", row.Check))
            .ToList();

        Assert.Equal(expected.OrderBy(row => row.Id, StringComparer.Ordinal), rows.OrderBy(row => row.Id, StringComparer.Ordinal));
    }

    [Fact]
    public void NoPageOrRow_IsLeftForAnIdThatDoesNotExist()
    {
        var ids = s_descriptors.Select(d => d.Id).ToHashSet();
        var pages = Directory.GetFiles(Path.Combine(Repository.Root, "docs", "rules"), "AR*.md").Select(Path.GetFileNameWithoutExtension);
        var rows = Regex.Matches(Readme, @"^\| \[(AR\d{4})\]", RegexOptions.Multiline).Select(match => match.Groups[1].Value);

        Assert.DoesNotContain(pages, page => !ids.Contains(page!));
        Assert.DoesNotContain(rows, row => !ids.Contains(row));
    }

    [Fact]
    public void EveryIdLiesInTheRangeOfItsCategory()
    {
        // The ranges file is also what RS1018 reads (as an AdditionalFile of the analyzer project).
        var ranges = File.ReadAllLines(Path.Combine(Repository.Root, "src", "AccessRulesAnalyzer", "Driver", "Catalogue", "DiagnosticCategoryAndIdRanges.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split(':', 2))
            .ToDictionary(parts => parts[0].Trim(), parts => parts[1].Split(',').Select(range => range.Trim().Split('-')).ToList());

        Assert.All(s_descriptors, descriptor =>
        {
            Assert.True(ranges.TryGetValue(descriptor.Category, out var inCategory), $"No ID range for category {descriptor.Category}.");
            Assert.True(inCategory!.Any(range => InRange(descriptor.Id, range)), $"{descriptor.Id} lies outside the ranges of {descriptor.Category}.");
            Assert.All(ranges.Where(other => other.Key != descriptor.Category), other => Assert.DoesNotContain(other.Value, range => InRange(descriptor.Id, range)));
        });
    }

    private static bool InRange(string id, string[] range) =>
        string.CompareOrdinal(id, range[0]) >= 0 && string.CompareOrdinal(id, range[^1]) <= 0;

    internal static string HeaderCell(string page, string property) =>
        HeaderCellOrNull(page, property) ?? throw new Xunit.Sdk.XunitException($"The page's header table has no '{property}' row.");

    private static string? HeaderCellOrNull(string page, string property) =>
        Regex.Match(page, $@"^\| {Regex.Escape(property)} \| (?<value>.*?) \|\s*$", RegexOptions.Multiline) is { Success: true } match ? match.Groups["value"].Value : null;

    /// <summary>
    /// The red flags are a tag on their descriptors (<see cref="RuleTags.RedFlag"/>); the build props that fail CI
    /// builds, the README's and docs/ci.md's sentences and the tool (which reads the tag) say the same IDs.
    /// </summary>
    [Fact]
    public void TheRedFlags_OfTheBuildPropsAndTheDocs_AreTheTaggedIds()
    {
        var tagged = AllChecks.IdsTagged(RuleTags.RedFlag).ToArray();
        var props = System.Xml.Linq.XDocument.Load(Path.Combine(Repository.Root, "src", "AccessRules.Annotations", "buildTransitive", "AccessRulesAnalyzer.props"));
        var inProps = props.Descendants("AccessRulesRedFlags").Single().Value.Split(';');
        var readme = Regex.Match(Readme, @"The red flags (?<ids>AR\d{4}–AR\d{4}(?:, AR\d{4})* and AR\d{4}) fail the build in CI");
        var ci = Regex.Match(File.ReadAllText(Path.Combine(Repository.Root, "docs", "ci.md")), @"the red-flag IDs \((?<ids>AR\d{4}–AR\d{4}(?:, AR\d{4})* and AR\d{4})\)");

        Assert.Equal(["AR0001", "AR0002", "AR0003", "AR0004", "AR0005", "AR0006", "AR0007", "AR0016", "AR0017", "AR3001"], tagged);
        Assert.Equal(tagged, inProps);
        Assert.Equal(tagged, Expand(readme.Groups["ids"].Value));
        Assert.Equal(tagged, Expand(ci.Groups["ids"].Value));

        // "AR0001–AR0007, AR0016 and AR3001": the IDs of the range of the check catalogue, and the ones listed after it.
        static string[] Expand(string text)
        {
            var parts = text.Replace(" and ", ", ").Split(", ");
            var range = parts[0].Split('–');
            var ids = s_descriptors.Select(d => d.Id).Where(id => string.CompareOrdinal(id, range[0]) >= 0 && string.CompareOrdinal(id, range[1]) <= 0);
            return ids.Concat(parts.Skip(1)).Distinct().OrderBy(id => id, StringComparer.Ordinal).ToArray();
        }
    }

    [Fact]
    public void EverySecurityRule_CarriesTheSecurityTag_AndNoOtherDoes()
    {
        foreach (var descriptor in s_descriptors)
        {
            Assert.Equal(descriptor.Category == RuleCategories.Security, descriptor.CustomTags.Contains(RuleTags.Security));
        }
    }
}
