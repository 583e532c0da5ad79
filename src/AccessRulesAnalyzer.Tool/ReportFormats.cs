using System.Linq;
using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AccessRulesAnalyzer.Tool;

/// <summary>The report as JSON (the stable shape of docs/report.md), markdown for a pull request, or one self-contained HTML file.</summary>
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

    public static string ToJson(AccessReport report) => JsonSerializer.Serialize(report, Json) + "\n";

    public static string ToMarkdown(AccessReport report)
    {
        var text = new StringBuilder("# Effective access\n");
        foreach (var role in report.UserRoles)
        {
            text.Append($"\n## {role.Name}{(role.Anonymous ? " (anonymous)" : string.Empty)}\n\n");
            text.Append($"Module roles: {string.Join(", ", role.ModuleRoles)}\n\n");
            if (role.Entities.Length == 0)
            {
                text.Append("No access to any entity.\n");
                continue;
            }

            text.Append("| Entity | Objects | Constraint | Create | Delete | Read | Write | Rules |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n");
            foreach (var entity in role.Entities)
            {
                foreach (var grant in entity.Grants)
                {
                    text.Append($"| {entity.Entity} | {grant.Scope} | {Cell(grant.Constraint is null ? "(every object)" : $"`{grant.Constraint}`")} | {YesNo(grant.Create)} | {YesNo(grant.Delete)} | {Cell(string.Join(", ", grant.Read))} | {Cell(string.Join(", ", grant.Write))} | {Cell(string.Join(", ", grant.Rules))} |\n");
                }
            }

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

    public static string ToHtml(AccessReport report)
    {
        var entities = report.UserRoles.SelectMany(role => role.Entities.Select(entity => entity.Entity)).Distinct().OrderBy(name => name, System.StringComparer.Ordinal).ToList();
        var html = new StringBuilder();
        html.Append("""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>Effective access</title>
            <style>
            body { font-family: system-ui, sans-serif; margin: 1.5rem; color: #111; }
            table { border-collapse: collapse; }
            th, td { border: 1px solid #999; padding: .35rem .5rem; vertical-align: top; text-align: left; }
            th[scope=row] { white-space: nowrap; }
            .open { background: #f8d0d0; } .limited { background: #fbe9c0; } .own { background: #d3efd3; } td.none { color: #777; }
            .flag { font-weight: 700; color: #8b0000; display: block; }
            .risk { font-weight: 600; display: block; }
            details summary { cursor: pointer; }
            .legend span { padding: .1rem .4rem; margin-right: .5rem; border: 1px solid #999; }
            @media print { details { display: block; } details > summary { display: none; } details[open] > *, details > * { display: block; } }
            </style>
            </head>
            <body>
            <h1>Effective access</h1>
            <p class="legend">Each cell: what the user role may do (C create, R read, W write, D delete) and on which objects.
            <span class="open">every object</span><span class="limited">constrained</span><span class="own">own objects</span></p>
            <table>
            <thead><tr><th scope="col">Entity</th>
            """);
        foreach (var role in report.UserRoles)
        {
            html.Append($"<th scope=\"col\">{Encode(role.Name)}{(role.Anonymous ? " (anonymous)" : string.Empty)}</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var name in entities)
        {
            html.Append($"<tr><th scope=\"row\">{Encode(name)}</th>");
            foreach (var role in report.UserRoles)
            {
                if (role.Entities.FirstOrDefault(entity => entity.Entity == name) is not { } entity)
                {
                    html.Append("<td class=\"none\">no access</td>");
                    continue;
                }

                var exposure = ReportExposure.Of(entity);
                html.Append($"<td class=\"{exposure.ToString().ToLowerInvariant()}\"><span class=\"risk\">{ReportExposure.Rights(entity)}: {ReportExposure.Word(exposure)}</span>");
                if (entity.Findings.Any(finding => ReportExposure.RedFlags.Contains(finding.Id)))
                {
                    html.Append("<span class=\"flag\">red flag</span>");
                }
                if (entity.Findings.Length > 0)
                {
                    html.Append($"<span>{entity.Findings.Length} finding{(entity.Findings.Length == 1 ? string.Empty : "s")}: {Encode(string.Join(", ", entity.Findings.Select(f => f.Id).Distinct()))}</span>");
                }

                html.Append("<details><summary>details</summary><ul>");
                foreach (var grant in entity.Grants)
                {
                    html.Append($"<li>{Encode(grant.Constraint ?? "every object")} ({grant.Scope}): {Encode(Rights(grant))}<br><small>{Encode(string.Join(", ", grant.Rules))}</small></li>");
                }

                foreach (var finding in entity.Findings)
                {
                    html.Append($"<li>{Encode(finding.Id)}: {Encode(finding.Message)}</li>");
                }

                html.Append("</ul></details></td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string Rights(ReportGrant grant) =>
        string.Join("; ", new[]
        {
            grant.Create ? "create" : null,
            grant.Delete ? "delete" : null,
            grant.Read.Length > 0 ? "read " + string.Join(", ", grant.Read) : null,
            grant.Write.Length > 0 ? "write " + string.Join(", ", grant.Write) : null,
        }.Where(part => part is not null));

    private static string YesNo(bool value) => value ? "yes" : "no";

    private static string Cell(string text) => text.Replace("|", "\\|");

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
