using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;

namespace AccessRulesAnalyzer.Tool;

/// <summary>
/// The report for a security reviewer, as one self-contained HTML file (inline style and script, no external
/// assets): a header, a summary, the app's findings, each user role's module roles, microflows, pages and services, and one line per grant, coloured by
/// risk, sortable by any column and filtered by role, entity and finding (the filter also reads the address's
/// fragment, <c>#role=Anonymous&amp;finding=red</c>, so a filtered view can be shared).
/// </summary>
internal static class HtmlReport
{
    /// <summary>
    /// How much a grant needs a reviewer's eye: red flags and anything anonymous visitors reach on every object
    /// first; a signed-in role's unconstrained access is normal in most apps, so it is neutral, but still says its scope.
    /// </summary>
    internal enum Risk
    {
        RedFlag,
        AnonymousEveryObject,
        EveryObject,
        Constrained,
        Own,
    }

    public static Risk RiskOf(ReportUserRole role, ReportEntity entity, ReportGrant grant) =>
        entity.Findings.Any(finding => finding.RedFlag && grant.Findings.Contains(finding.Id)) ? Risk.RedFlag
        : role.Anonymous && grant.Scope == "none" ? Risk.AnonymousEveryObject
        : grant.Scope == "none" ? Risk.EveryObject
        : grant.Scope == "constrained" ? Risk.Constrained
        : Risk.Own;

    public static string Write(AccessReport report) => Write([report]);

    /// <summary>One page for the apps of a solution: each app's report in an article of its own, whose element ids carry its prefix (none for one app).</summary>
    public static string Write(IReadOnlyList<AccessReport> reports)
    {
        var html = new StringBuilder();
        html.Append(Head);
        if (reports.Count > 1)
        {
            html.Append($"<nav class=\"apps\"><h1>Effective access of {reports.Count} apps</h1>\n<ul>\n");
            for (var i = 0; i < reports.Count; i++)
            {
                html.Append($"<li><a href=\"#{Prefix(reports, i)}app\">{E(reports[i].App ?? "app")}</a></li>\n");
            }

            html.Append("</ul>\n</nav>\n");
        }

        for (var i = 0; i < reports.Count; i++)
        {
            AppendApp(html, reports[i], Prefix(reports, i));
        }

        html.Append(Script);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static string Prefix(IReadOnlyList<AccessReport> reports, int index) => reports.Count == 1 ? string.Empty : $"app{index + 1}-";

    private static void AppendApp(StringBuilder html, AccessReport report, string p)
    {
        html.Append($"<article class=\"app\" id=\"{p}app\" data-prefix=\"{p}\">\n");
        html.Append("<h1>Effective access</h1>\n");
        html.Append($"<p class=\"header\">{E(report.App ?? "app")} · accessrules {E(report.ToolVersion ?? string.Empty)} · {report.Generated:yyyy-MM-dd HH:mm} UTC{(report.UserRoleFilter is { } filter ? $" · user role {E(filter)} only" : string.Empty)}</p>\n");
        if (report.Settings is { } settings)
        {
            html.Append($"<p class=\"settings\">Security level {E(settings.Level)} · strict mode {OnOff(settings.StrictMode)} · security checks {OnOff(settings.SecurityChecks)} · strict page URL checking {OnOff(settings.StrictPageUrlChecking)} · password hashing {E(settings.PasswordHashing)} · constants exposed to the client: {E(settings.ConstantsExposedToClient.Length == 0 ? "none" : string.Join(", ", settings.ConstantsExposedToClient))}</p>\n");
        }

        if (report.FromBuiltAssembly)
        {
            html.Append($"<p class=\"from-assembly\">{E(ReportFormats.NoFindingsFromAnAssembly)}</p>\n");
        }

        AppendSummary(html, report, p);
        AppendFindings(html, p, "errors", "Errors", report.Errors);
        AppendFindings(html, p, "app-findings", "Findings about the app", report.AppFindings);
        AppendFindings(html, p, "document-findings", "Findings about microflows, pages and services", report.DocumentFindings);
        AppendFindings(html, p, "other-findings", "Other findings", report.OtherFindings);
        AppendUserRoles(html, report, p);
        AppendGrants(html, report, p);
        html.Append("</article>\n");
    }

    private static void AppendSummary(StringBuilder html, AccessReport report, string p)
    {
        html.Append($"<section id=\"{p}summary\">\n<h2>Summary</h2>\n<table class=\"summary\">\n<thead><tr><th scope=\"col\">User role</th><th scope=\"col\">Red flags</th><th scope=\"col\">Entities on every object</th><th scope=\"col\">Findings</th></tr></thead>\n<tbody>\n");
        var appRedFlags = report.AppFindings.Count(finding => finding.RedFlag) + report.DocumentFindings.Count(finding => finding.RedFlag);
        foreach (var role in report.UserRoles)
        {
            // The app's and the documents' red flags are all about anonymous access: they count for the anonymous role.
            var redFlags = role.Entities.Sum(entity => entity.Findings.Count(finding => finding.RedFlag)) + (role.Anonymous ? appRedFlags : 0);
            var open = role.Entities.Count(entity => entity.Grants.Any(grant => grant.Scope == "none"));
            var findings = role.Entities.Sum(entity => entity.Findings.Length);
            // From an assembly nothing was counted: a 0 would read as none found.
            var (redFlagCell, findingsCell) = report.FromBuiltAssembly ? ("not computed", "not computed") : (redFlags.ToString(CultureInfo.InvariantCulture), findings.ToString(CultureInfo.InvariantCulture));
            html.Append($"<tr data-role=\"{E(role.Name)}\"{(redFlags > 0 ? " class=\"risk-red-flag\"" : string.Empty)}><th scope=\"row\">{E(role.Name)}{(role.Anonymous ? " (anonymous)" : string.Empty)}</th><td class=\"red-flags\">{redFlagCell}</td><td>{open}</td><td>{findingsCell}</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
        var anonymousReads = report.UserRoles.Where(role => role.Anonymous)
            .SelectMany(role => role.Entities.SelectMany(entity => entity.Grants.Where(grant => grant.Read.Length > 0).Select(grant => (entity.Entity, grant))))
            .ToList();
        html.Append("<h3>What anonymous visitors can read</h3>\n");
        if (anonymousReads.Count == 0)
        {
            html.Append($"<p class=\"anonymous-reads\">{(report.UserRoles.Any(role => role.Anonymous) ? "Nothing." : "The app has no anonymous user role.")}</p>\n");
        }
        else
        {
            html.Append("<ul class=\"anonymous-reads\">\n");
            foreach (var (entity, grant) in anonymousReads)
            {
                html.Append($"<li><strong>{E(entity)}</strong> ({E(ReportGrant.ScopeWords(grant.Scope))}{(grant.Constraint is { } constraint ? $" <code>{E(constraint)}</code>" : string.Empty)}): {E(string.Join(", ", grant.Read))}</li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("</section>\n");
    }

    private static void AppendUserRoles(StringBuilder html, AccessReport report, string p)
    {
        html.Append($"<section id=\"{p}user-roles\">\n<h2>User roles</h2>\n<ul>\n");
        foreach (var role in report.UserRoles)
        {
            html.Append($"<li><strong>{E(role.Name)}</strong>{(role.Anonymous ? " (anonymous)" : string.Empty)}: {E(string.Join(", ", role.ModuleRoles))}");
            AppendDocuments(html, role);
            html.Append("</li>\n");
        }

        html.Append("</ul>\n</section>\n");
    }

    // The doors besides entity access: microflows (red when anonymous visitors reach data without entity access), pages, services.
    private static void AppendDocuments(StringBuilder html, ReportUserRole role)
    {
        if (role.Microflows.Length + role.Pages.Length + role.Services.Length == 0)
        {
            return;
        }

        html.Append("<ul class=\"documents\">");
        foreach (var microflow in role.Microflows)
        {
            var risk = microflow.Reaches.Length > 0 ? (role.Anonymous ? Risk.RedFlag : Risk.EveryObject) : Risk.Own;
            html.Append($"<li class=\"{RiskClass(risk)}\">microflow {E(microflow.Name)}: {E(microflow.Description)}</li>");
        }

        foreach (var page in role.Pages)
        {
            html.Append($"<li>page {E(page)}</li>");
        }

        foreach (var service in role.Services)
        {
            html.Append($"<li class=\"{RiskClass(service.IsOpen ? Risk.RedFlag : Risk.Own)}\">{E(service.Kind)} service {E(service.Name)}: {E(service.Access)}</li>");
        }

        html.Append("</ul>");
    }

    private static void AppendGrants(StringBuilder html, AccessReport report, string p)
    {
        var ids = report.UserRoles.SelectMany(role => role.Entities.SelectMany(entity => entity.Findings.Select(finding => finding.Id))).Distinct().OrderBy(id => id, StringComparer.Ordinal).ToList();
        html.Append($"<section id=\"{p}grants\">\n<h2>Grants</h2>\n");
        html.Append("<p class=\"legend\">One line per grant: a user role's access to an entity through one constraint. <span class=\"risk-red-flag\">red flag</span><span class=\"risk-anonymous-every-object\">anonymous, every object</span><span class=\"risk-every-object\">signed in, every object</span><span class=\"risk-constrained\">constrained</span><span class=\"risk-own\">own objects</span></p>\n");
        html.Append($"<form class=\"filters\" onsubmit=\"return false\">\n<label>User role <select id=\"{p}filter-role\"><option value=\"\">all</option>");
        foreach (var role in report.UserRoles)
        {
            html.Append($"<option value=\"{E(role.Name)}\">{E(role.Name)}</option>");
        }

        html.Append($"</select></label>\n<label>Entity <input id=\"{p}filter-entity\" type=\"search\" placeholder=\"name contains\"></label>\n<label>Finding <select id=\"{p}filter-finding\"><option value=\"\">all grants</option><option value=\"any\">with findings</option><option value=\"red\">with red flags</option>");
        foreach (var id in ids)
        {
            html.Append($"<option value=\"{E(id)}\">{E(id)}</option>");
        }

        html.Append($"</select></label>\n<output id=\"{p}shown\"></output>\n</form>\n");
        html.Append($"<table id=\"{p}grant-table\">\n<thead><tr>");
        foreach (var column in new[] { "User role", "Entity", "Objects", "Constraint", "Create", "Read", "Write", "Delete", "Findings", "Rules" })
        {
            html.Append($"<th scope=\"col\"><button type=\"button\" class=\"sort\">{column}</button></th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var role in report.UserRoles)
        {
            foreach (var entity in role.Entities)
            {
                foreach (var grant in entity.Grants)
                {
                    var findings = entity.Findings.Where(finding => grant.Findings.Contains(finding.Id)).ToList();
                    var risk = RiskOf(role, entity, grant);
                    html.Append($"<tr class=\"{RiskClass(risk)}\" data-role=\"{E(role.Name)}\" data-entity=\"{E(entity.Entity)}\" data-findings=\"{E(string.Join(" ", grant.Findings))}\" data-red-flag=\"{(risk == Risk.RedFlag ? "true" : "false")}\">");
                    html.Append($"<td>{E(role.Name)}{(role.Anonymous ? " (anonymous)" : string.Empty)}</td><td>{E(entity.Entity)}</td><td class=\"scope\">{E(ReportGrant.ScopeWords(grant.Scope))}</td>");
                    html.Append($"<td>{(grant.Constraint is { } constraint ? $"<code>{E(constraint)}</code>" : string.Empty)}</td><td>{YesNo(grant.Create)}</td><td>{E(string.Join(", ", grant.Read))}</td><td>{E(string.Join(", ", grant.Write))}</td><td>{YesNo(grant.Delete)}</td>");
                    html.Append("<td class=\"findings\">");
                    foreach (var finding in findings)
                    {
                        html.Append($"<span class=\"finding{(finding.RedFlag ? " red-flag" : string.Empty)}\" title=\"{E(finding.Message)}\">{Link(finding)}{(finding.RedFlag ? " red flag" : string.Empty)}</span> ");
                    }

                    html.Append($"</td><td class=\"rules\">{E(string.Join(", ", grant.Rules))}</td></tr>\n");
                }
            }
        }

        html.Append("</tbody>\n</table>\n</section>\n");
        if (report.UserRoles.Any(role => role.Entities.Any(entity => entity.Findings.Length > 0)))
        {
            html.Append($"<section id=\"{p}entity-findings\">\n<h2>Findings about entities</h2>\n<ul>\n");
            foreach (var (role, entity, finding) in report.UserRoles.SelectMany(role => role.Entities.SelectMany(entity => entity.Findings.Select(finding => (role, entity, finding)))))
            {
                html.Append($"<li data-role=\"{E(role.Name)}\" data-entity=\"{E(entity.Entity)}\"{(finding.RedFlag ? " class=\"risk-red-flag\"" : string.Empty)}>{E(role.Name)}, {E(entity.Entity)}: {Link(finding)} {E(finding.Severity ?? string.Empty)}{(finding.RedFlag ? ", red flag" : string.Empty)}: {E(finding.Message)}</li>\n");
            }

            html.Append("</ul>\n</section>\n");
        }
    }

    private static void AppendFindings(StringBuilder html, string p, string id, string heading, ReportFinding[] findings)
    {
        if (findings.Length == 0)
        {
            return;
        }

        html.Append($"<section id=\"{p}{id}\">\n<h2>{E(heading)}</h2>\n<ul>\n");
        foreach (var finding in findings)
        {
            html.Append($"<li{(finding.RedFlag ? " class=\"risk-red-flag\"" : string.Empty)}>{Link(finding)} {E(finding.Severity ?? string.Empty)}{(finding.RedFlag ? ", red flag" : string.Empty)}: {E(finding.Message)}</li>\n");
        }

        html.Append("</ul>\n</section>\n");
    }

    private static string Link(ReportFinding finding) =>
        finding.HelpLink is { } link ? $"<a href=\"{E(link)}\">{E(finding.Id)}</a>" : E(finding.Id);

    internal static string RiskClass(Risk risk) => risk switch
    {
        Risk.RedFlag => "risk-red-flag",
        Risk.AnonymousEveryObject => "risk-anonymous-every-object",
        Risk.EveryObject => "risk-every-object",
        Risk.Constrained => "risk-constrained",
        _ => "risk-own",
    };

    private static string YesNo(bool value) => value ? "yes" : "no";

    private static string OnOff(bool on) => on ? "on" : "off";

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private const string Head = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Effective access</title>
        <style>
        body { font-family: system-ui, sans-serif; margin: 1.5rem; color: #111; }
        table { border-collapse: collapse; margin-bottom: 1rem; }
        th, td { border: 1px solid #999; padding: .3rem .5rem; vertical-align: top; text-align: left; }
        thead th { position: sticky; top: 0; background: #eee; z-index: 1; }
        th button.sort { all: unset; cursor: pointer; font-weight: 700; }
        th button.sort::after { content: " \2195"; color: #777; }
        th[aria-sort=ascending] button.sort::after { content: " \2191"; color: #111; }
        th[aria-sort=descending] button.sort::after { content: " \2193"; color: #111; }
        code { font-size: .9em; }
        .risk-red-flag { background: #f4b6b6; }
        .risk-anonymous-every-object { background: #f8d0d0; }
        .risk-every-object { background: #e4e8ee; }
        .risk-constrained { background: #fbe9c0; }
        .risk-own { background: #d3efd3; }
        .finding.red-flag { font-weight: 700; color: #8b0000; }
        .legend span { padding: .1rem .4rem; margin-right: .5rem; border: 1px solid #999; }
        .filters { display: flex; gap: 1rem; align-items: center; margin: .5rem 0; flex-wrap: wrap; }
        tr[hidden], li[hidden] { display: none; }
        @media print { .filters, th button.sort::after { display: none; } thead th { position: static; } }
        </style>
        </head>
        <body>

        """;

    // Sorting and filtering, inline: the file stays one self-contained page that works offline.
    private const string Script = """
        <script>
        // Every app's filters start from the address's fragment, read once: each app's filters then write theirs.
        var start = location.hash;
        document.querySelectorAll('article.app').forEach(function (app) {
          function part(id) { return document.getElementById(app.dataset.prefix + id); }
          var table = part('grant-table');
          var rows = Array.prototype.slice.call(table.tBodies[0].rows);
          var role = part('filter-role');
          var entity = part('filter-entity');
          var finding = part('filter-finding');
          var shown = part('shown');
          var entityFindings = part('entity-findings');
          function matches(el) {
            var f = finding.value, ids = (el.dataset.findings || '').split(' ');
            return (!role.value || el.dataset.role === role.value) &&
              (!entity.value || el.dataset.entity.toLowerCase().indexOf(entity.value.toLowerCase()) >= 0) &&
              (!f || (f === 'any' ? ids[0] !== '' : f === 'red' ? el.dataset.redFlag === 'true' : ids.indexOf(f) >= 0));
          }
          function apply() {
            var count = 0;
            rows.forEach(function (row) { row.hidden = !matches(row); if (!row.hidden) count++; });
            (entityFindings ? entityFindings.querySelectorAll('li') : []).forEach(function (li) {
              li.hidden = !((!role.value || li.dataset.role === role.value) && (!entity.value || li.dataset.entity.toLowerCase().indexOf(entity.value.toLowerCase()) >= 0));
            });
            shown.value = count + ' of ' + rows.length + ' grants';
            var state = [];
            if (role.value) state.push('role=' + encodeURIComponent(role.value));
            if (entity.value) state.push('entity=' + encodeURIComponent(entity.value));
            if (finding.value) state.push('finding=' + encodeURIComponent(finding.value));
            if (history.replaceState) history.replaceState(null, '', state.length ? '#' + state.join('&') : location.pathname + location.search);
          }
          start.replace(/^#/, '').split('&').forEach(function (pair) {
            var parts = pair.split('='), value = decodeURIComponent(parts[1] || '');
            if (parts[0] === 'role') role.value = value;
            if (parts[0] === 'entity') entity.value = value;
            if (parts[0] === 'finding') finding.value = value;
          });
          [role, finding].forEach(function (el) { el.addEventListener('change', apply); });
          entity.addEventListener('input', apply);
          Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, index) {
            th.querySelector('button').addEventListener('click', function () {
              var descending = th.getAttribute('aria-sort') === 'ascending';
              Array.prototype.forEach.call(table.tHead.rows[0].cells, function (other) { other.removeAttribute('aria-sort'); });
              th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
              rows.sort(function (a, b) {
                var order = a.cells[index].textContent.localeCompare(b.cells[index].textContent, undefined, { numeric: true });
                return descending ? -order : order;
              });
              rows.forEach(function (row) { table.tBodies[0].appendChild(row); });
            });
          });
          apply();
        });
        </script>

        """;
}
