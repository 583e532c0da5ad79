using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Driver;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Tool;

/// <summary>
/// The analyzer's findings about an app as SARIF 2.1.0, for code-scanning dashboards: every rule of the package with
/// its page and a <c>security-severity</c> (which GitHub code scanning ranks by), every finding with its location
/// relative to the repository root (<c>%SRCROOT%</c>), so a dashboard links it to the file in the repository.
/// </summary>
internal static class SarifReport
{
    private const string SourceRoot = "%SRCROOT%";

    private static readonly JsonSerializerOptions s_options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// GitHub's scale: 9.0 and above critical, 7.0 high, 4.0 medium, 0.1 low. A red flag is what an anonymous-access
    /// review fails an app for: high. Other security rules by their default severity; consistency rules, which are
    /// mistakes in the model rather than exposures, low.
    /// </summary>
    public static string SecuritySeverity(DiagnosticDescriptor rule) =>
        rule.CustomTags.Contains(RuleTags.RedFlag) ? "8.0"
        : !rule.CustomTags.Contains(RuleTags.Security) ? "2.0"
        : rule.DefaultSeverity >= DiagnosticSeverity.Warning ? "5.0"
        : "3.0";

    public static string Write(LoadedApp app) => Write([app]);

    /// <summary>One run with the findings of every app (of a solution): code scanning takes one run per tool and category.</summary>
    public static string Write(IReadOnlyList<LoadedApp> apps)
    {
        var rules = AllChecks.Create().SelectMany(check => check.SupportedDiagnostics).GroupBy(rule => rule.Id).Select(group => group.First())
            .OrderBy(rule => rule.Id, StringComparer.Ordinal).ToList();
        var index = rules.Select((rule, i) => (rule.Id, i)).ToDictionary(pair => pair.Id, pair => pair.i);
        var root = RepositoryRoot(CommonFolder(apps.Select(app => Path.GetDirectoryName(Path.GetFullPath(app.Input))!)));

        var results = new JsonArray();
        foreach (var finding in apps.SelectMany(app => app.Findings).Where(finding => index.ContainsKey(finding.Id))
                     .OrderBy(finding => finding.Location.GetLineSpan().Path, StringComparer.Ordinal)
                     .ThenBy(finding => finding.Location.SourceSpan.Start)
                     .ThenBy(finding => finding.Id, StringComparer.Ordinal))
        {
            var result = new JsonObject
            {
                ["ruleId"] = finding.Id,
                ["ruleIndex"] = index[finding.Id],
                ["level"] = Level(finding.Severity),
                ["message"] = new JsonObject { ["text"] = finding.GetMessage(CultureInfo.InvariantCulture) },
            };
            if (Location(finding.Location, root) is { } location)
            {
                result["locations"] = new JsonArray(location);
            }

            var related = finding.AdditionalLocations.Select(additional => Location(additional, root)).OfType<JsonObject>().ToList();
            if (related.Count > 0)
            {
                for (var i = 0; i < related.Count; i++)
                {
                    related[i]["id"] = i + 1;
                }

                result["relatedLocations"] = new JsonArray(related.ToArray<JsonNode?>());
            }

            results.Add(result);
        }

        var run = new JsonObject
        {
            ["tool"] = new JsonObject
            {
                ["driver"] = new JsonObject
                {
                    ["name"] = "accessrules",
                    ["version"] = typeof(SarifReport).Assembly.GetName().Version?.ToString(3),
                    ["informationUri"] = "https://github.com/accessrules/AccessRulesAnalyzer",
                    ["rules"] = new JsonArray(rules.Select(Rule).ToArray<JsonNode?>()),
                },
            },
            ["originalUriBaseIds"] = new JsonObject
            {
                [SourceRoot] = new JsonObject { ["uri"] = new Uri(root.EndsWith('/') ? root : root + "/").AbsoluteUri },
            },
            ["results"] = results,
        };

        // An app read from its assembly has no findings to give: an empty result list must not read as a clean app.
        if (apps.Any(app => app.FromBuiltAssembly))
        {
            run["invocations"] = new JsonArray(new JsonObject
            {
                ["executionSuccessful"] = true,
                ["toolExecutionNotifications"] = new JsonArray(new JsonObject
                {
                    ["level"] = "warning",
                    ["message"] = new JsonObject { ["text"] = ReportFormats.NoFindingsFromAnAssembly },
                }),
            });
        }

        var log = new JsonObject
        {
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(run),
        };
        return log.ToJsonString(s_options) + "\n";
    }

    private static JsonObject Rule(DiagnosticDescriptor rule)
    {
        var tags = new JsonArray(rule.CustomTags.Where(tag => tag != WellKnownDiagnosticTags.Telemetry).Prepend(rule.Category).Distinct().Select(tag => (JsonNode?)tag).ToArray());
        var descriptor = new JsonObject
        {
            ["id"] = rule.Id,
            ["name"] = string.Concat(rule.Title.ToString(CultureInfo.InvariantCulture).Split(' ', '-', '\'').Select(word => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..])),
            ["shortDescription"] = new JsonObject { ["text"] = rule.Title.ToString(CultureInfo.InvariantCulture) },
            ["fullDescription"] = new JsonObject { ["text"] = rule.Description.ToString(CultureInfo.InvariantCulture) },
            ["defaultConfiguration"] = new JsonObject { ["level"] = Level(rule.DefaultSeverity), ["enabled"] = rule.IsEnabledByDefault },
            ["properties"] = new JsonObject { ["tags"] = tags, ["security-severity"] = SecuritySeverity(rule) },
        };
        if (!string.IsNullOrEmpty(rule.HelpLinkUri))
        {
            descriptor["helpUri"] = rule.HelpLinkUri;
            descriptor["help"] = new JsonObject { ["text"] = $"{rule.Title} ({rule.HelpLinkUri})" };
        }

        return descriptor;
    }

    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "note",
        _ => "none",
    };

    // A physical location: the file relative to the repository root when it lies under it, else its absolute URI.
    private static JsonObject? Location(Location location, string root)
    {
        var span = location.GetLineSpan();
        if (!span.IsValid || string.IsNullOrEmpty(span.Path))
        {
            return null;
        }

        var path = Path.GetFullPath(span.Path);
        var relative = Path.GetRelativePath(root, path);
        var artifact = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? new JsonObject { ["uri"] = new Uri(path).AbsoluteUri }
            : new JsonObject { ["uri"] = string.Join('/', relative.Split(Path.DirectorySeparatorChar).Select(Uri.EscapeDataString)), ["uriBaseId"] = SourceRoot };
        return new JsonObject
        {
            ["physicalLocation"] = new JsonObject
            {
                ["artifactLocation"] = artifact,
                ["region"] = new JsonObject
                {
                    ["startLine"] = span.StartLinePosition.Line + 1,
                    ["startColumn"] = span.StartLinePosition.Character + 1,
                    ["endLine"] = span.EndLinePosition.Line + 1,
                    ["endColumn"] = span.EndLinePosition.Character + 1,
                },
            },
        };
    }

    /// <summary>The deepest folder that holds every one of <paramref name="folders"/>.</summary>
    internal static string CommonFolder(IEnumerable<string> folders) =>
        folders.Aggregate((common, folder) =>
        {
            while (!(folder + Path.DirectorySeparatorChar).StartsWith(common.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal) &&
                   Path.GetDirectoryName(common) is { } parent)
            {
                common = parent;
            }

            return common;
        });

    /// <summary>The nearest folder above <paramref name="folder"/> that holds <c>.git</c>; the folder itself when none does.</summary>
    internal static string RepositoryRoot(string folder)
    {
        for (var current = new DirectoryInfo(folder); current is not null; current = current.Parent)
        {
            if (Directory.Exists(Path.Combine(current.FullName, ".git")) || File.Exists(Path.Combine(current.FullName, ".git")))
            {
                return current.FullName;
            }
        }

        return folder;
    }
}
