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
        text.Append($"\n{report.App} · accessrules {report.ToolVersion} · {report.Generated:yyyy-MM-dd HH:mm} UTC{(report.UserRoleFilter is { } filter ? $" · user role {filter} only" : string.Empty)}\n");
        if (report.Settings is { } settings)
        {
            text.Append($"\nSecurity level {settings.Level} · strict mode {OnOff(settings.StrictMode)} · security checks {OnOff(settings.SecurityChecks)} · strict page URL checking {OnOff(settings.StrictPageUrlChecking)} · password hashing {settings.PasswordHashing} · constants exposed to the client: {(settings.ConstantsExposedToClient.Length == 0 ? "none" : string.Join(", ", settings.ConstantsExposedToClient))}\n");
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
            text.Append("None.\n");
        }

        foreach (var finding in report.AppFindings)
        {
            text.Append($"- [{finding.Id}]({finding.HelpLink}) {finding.Severity}{(finding.RedFlag ? ", red flag" : string.Empty)}: {finding.Message}\n");
        }

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
        html.Append($"<p class=\"header\">{Encode(report.App ?? string.Empty)} · accessrules {Encode(report.ToolVersion ?? string.Empty)} · {report.Generated:yyyy-MM-dd HH:mm} UTC</p>\n");
        if (report.Settings is { } settings)
        {
            html.Append($"<p class=\"settings\">Security level {Encode(settings.Level)} · strict mode {OnOff(settings.StrictMode)} · security checks {OnOff(settings.SecurityChecks)} · strict page URL checking {OnOff(settings.StrictPageUrlChecking)} · password hashing {Encode(settings.PasswordHashing)} · constants exposed to the client: {Encode(settings.ConstantsExposedToClient.Length == 0 ? "none" : string.Join(", ", settings.ConstantsExposedToClient))}</p>\n");
        }

        AppendFindings(html, "Errors", report.Errors);
        AppendFindings(html, "Findings about the app", report.AppFindings);
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

    private static void AppendFindings(StringBuilder html, string heading, ReportFinding[] findings)
    {
        if (findings.Length == 0)
        {
            return;
        }

        html.Append($"<h2>{Encode(heading)}</h2>\n<ul class=\"app-findings\">\n");
        foreach (var finding in findings)
        {
            var id = finding.HelpLink is { } link ? $"<a href=\"{Encode(link)}\">{Encode(finding.Id)}</a>" : Encode(finding.Id);
            html.Append($"<li{(finding.RedFlag ? " class=\"flag\"" : string.Empty)}>{id} {Encode(finding.Severity ?? string.Empty)}{(finding.RedFlag ? ", red flag" : string.Empty)}: {Encode(finding.Message)}</li>\n");
        }

        html.Append("</ul>\n");
    }

    private static string OnOff(bool on) => on ? "on" : "off";
}
