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
                throw new InputException($"{app.Input} has no user role '{onlyUserRole}'; it has {string.Join(", ", UserRoleAccess.Of(app.Model).Select(role => $"'{role.Name}'"))}");
            }
        }

        var baseFolder = Path.GetDirectoryName(Path.GetFullPath(app.Input))!;
        return new AccessReport(roles.Select(role => new ReportUserRole(
            role.Name,
            role.IsAnonymous,
            role.ModuleRoles.ToArray(),
            role.Entities.Select(entity => new ReportEntity(
                entity.Entity.QualifiedName,
                entity.Entity.Persistable,
                entity.Grants.Select(grant => new ReportGrant(
                    grant.Create,
                    grant.Delete,
                    grant.Read.ToArray(),
                    grant.Write.ToArray(),
                    grant.Constraint,
                    ApprovedAccess.ScopeName(grant.Scope),
                    grant.Rules.Select(rule => Where(rule, baseFolder)).ToArray())).ToArray(),
                FindingsAbout(role, entity, app.Findings))).ToArray())).ToArray());
    }

    /// <summary>file:line of the rule, relative to the input's folder; the assembly's name for a rule read from metadata.</summary>
    private static string Where(AccessRule rule, string baseFolder)
    {
        if (rule.Declaration.ApplicationSyntaxReference is { } reference && reference.SyntaxTree.FilePath is { Length: > 0 } file)
        {
            return $"{Path.GetRelativePath(baseFolder, file).Replace('\\', '/')}:{Display.Line(rule)}";
        }

        return rule.Entity.Symbol.ContainingAssembly.Name + ".dll";
    }

    // A finding concerns a role's access to an entity when it lies on (or points at, as an additional location) one
    // of the rules the role's grants come from; a module library's entity is reported on the app's anonymous user
    // role, naming the entity.
    private static ReportFinding[] FindingsAbout(UserRoleAccess role, EntityAccess entity, ImmutableArray<Diagnostic> findings)
    {
        var rules = entity.Grants.SelectMany(grant => grant.Rules).Select(rule => rule.Declaration.ApplicationSyntaxReference).OfType<SyntaxReference>().ToList();
        bool OnARule(Location location) => rules.Any(rule => location.SourceTree == rule.SyntaxTree && rule.Span.IntersectsWith(location.SourceSpan));
        var inMetadata = entity.Entity.Symbol.DeclaringSyntaxReferences.IsEmpty;
        return findings
            .Where(finding => OnARule(finding.Location) || finding.AdditionalLocations.Any(OnARule) ||
                              (inMetadata && role.IsAnonymous && finding.GetMessage().Contains($"'{entity.Entity.QualifiedName}'", StringComparison.Ordinal)))
            .OrderBy(finding => finding.Location.SourceSpan.Start)
            .ThenBy(finding => finding.Id, StringComparer.Ordinal)
            .Select(finding => new ReportFinding(finding.Id, finding.GetMessage()))
            .ToArray();
    }
}

internal sealed record ReportUserRole(string Name, bool Anonymous, string[] ModuleRoles, ReportEntity[] Entities);

internal sealed record ReportEntity(string Entity, bool Persistable, ReportGrant[] Grants, ReportFinding[] Findings);

internal sealed record ReportGrant(bool Create, bool Delete, string[] Read, string[] Write, string? Constraint, string Scope, string[] Rules);

internal sealed record ReportFinding(string Id, string Message);

/// <summary>How exposed one role is on one entity, shown by colour and by word.</summary>
internal enum Exposure
{
    /// <summary>Only objects tied to the user.</summary>
    Own,

    /// <summary>Objects a constraint selects, not tied to the user.</summary>
    Limited,

    /// <summary>Every object.</summary>
    Open,
}

internal static class ReportExposure
{
    /// <summary>The findings a security review of anonymous access flags; they fail CI builds (the package's build props).</summary>
    public static readonly ImmutableHashSet<string> RedFlags = AllChecks.IdsTagged(RuleTags.RedFlag).ToImmutableHashSet();

    public static Exposure Of(ReportEntity entity) =>
        entity.Grants.Any(grant => grant.Scope == "none") ? Exposure.Open
        : entity.Grants.Any(grant => grant.Scope == "constrained") ? Exposure.Limited
        : Exposure.Own;

    public static string Word(Exposure exposure) => exposure switch
    {
        Exposure.Open => "every object",
        Exposure.Limited => "constrained",
        _ => "own objects",
    };

    /// <summary>What the role may do, in short: C(reate), R(ead), W(rite), D(elete).</summary>
    public static string Rights(ReportEntity entity) =>
        (entity.Grants.Any(g => g.Create) ? "C" : "") + (entity.Grants.Any(g => g.Read.Length > 0) ? "R" : "") +
        (entity.Grants.Any(g => g.Write.Length > 0) ? "W" : "") + (entity.Grants.Any(g => g.Delete) ? "D" : "");
}
