using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using AccessRulesAnalyzer.Model;

namespace AccessRulesAnalyzer.Tool;

/// <summary>What each user role gained and lost between two reports, and whether anonymous access grew.</summary>
internal sealed record AccessDiff(bool AnonymousAccessGrew, RoleChanges[] UserRoles)
{
    /// <summary>The app compared: its project's or assembly's file name, when the reports name it.</summary>
    public string? App { get; init; }

    /// <summary>
    /// One diff per app: two single apps are compared whatever their names; the apps of solutions are paired by name,
    /// and an app on one side only is compared with no app at all (a new app's anonymous access is growth).
    /// </summary>
    public static IReadOnlyList<AccessDiff> Between(IReadOnlyList<AccessReport> before, IReadOnlyList<AccessReport> after)
    {
        if (before.Count == 1 && after.Count == 1)
        {
            return [Between(before[0], after[0]) with { App = after[0].App }];
        }

        var none = new AccessReport([]);
        return before.Select(report => report.App).Union(after.Select(report => report.App))
            .Select(app => Between(before.FirstOrDefault(report => report.App == app) ?? none, after.FirstOrDefault(report => report.App == app) ?? none) with { App = app })
            .ToList();
    }

    /// <summary>One app's diff as it is; several, each under its app's name.</summary>
    public static string ToMarkdown(IReadOnlyList<AccessDiff> diffs) =>
        diffs.Count == 1 ? diffs[0].ToMarkdown() : string.Join("\n", diffs.Select(diff => diff.ToMarkdown($"Access diff of {diff.App}")));

    /// <summary>One app's diff as it is; several in <c>{ anonymousAccessGrew, apps: [...] }</c>.</summary>
    public static string ToJson(IReadOnlyList<AccessDiff> diffs) =>
        diffs.Count == 1 ? diffs[0].ToJson() : JsonSerializer.Serialize(new { AnonymousAccessGrew = diffs.Any(diff => diff.AnonymousAccessGrew), Apps = diffs }, ReportFormats.Json) + "\n";

    public static AccessDiff Between(AccessReport before, AccessReport after)
    {
        var names = before.UserRoles.Select(role => role.Name).Union(after.UserRoles.Select(role => role.Name)).OrderBy(name => name, StringComparer.Ordinal);
        var changes = new List<RoleChanges>();
        var grew = false;
        foreach (var name in names)
        {
            var old = before.UserRoles.FirstOrDefault(role => role.Name == name);
            var @new = after.UserRoles.FirstOrDefault(role => role.Name == name);
            var gained = new List<string>();
            var lost = new List<string>();
            if (old is null)
            {
                gained.Add("the user role" + (@new!.Anonymous ? " (anonymous)" : string.Empty));
            }
            else if (@new is null)
            {
                lost.Add("the user role");
            }
            else if (@new.Anonymous && !old.Anonymous)
            {
                gained.Add("anonymous users: it is now the anonymous user role");
            }
            else if (old.Anonymous && !@new.Anonymous)
            {
                lost.Add("anonymous users: it is no longer the anonymous user role");
            }

            var growth = Compare(old?.Entities ?? [], @new?.Entities ?? [], gained, lost);
            growth |= CompareDocuments(old, @new, gained, lost);
            grew |= @new?.Anonymous == true && (growth || old is null || !old.Anonymous);
            if (gained.Count > 0 || lost.Count > 0)
            {
                changes.Add(new RoleChanges(name, @new?.Anonymous ?? false, gained.ToArray(), lost.ToArray()));
            }
        }

        // An open service is open to anyone, with or without an anonymous user role.
        grew |= OpenServices(after).Except(OpenServices(before)).Any();
        return new AccessDiff(grew, changes.ToArray());
    }

    private static IEnumerable<string> OpenServices(AccessReport report) =>
        report.UserRoles.SelectMany(role => role.Services).Where(service => service.IsOpen).Select(service => service.Name).Distinct();

    /// <summary>Lists the changes of one role's microflows and services; true when what it reaches through them grew.</summary>
    private static bool CompareDocuments(ReportUserRole? before, ReportUserRole? after, List<string> gained, List<string> lost)
    {
        var grew = false;
        var oldFlows = FirstOfEachName(before?.Microflows ?? [], flow => flow.Name);
        var newFlows = FirstOfEachName(after?.Microflows ?? [], flow => flow.Name);
        foreach (var name in oldFlows.Keys.Union(newFlows.Keys).OrderBy(name => name, StringComparer.Ordinal))
        {
            oldFlows.TryGetValue(name, out var old);
            newFlows.TryGetValue(name, out var @new);
            if (old is null)
            {
                gained.Add($"microflow {name}: callable" + (@new!.Reaches.Length > 0 ? "; reaches " + string.Join("; ", @new.Reaches) : string.Empty));
                grew = true;
            }
            else if (@new is null)
            {
                lost.Add($"microflow {name}: callable");
            }
            else
            {
                if (ReachedBeyond(@new.Reaches, old.Reaches) is { Count: > 0 } more)
                {
                    gained.Add($"microflow {name}: reaches {string.Join("; ", more)}");
                    grew = true;
                }

                if (ReachedBeyond(old.Reaches, @new.Reaches) is { Count: > 0 } less)
                {
                    lost.Add($"microflow {name}: reaches {string.Join("; ", less)}");
                }
            }
        }

        var oldServices = FirstOfEachName(before?.Services ?? [], service => service.Name);
        var newServices = FirstOfEachName(after?.Services ?? [], service => service.Name);
        foreach (var name in oldServices.Keys.Union(newServices.Keys).OrderBy(name => name, StringComparer.Ordinal))
        {
            oldServices.TryGetValue(name, out var old);
            newServices.TryGetValue(name, out var @new);
            // Open for another reason is no growth: it was open to anyone before.
            if (@new is not null && (old is null || (!old.IsOpen && @new.IsOpen)))
            {
                gained.Add($"service {name}: {@new.Access}" + (old is not null ? $"; was {old.Access}" : string.Empty));
                grew = true;
            }
            else if (old is not null && (@new is null || old.Access != @new.Access))
            {
                lost.Add($"service {name}: {old.Access}" + (@new is not null ? $"; now {@new.Access}" : string.Empty));
            }
        }

        return grew;
    }

    // A report names each microflow and service once per role; in a hand-edited one that names one twice, the first
    // counts, as for user roles and entities.
    private static Dictionary<string, T> FirstOfEachName<T>(IEnumerable<T> items, Func<T, string> name)
    {
        var byName = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            byName.TryAdd(name(item), item);
        }

        return byName;
    }

    /// <summary>
    /// The reached actions of <paramref name="more"/> whose data <paramref name="less"/> does not reach: compared without
    /// their call chains, so that a renamed or inserted sub-microflow that performs the same action is no growth.
    /// </summary>
    private static List<string> ReachedBeyond(string[] more, string[] less)
    {
        var reached = new HashSet<string>(less.Select(ReachedAction.WhatIsReached), StringComparer.Ordinal);
        return more.Where(reach => !reached.Contains(ReachedAction.WhatIsReached(reach))).ToList();
    }

    /// <summary>Lists the changes of one role's entities; true when its reach grew.</summary>
    private static bool Compare(ReportEntity[] before, ReportEntity[] after, List<string> gained, List<string> lost)
    {
        var grew = false;
        foreach (var name in before.Select(e => e.Entity).Union(after.Select(e => e.Entity)).OrderBy(n => n, StringComparer.Ordinal))
        {
            var old = Reach.Of(before.FirstOrDefault(e => e.Entity == name));
            var @new = Reach.Of(after.FirstOrDefault(e => e.Entity == name));
            grew |= Describe(name, @new, old, gained);
            Describe(name, old, @new, lost);
            if (@new.Widest > old.Widest && old.Any)
            {
                gained.Add($"{name}: now on {Scope(@new.Widest)}, was {Scope(old.Widest)}");
                grew = true;
            }
            else if (@new.Widest < old.Widest && @new.Any)
            {
                lost.Add($"{name}: now on {Scope(@new.Widest)}, was {Scope(old.Widest)}");
            }
            else if (old.Any && @new.Any)
            {
                // The same widest grant can hide a right that moved to it: read of a member once on own objects only.
                grew |= Rescoped(name, @new, old, wider: true, gained);
                Rescoped(name, @new, old, wider: false, lost);
            }
        }

        return grew;
    }

    /// <summary>What <paramref name="more"/> has that <paramref name="less"/> has not; true when there is any.</summary>
    private static bool Describe(string entity, Reach more, Reach less, List<string> into)
    {
        var parts = new List<string>();
        if (more.Any && !less.Any)
        {
            parts.Add("reachable");
        }

        if (more.Create && !less.Create)
        {
            parts.Add("create");
        }

        if (more.Delete > NoRight && less.Delete == NoRight)
        {
            parts.Add("delete");
        }

        if (more.Read.Keys.Except(less.Read.Keys).ToList() is { Count: > 0 } read)
        {
            parts.Add("read " + string.Join(", ", read));
        }

        if (more.Write.Keys.Except(less.Write.Keys).ToList() is { Count: > 0 } write)
        {
            parts.Add("write " + string.Join(", ", write));
        }

        return Add(entity, parts, into);
    }

    /// <summary>
    /// The rights both reaches have, on wider objects <paramref name="after"/> than before when <paramref name="wider"/>,
    /// else on narrower; true when there is any.
    /// </summary>
    private static bool Rescoped(string entity, Reach after, Reach before, bool wider, List<string> into)
    {
        var parts = new List<string>();
        void Moved(string right, int now, int was)
        {
            if (now > NoRight && was > NoRight && (wider ? now > was : now < was))
            {
                parts.Add($"{right} now on {Scope(now)}, was {Scope(was)}");
            }
        }

        Moved("delete", after.Delete, before.Delete);
        foreach (var (member, scope) in after.Read)
        {
            Moved("read " + member, scope, before.Read.TryGetValue(member, out var was) ? was : NoRight);
        }

        foreach (var (member, scope) in after.Write)
        {
            Moved("write " + member, scope, before.Write.TryGetValue(member, out var was) ? was : NoRight);
        }

        return Add(entity, parts, into);
    }

    private static bool Add(string entity, List<string> parts, List<string> into)
    {
        if (parts.Count > 0)
        {
            into.Add($"{entity}: {string.Join("; ", parts)}");
        }

        return parts.Count > 0;
    }

    private const int NoRight = -1;

    private static string Scope(int widest) => widest switch { 2 => "every object", 1 => "constrained objects", _ => "own objects" };

    public string ToMarkdown(string heading = "Access diff")
    {
        var text = new StringBuilder($"# {heading}\n\n");
        if (UserRoles.Length == 0)
        {
            text.Append("No user role gained or lost access.\n");
        }

        foreach (var role in UserRoles)
        {
            text.Append($"## {role.Name}{(role.Anonymous ? " (anonymous)" : string.Empty)}\n\n");
            foreach (var line in role.Gained)
            {
                text.Append($"- gained: {line}\n");
            }

            foreach (var line in role.Lost)
            {
                text.Append($"- lost: {line}\n");
            }

            text.Append('\n');
        }

        text.Append(AnonymousAccessGrew ? "Anonymous access grew.\n" : "Anonymous access did not grow.\n");
        return text.ToString();
    }

    public string ToJson() => JsonSerializer.Serialize(this, ReportFormats.Json) + "\n";

    /// <summary>
    /// One role's reach on one entity, every grant combined: each right with the widest scope it has (0 own objects,
    /// 1 constrained, 2 every object; create, which no constraint limits, without one), and the widest of all.
    /// </summary>
    private readonly record struct Reach(bool Any, bool Create, int Delete, Dictionary<string, int> Read, Dictionary<string, int> Write, int Widest)
    {
        // An entity without grants, which only a hand-edited report holds, reaches nothing.
        public static Reach Of(ReportEntity? entity) => entity is null || entity.Grants.Length == 0
            ? new Reach(false, false, NoRight, [], [], NoRight)
            : new Reach(
                true,
                entity.Grants.Any(g => g.Create),
                entity.Grants.Where(g => g.Delete).Select(Width).DefaultIfEmpty(NoRight).Max(),
                WidestPerMember(entity.Grants.SelectMany(g => g.Read.Select(member => (member, Width(g))))),
                WidestPerMember(entity.Grants.SelectMany(g => g.Write.Select(member => (member, Width(g))))),
                entity.Grants.Max(Width));

        private static int Width(ReportGrant grant) => grant.Scope switch { "none" => 2, "constrained" => 1, _ => 0 };

        private static Dictionary<string, int> WidestPerMember(IEnumerable<(string Member, int Width)> rights) =>
            rights.GroupBy(right => right.Member, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.Max(right => right.Width), StringComparer.Ordinal);
    }
}

internal sealed record RoleChanges(string Name, bool Anonymous, string[] Gained, string[] Lost);
