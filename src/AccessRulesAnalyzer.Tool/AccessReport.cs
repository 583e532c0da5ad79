using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Tool;

/// <summary>The report's shape, as docs/report.md documents it and JSON carries it; kept stable.</summary>
internal sealed record AccessReport(ReportUserRole[] UserRoles)
{
    /// <summary>
    /// The version of this shape: 2 added everything below, 3 each grant's findings and each role's microflows, pages
    /// and services, 4 the findings about documents and the other findings; a report of version 1 has only the user roles.
    /// </summary>
    public const int CurrentSchemaVersion = 4;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>The version of accessrules that made the report.</summary>
    public string? ToolVersion { get; init; }

    /// <summary>The app: the project's or assembly's file name.</summary>
    public string? App { get; init; }

    public DateTimeOffset? Generated { get; init; }

    /// <summary>True when the app was read from a built assembly, without source: no finding was computed. Written only when true.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public bool FromBuiltAssembly { get; init; }

    /// <summary>The --user-role the report was made with; null for a report of every role (diff refuses a filtered one).</summary>
    public string? UserRoleFilter { get; init; }

    /// <summary>The project security settings the rules judge (AR0023, AR1028, AR1029, AR1031, AR0024); null in a report of version 1.</summary>
    public ReportSettings? Settings { get; init; }

    /// <summary>Findings about the app rather than an entity: roles, anonymous access, security settings, demo users, password policy.</summary>
    public ReportFinding[] AppFindings { get; init; } = [];

    /// <summary>Findings about microflows, nanoflows, pages and published services (AR0016, AR0017, ...); empty before version 4.</summary>
    public ReportFinding[] DocumentFindings { get; init; } = [];

    /// <summary>
    /// Every other finding, which no user role's grant holds: about an entity no role reaches (AR1033), or a rule of a
    /// role no user role includes; empty before version 4. With the documents' and the app's, the report leaves none out.
    /// </summary>
    public ReportFinding[] OtherFindings { get; init; } = [];

    /// <summary>The compiler's and the model's errors, for an app reported with --allow-errors.</summary>
    public ReportFinding[] Errors { get; init; } = [];

    /// <summary>
    /// The effective access of every user role of <paramref name="app"/> (the model's <see cref="UserRoleAccess"/>),
    /// with where each grant comes from and the analyzer's findings about each entity.
    /// </summary>
    public static AccessReport Of(LoadedApp app, string? onlyUserRole = null)
    {
        var roles = UserRoleAccess.Of(app.Model);
        if (onlyUserRole is not null)
        {
            roles = roles.Where(role => role.Name == onlyUserRole).ToImmutableArray();
            if (roles.IsEmpty)
            {
                throw new InputException($"{app.Input} has no user role '{onlyUserRole}'{TheRoles(onlyUserRole, "it has", UserRoleAccess.Of(app.Model).Select(role => role.Name))}");
            }
        }

        var baseFolder = Path.GetDirectoryName(Path.GetFullPath(app.Input))!;
        var entityFindings = new HashSet<Diagnostic>();
        var report = new AccessReport(roles.Select(role => new ReportUserRole(
            role.Name,
            role.IsAnonymous,
            role.ModuleRoles.ToArray(),
            role.Entities.Select(entity => Entity(role, entity, app.Findings, entityFindings, baseFolder)).ToArray())
        {
            Microflows = role.Documents.Microflows.Select(callable => new ReportMicroflow(
                callable.Flow.QualifiedName,
                callable.Flow.ApplyEntityAccess,
                callable.Reach.Select(action => action.ToString()).ToArray())).ToArray(),
            Pages = role.Documents.Pages.Select(page => page.QualifiedName).ToArray(),
            Services = role.Documents.Services.Select(access => new ReportService(access.Service.QualifiedName, access.Service.Kind, access.How)).ToArray(),
        }).ToArray());
        // The findings no grant of any user role holds (placed against every role, whatever the filter) and that are
        // not the app's: the documents' and the rest.
        var placed = onlyUserRole is null
            ? entityFindings
            : UserRoleAccess.Of(app.Model).SelectMany(role => role.Entities.SelectMany(entity => FindingsAbout(role, entity, app.Findings))).ToHashSet();
        var unplaced = app.Findings.Where(finding => finding.Id.StartsWith("AR", StringComparison.Ordinal) && !placed.Contains(finding) && !IsAppLevel(finding)).ToList();
        var documents = app.Model.Documents.Flows.Select(flow => (ISymbol)flow.Method)
            .Concat(app.Model.Documents.Pages.Select(page => page.Type))
            .Concat(app.Model.Documents.Services.Select(service => service.Type))
            .SelectMany(symbol => symbol.DeclaringSyntaxReferences)
            .ToList();
        return report with
        {
            ToolVersion = typeof(AccessReport).Assembly.GetName().Version?.ToString(3),
            App = Path.GetFileName(app.Input),
            FromBuiltAssembly = app.FromBuiltAssembly,
            Generated = DateTimeOffset.UtcNow,
            UserRoleFilter = onlyUserRole,
            Settings = new ReportSettings(
                app.Model.Level.ToString(),
                app.Model.App.StrictMode,
                app.Model.App.CheckSecurity && app.Model.UserRoles.All(role => role.CheckSecurity),
                app.Model.App.StrictPageUrlChecking,
                app.Model.App.HashAlgorithm.ToString(),
                app.Model.App.Constants.Where(constant => constant.ExposedToClient).Select(constant => constant.QualifiedName).ToArray()),
            // Whatever is not about one entity's rules: the app-level declarations' findings, every one of them.
            AppFindings = app.Findings.Where(finding => !entityFindings.Contains(finding) && IsAppLevel(finding))
                .OrderBy(finding => finding.Id, StringComparer.Ordinal).ThenBy(finding => finding.Location.SourceSpan.Start).Select(Of).ToArray(),
            DocumentFindings = InSourceOrder(unplaced.Where(finding => OnDocument(finding, documents))),
            OtherFindings = InSourceOrder(unplaced.Where(finding => !OnDocument(finding, documents))),
            Errors = app.Errors.Select(Of).ToArray(),
        };
    }

    /// <summary>Findings in the order of their files and positions, as a reader meets them.</summary>
    private static ReportFinding[] InSourceOrder(IEnumerable<Diagnostic> findings) =>
        findings.OrderBy(finding => finding.Location.SourceTree?.FilePath, StringComparer.Ordinal).ThenBy(finding => finding.Location.SourceSpan.Start)
            .ThenBy(finding => finding.Id, StringComparer.Ordinal).Select(Of).ToArray();

    /// <summary>
    /// The finding lies in the declaration of a microflow, nanoflow, page or published service (its attributes
    /// included), or is a document check's about a module library's document (placed on the anonymous user role).
    /// </summary>
    private static bool OnDocument(Diagnostic finding, List<SyntaxReference> documents) =>
        DocumentRules.Contains(finding.Id) ||
        documents.Any(document => finding.Location.SourceTree == document.SyntaxTree && document.Span.Contains(finding.Location.SourceSpan));

    // The rules of the document checks: only those report a module library's microflow or service in the app.
    private static readonly HashSet<string> DocumentRules = AllChecks.Create().OfType<DocumentCheck>()
        .SelectMany(check => check.SupportedDiagnostics).Select(rule => rule.Id).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The report of each app; with <paramref name="onlyUserRole"/>, of each app that has that user role (bad input
    /// when none has it).
    /// </summary>
    public static IReadOnlyList<AccessReport> Of(IReadOnlyList<LoadedApp> apps, string? onlyUserRole)
    {
        if (apps.Count == 1 || onlyUserRole is null)
        {
            return apps.Select(app => Of(app, onlyUserRole)).ToList();
        }

        var having = apps.Where(app => app.Model.UserRoles.Any(role => role.Name == onlyUserRole)).ToList();
        return having.Count > 0
            ? having.Select(app => Of(app, onlyUserRole)).ToList()
            : throw new InputException($"no app has a user role '{onlyUserRole}'{TheRoles(onlyUserRole, "they have", apps.SelectMany(app => app.Model.UserRoles).Select(role => role.Name))}");
    }

    // "; it has 'Anonymous', 'Customer'", or, for a near name such as a case slip, "; did you mean 'Customer'? It has ...".
    private static string TheRoles(string unknown, string have, IEnumerable<string> roles)
    {
        var names = roles.Distinct().ToList();
        var listed = $"{have} {string.Join(", ", names.Select(name => $"'{name}'"))}";
        return NameSuggestion.For(unknown, names) is { } near ? $"; did you mean '{near}'? {char.ToUpperInvariant(listed[0])}{listed.Substring(1)}" : "; " + listed;
    }

    public static ReportFinding Of(Diagnostic diagnostic) => new(diagnostic.Id, diagnostic.GetMessage())
    {
        Severity = diagnostic.Severity.ToString().ToLowerInvariant(),
        RedFlag = diagnostic.Descriptor.CustomTags.Contains(RuleTags.RedFlag),
        HelpLink = string.IsNullOrEmpty(diagnostic.Descriptor.HelpLinkUri) ? null : diagnostic.Descriptor.HelpLinkUri,
    };

    // On an assembly attribute, or not in source at all: not an entity's, nor a module library's document's.
    private static bool IsAppLevel(Diagnostic finding) =>
        finding.Id.StartsWith("AR", StringComparison.Ordinal) && !DocumentRules.Contains(finding.Id) &&
        (finding.Location.SourceTree is not { } tree ||
         tree.GetRoot().FindNode(finding.Location.SourceSpan) is var node && node.AncestorsAndSelf().Any(ancestor => ancestor is Microsoft.CodeAnalysis.CSharp.Syntax.AttributeListSyntax { Target.Identifier.ValueText: "assembly" }));

    /// <summary>file:line of the rule, relative to the input's folder; the assembly's name for a rule read from metadata.</summary>
    private static string Where(AccessRule rule, string baseFolder)
    {
        if (rule.Declaration.ApplicationSyntaxReference is { } reference && reference.SyntaxTree.FilePath is { Length: > 0 } file)
        {
            return $"{Path.GetRelativePath(baseFolder, file).Replace('\\', '/')}:{Display.Line(rule)}";
        }

        return rule.Entity.Symbol.ContainingAssembly.Name + ".dll";
    }

    private static ReportEntity Entity(UserRoleAccess role, EntityAccess entity, ImmutableArray<Diagnostic> findings, HashSet<Diagnostic> placed, string baseFolder)
    {
        var about = FindingsAbout(role, entity, findings);
        placed.UnionWith(about);
        var inMetadata = entity.Entity.Symbol.DeclaringSyntaxReferences.IsEmpty;
        return new ReportEntity(
            entity.Entity.QualifiedName,
            entity.Entity.Persistable,
            entity.Grants.Select(grant => new ReportGrant(
                grant.Create,
                grant.Delete,
                grant.Read.ToArray(),
                grant.Write.ToArray(),
                grant.Constraint,
                ApprovedAccess.ScopeName(grant.Scope),
                grant.Rules.Select(rule => Where(rule, baseFolder)).ToArray())
            {
                // A library's rules have no source: its findings name the entity, and stand for each of its grants.
                Findings = about.Where(finding => inMetadata || OnOneOf(grant.Rules, finding)).Select(finding => finding.Id).Distinct().ToArray(),
            }).ToArray(),
            about.Select(Of).ToArray());
    }

    // A finding concerns a role's access to an entity when it lies on (or points at, as an additional location) one
    // of the rules the role's grants come from; a module library's entity is reported on the app's anonymous user
    // role, naming the entity.
    private static List<Diagnostic> FindingsAbout(UserRoleAccess role, EntityAccess entity, ImmutableArray<Diagnostic> findings)
    {
        var rules = entity.Grants.SelectMany(grant => grant.Rules).ToList();
        var inMetadata = entity.Entity.Symbol.DeclaringSyntaxReferences.IsEmpty;
        return findings
            .Where(finding => OnOneOf(rules, finding) ||
                              (inMetadata && role.IsAnonymous && !DocumentRules.Contains(finding.Id) && finding.GetMessage().Contains($"'{entity.Entity.QualifiedName}'", StringComparison.Ordinal)))
            .OrderBy(finding => finding.Location.SourceSpan.Start)
            .ThenBy(finding => finding.Id, StringComparer.Ordinal)
            .ToList();
    }

    private static bool OnOneOf(IEnumerable<AccessRule> rules, Diagnostic finding)
    {
        var declarations = rules.Select(rule => rule.Declaration.ApplicationSyntaxReference).OfType<SyntaxReference>().ToList();
        bool On(Location location) => declarations.Any(rule => location.SourceTree == rule.SyntaxTree && rule.Span.IntersectsWith(location.SourceSpan));
        return On(finding.Location) || finding.AdditionalLocations.Any(On);
    }
}

/// <summary>The report of a solution with several apps: each app's report, whole, in one file.</summary>
internal sealed record SolutionReport(string Solution, AccessReport[] Apps)
{
    public int SchemaVersion { get; init; } = AccessReport.CurrentSchemaVersion;

    public string? ToolVersion { get; init; } = typeof(SolutionReport).Assembly.GetName().Version?.ToString(3);

    public DateTimeOffset? Generated { get; init; } = DateTimeOffset.UtcNow;
}

internal sealed record ReportUserRole(string Name, bool Anonymous, string[] ModuleRoles, ReportEntity[] Entities)
{
    /// <summary>The microflows the role may call from the client; empty in a report of version 2.</summary>
    public ReportMicroflow[] Microflows { get; init; } = [];

    /// <summary>The pages visible for the role.</summary>
    public string[] Pages { get; init; } = [];

    /// <summary>The published services the role can use: open ones, and those that allow it.</summary>
    public ReportService[] Services { get; init; } = [];
}

/// <summary>A microflow a role may call: whether it applies entity access, and what it reaches without it (with the call chain).</summary>
internal sealed record ReportMicroflow(string Name, bool ApplyEntityAccess, string[] Reaches)
{
    /// <summary>
    /// Whether it applies entity access and what it reaches without it, as the markdown and HTML say it. A microflow
    /// without entity access that reaches nothing still runs without it: on the user's own objects and those the client
    /// passes in (which AR0019 judges), so the text says so rather than suggest it reaches no data at all.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Description => (ApplyEntityAccess, Reaches.Length) switch
    {
        (true, 0) => "applies entity access",
        (false, 0) => "without entity access; reaches only the user's own objects and those the client passes in",
        (true, _) => "applies entity access; reaches " + string.Join("; ", Reaches),
        _ => "without entity access; reaches " + string.Join("; ", Reaches),
    };
}

/// <summary>A published service a role can use, and how: "open: it requires no authentication", or "allowed".</summary>
internal sealed record ReportService(string Name, string Kind, string Access)
{
    /// <summary>Open to anyone: <see cref="Access"/> is "open: " and why (<see cref="DocumentAccess"/>), not "allowed".</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsOpen => Access.StartsWith("open", StringComparison.Ordinal);
}

internal sealed record ReportEntity(string Entity, bool Persistable, ReportGrant[] Grants, ReportFinding[] Findings);

internal sealed record ReportGrant(bool Create, bool Delete, string[] Read, string[] Write, string? Constraint, string Scope, string[] Rules)
{
    /// <summary>The IDs of the entity's findings that lie on this grant's rules; empty in a report of version 2.</summary>
    public string[] Findings { get; init; } = [];

    /// <summary>
    /// What a reader is told of <paramref name="scope"/> (JSON's and the approved-access file's <c>none</c>,
    /// <c>constrained</c>, <c>user</c>): "none" would read as no objects, where it means every object.
    /// </summary>
    public static string ScopeWords(string scope) => scope switch
    {
        "none" => "every object",
        "constrained" => "constrained",
        _ => "own objects",
    };
}

/// <summary>The project security settings: the level, strict mode, security checks (off when off for the app or any user role), strict page URL checking, password hashing and the constants exposed to the client.</summary>
internal sealed record ReportSettings(string Level, bool StrictMode, bool SecurityChecks, bool StrictPageUrlChecking, string PasswordHashing, string[] ConstantsExposedToClient);

internal sealed record ReportFinding(string Id, string Message)
{
    public string? Severity { get; init; }

    /// <summary>The finding is a red flag: an error in CI.</summary>
    public bool RedFlag { get; init; }

    /// <summary>The rule's page.</summary>
    public string? HelpLink { get; init; }
}
