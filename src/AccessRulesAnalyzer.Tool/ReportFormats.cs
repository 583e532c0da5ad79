using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using AccessRulesAnalyzer.XPath;

namespace AccessRulesAnalyzer.Tool;

/// <summary>The report as JSON (the stable shape of docs/report.md), markdown for a pull request, or one self-contained HTML file (<see cref="HtmlReport"/>).</summary>
internal static class ReportFormats
{
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        // XPath constraints are full of quotes and brackets: keep them readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// <see cref="Json"/> for reading a report back (diff), strict where a hand-edited or cut file could leave a hole:
    /// every property of a constructor present and no null where the shape has none (a null in a list is
    /// <see cref="FirstNullInAList"/>'s).
    /// </summary>
    public static readonly JsonSerializerOptions JsonInput = new(Json)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    /// <summary>Where the first null in a list lies below <paramref name="element"/> (<c>.userRoles[0].entities[2]</c>); null when none does, as in every report.</summary>
    public static string? FirstNullInAList(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject()
            .Select(property => FirstNullInAList(property.Value) is { } below ? $".{property.Name}{below}" : null)
            .FirstOrDefault(path => path is not null),
        JsonValueKind.Array => element.EnumerateArray()
            .Select((item, index) => item.ValueKind == JsonValueKind.Null ? $"[{index}]" : FirstNullInAList(item) is { } below ? $"[{index}]{below}" : null)
            .FirstOrDefault(path => path is not null),
        _ => null,
    };

    /// <summary>
    /// Why a report that is JSON does not read as one, in the report's terms: the reader's own messages name the
    /// tool's .NET types ("JSON deserialization for type 'AccessRulesAnalyzer.Tool.ReportGrant' was missing ...").
    /// </summary>
    public static string Problem(JsonException exception)
    {
        const string Missing = "missing required properties including: ";
        var message = InputException.FirstLine(exception.Message);
        string Line(string words) => exception.LineNumber is { } number ? $" ({words} {number + 1})" : string.Empty;
        var missing = message.IndexOf(Missing, System.StringComparison.Ordinal);
        return (missing, exception.Path) switch
        {
            // The reader knows a property is missing only at the object's end, so that is the line it gives.
            (>= 0, var path) => $"the object{(path is null ? string.Empty : " at " + path)}{Line("ending on line")} lacks {message.Substring(missing + Missing.Length).TrimEnd('.')}",
            (_, { } path) when message.Contains("null value", System.StringComparison.Ordinal) => $"{path}{Line("line")} is null",
            (_, { } path) => $"{path}{Line("line")} is not of the kind a report holds there",
            _ => message,
        };
    }

    /// <summary>What a report of an app read from its assembly says of its findings, in markdown and HTML alike.</summary>
    public const string NoFindingsFromAnAssembly =
        "Read from a built assembly: without the source, the analyzer's findings are not computed, red flags included. Report on the project for them.";

    public static string ToJson(AccessReport report) => JsonSerializer.Serialize(report, Json) + "\n";

    /// <summary>One app's report as it is; the apps of <paramref name="solution"/> in a <see cref="SolutionReport"/>.</summary>
    public static string ToJson(IReadOnlyList<AccessReport> reports, string solution) =>
        reports.Count == 1 ? ToJson(reports[0]) : JsonSerializer.Serialize(new SolutionReport(solution, reports.ToArray()), Json) + "\n";

    /// <summary>Each app's report, one after the other.</summary>
    public static string ToMarkdown(IReadOnlyList<AccessReport> reports) => string.Join("\n", reports.Select(ToMarkdown));

    public static string ToMarkdown(AccessReport report)
    {
        var text = new StringBuilder("# Effective access\n");
        text.Append($"\n{report.App} · accessrules {report.ToolVersion} · {report.Generated:yyyy-MM-dd HH:mm} UTC{(report.UserRoleFilter is { } filter ? $" · user role {filter} only" : string.Empty)}\n");
        if (report.Settings is { } settings)
        {
            text.Append($"\nSecurity level {settings.Level} · strict mode {OnOff(settings.StrictMode)} · security checks {OnOff(settings.SecurityChecks)} · strict page URL checking {OnOff(settings.StrictPageUrlChecking)} · password hashing {settings.PasswordHashing} · constants exposed to the client: {(settings.ConstantsExposedToClient.Length == 0 ? "none" : string.Join(", ", settings.ConstantsExposedToClient))}\n");
        }

        if (report.FromBuiltAssembly)
        {
            text.Append($"\n{NoFindingsFromAnAssembly}\n");
        }

        if (report.Errors.Length > 0)
        {
            text.Append("\n## Errors\n\nThe app does not compile, or its model is inconsistent: what follows may be incomplete.\n\n");
            foreach (var error in report.Errors)
            {
                text.Append($"- {error.Id} {error.Message}\n");
            }
        }

        text.Append("\n## Findings about the app\n\n");
        if (report.AppFindings.Length == 0)
        {
            text.Append(report.FromBuiltAssembly ? "Not computed.\n" : "None.\n");
        }

        AppendFindings(text, report.AppFindings);
        if (report.DocumentFindings.Length > 0)
        {
            text.Append("\n## Findings about microflows, pages and services\n\n");
            AppendFindings(text, report.DocumentFindings);
        }

        if (report.OtherFindings.Length > 0)
        {
            text.Append("\n## Other findings\n\nAbout entities and rules that no user role reaches.\n\n");
            AppendFindings(text, report.OtherFindings);
        }

        foreach (var role in report.UserRoles)
        {
            text.Append($"\n## {role.Name}{(role.Anonymous ? " (anonymous)" : string.Empty)}\n\n");
            text.Append($"Module roles: {string.Join(", ", role.ModuleRoles)}\n\n");
            if (role.Entities.Length == 0)
            {
                text.Append("No access to any entity.\n");
                AppendDocuments(text, role);
                continue;
            }

            text.Append("| Entity | Objects | Constraint | Create | Delete | Read | Write | Rules |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n");
            foreach (var entity in role.Entities)
            {
                foreach (var grant in entity.Grants)
                {
                    text.Append($"| {entity.Entity} | {ReportGrant.ScopeWords(grant.Scope)} | {Cell(grant.Constraint is null ? "(none)" : $"`{XPathText.OnOneLine(grant.Constraint)}`")} | {YesNo(grant.Create)} | {YesNo(grant.Delete)} | {Cell(string.Join(", ", grant.Read))} | {Cell(string.Join(", ", grant.Write))} | {Cell(string.Join(", ", grant.Rules))} |\n");
                }
            }

            AppendDocuments(text, role);
            var findings = role.Entities.SelectMany(entity => entity.Findings.Select(finding => (entity.Entity, finding))).ToList();
            if (findings.Count > 0)
            {
                text.Append("\nFindings:\n\n");
                foreach (var (entity, finding) in findings)
                {
                    text.Append($"- {entity}: {finding.Id} {finding.Message}\n");
                }
            }
        }

        return text.ToString();
    }

    private static void AppendFindings(StringBuilder text, ReportFinding[] findings)
    {
        foreach (var finding in findings)
        {
            text.Append($"- [{finding.Id}]({finding.HelpLink}) {finding.Severity}{(finding.RedFlag ? ", red flag" : string.Empty)}: {finding.Message}\n");
        }
    }

    public static string ToHtml(AccessReport report) => HtmlReport.Write(report);

    public static string ToHtml(IReadOnlyList<AccessReport> reports) => HtmlReport.Write(reports);

    /// <summary>The microflows the role may call, the pages it sees and the services it can use, when there are any.</summary>
    private static void AppendDocuments(StringBuilder text, ReportUserRole role)
    {
        if (role.Microflows.Length > 0)
        {
            text.Append("\nMicroflows it may call from the client:\n\n");
            foreach (var microflow in role.Microflows)
            {
                text.Append($"- {microflow.Name}: {microflow.Description}\n");
            }
        }

        if (role.Pages.Length > 0)
        {
            text.Append($"\nPages it sees: {string.Join(", ", role.Pages)}\n");
        }

        if (role.Services.Length > 0)
        {
            text.Append("\nPublished services it can use:\n\n");
            foreach (var service in role.Services)
            {
                text.Append($"- {service.Name} ({service.Kind}): {service.Access}\n");
            }
        }
    }

    private static string YesNo(bool value) => value ? "yes" : "no";

    private static string Cell(string text) => text.Replace("|", "\\|");

    private static string OnOff(bool on) => on ? "on" : "off";
}
