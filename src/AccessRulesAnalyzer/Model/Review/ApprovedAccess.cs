using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AccessRulesAnalyzer.XPath;
using Microsoft.CodeAnalysis.Text;

namespace AccessRulesAnalyzer.Model;

/// <summary>
/// The canonical text of anonymous grants, one line each, sorted: what an approved-access file holds and what the
/// command-line tool's baseline writes. <c>Shop.CartLine | [System.owner='[%CurrentUser%]'] | user | create; read Note, Quantity; write Quantity</c>.
/// </summary>
internal static class ApprovedAccess
{
    /// <summary>The file beside the project that the package's build props pass to the analyzer as an AdditionalFile.</summary>
    public const string FileName = "AnonymousAccess.approved.txt";

    /// <summary><paramref name="path"/> names the approved-access file (in any folder, the name in any case).</summary>
    public static bool IsFile(string? path) =>
        path is not null && string.Equals(System.IO.Path.GetFileName(path), FileName, System.StringComparison.OrdinalIgnoreCase);

    public const string Separator = " | ";

    /// <summary>The constraint field of a grant without one: every object.</summary>
    public const string EveryObject = "*";

    public static string Line(string entity, Grant grant)
    {
        var rights = new List<string>();
        if (grant.Create)
        {
            rights.Add("create");
        }

        if (grant.Delete)
        {
            rights.Add("delete");
        }

        if (!grant.Read.IsEmpty)
        {
            rights.Add("read " + string.Join(", ", grant.Read));
        }

        if (!grant.Write.IsEmpty)
        {
            rights.Add("write " + string.Join(", ", grant.Write));
        }

        return string.Join(Separator, entity, grant.Constraint is { } constraint ? XPathText.OnOneLine(constraint) : EveryObject, ScopeName(grant.Scope), string.Join("; ", rights));
    }

    /// <summary>Every grant of the anonymous user role, one line each, in ordinal order; empty without anonymous users.</summary>
    public static IEnumerable<string> Lines(IEnumerable<UserRoleAccess> roles) =>
        roles.Where(role => role.IsAnonymous)
            .SelectMany(role => role.Entities.SelectMany(entity => entity.Grants.Select(grant => Line(entity.Entity.QualifiedName, grant))))
            .OrderBy(line => line, StringComparer.Ordinal);

    /// <summary>What anonymous visitors can reach now, in canonical lines: the anonymous user role's grants, its microflows and the open services.</summary>
    public static ImmutableHashSet<string> GrantedLines(SecurityModel model) =>
        (model.AnonymousUserRole is { } anonymous
            ? model.AppEntities.SelectMany(entity => UserRoleAccess.GrantsOn(anonymous, entity).Select(grant => Line(entity.QualifiedName, grant)))
            : Enumerable.Empty<string>())
        .Concat(DocumentLines(model))
        .ToImmutableHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The lines of the documents anonymous visitors reach: each anonymous-callable microflow with what it reaches
    /// without entity access, and each open published service. <c>microflow Shop.ACT_Find | anonymous-callable | reaches ...</c>.
    /// </summary>
    public static IEnumerable<string> DocumentLines(SecurityModel model)
    {
        if (model.Types.Microflow is null)
        {
            return Enumerable.Empty<string>();
        }

        var documents = model.Documents;
        return documents.AnonymousCallable().Select(callable => MicroflowLine(callable.Flow, documents.UnguardedReach(callable.Flow)))
            .Concat(documents.Services.Select(service => documents.WhyOpen(service) is { } why ? ServiceLine(service, why) : null).OfType<string>())
            .OrderBy(line => line, StringComparer.Ordinal);
    }

    public static string MicroflowLine(Flow flow, ImmutableArray<ReachedAction> reach) =>
        string.Join(Separator, MicroflowPrefix + flow.QualifiedName, AnonymousCallable, reach.IsEmpty ? NoReach : "reaches " + string.Join("; ", reach.Select(action => action.ToString())));

    public static string ServiceLine(PublishedService service, string whyOpen) =>
        string.Join(Separator, ServicePrefix + service.QualifiedName, Open, whyOpen);

    private const string MicroflowPrefix = "microflow ";
    private const string ServicePrefix = "service ";
    private const string AnonymousCallable = "anonymous-callable";
    private const string Open = "open";
    private const string NoReach = "reaches no data without entity access";
    private const char ByteOrderMark = '\uFEFF';

    public static string ScopeName(GrantScope scope) => scope switch
    {
        GrantScope.User => "user",
        GrantScope.Constrained => "constrained",
        _ => "none",
    };

    /// <summary>The approved lines of a file, with their spans, and what does not parse, with its position.</summary>
    public static ApprovedAccessFile Parse(string path, SourceText text)
    {
        var entries = ImmutableArray.CreateBuilder<(string Line, TextSpan Span)>();
        var errors = ImmutableArray.CreateBuilder<(TextSpan Span, string Message)>();
        foreach (var textLine in text.Lines)
        {
            var line = textLine.ToString();
            // The compiler leaves the byte order mark at the start of a file saved as UTF-16 (as Windows PowerShell 5
            // writes a redirected output), where it would hide the first line's '#' or entity.
            var trimmed = line.TrimStart(ByteOrderMark).Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith("#", StringComparison.Ordinal))
            {
                continue;
            }

            var start = textLine.Start + line.IndexOf(trimmed, StringComparison.Ordinal);
            if (Error(trimmed) is { } error)
            {
                errors.Add((new TextSpan(start + error.Column, Math.Max(1, trimmed.Length - error.Column)), $"line {textLine.LineNumber + 1}, column {error.Column + 1 + (start - textLine.Start)}: {error.Message}"));
            }
            else
            {
                entries.Add((trimmed, new TextSpan(start, trimmed.Length)));
            }
        }

        return new ApprovedAccessFile(path, entries.ToImmutable(), errors.ToImmutable());
    }

    /// <summary>
    /// Module.Name, both written: how the file names an entity, a microflow or a service. The name after the module may
    /// hold dots too, since the model takes a <c>Name</c> as written and the baseline writes it so.
    /// </summary>
    private static bool IsQualifiedName(string name) => name.IndexOf('.') is var dot && dot > 0 && dot < name.Length - 1;

    /// <summary>What is wrong with a line, and where (its column), or null when it is in canonical form.</summary>
    private static (int Column, string Message)? Error(string line)
    {
        var fields = line.Split(new[] { Separator }, StringSplitOptions.None);
        if (line.StartsWith(MicroflowPrefix, StringComparison.Ordinal) || line.StartsWith(ServicePrefix, StringComparison.Ordinal))
        {
            // What a microflow reaches may quote a retrieve's constraint, and so the separator: all after the second field.
            if (fields.Length > 3)
            {
                fields = new[] { fields[0], fields[1], string.Join(Separator, fields, 2, fields.Length - 2) };
            }

            var microflow = line.StartsWith(MicroflowPrefix, StringComparison.Ordinal);
            var expected = microflow ? AnonymousCallable : Open;
            var prefix = microflow ? MicroflowPrefix : ServicePrefix;
            // "service | open | why" leaves the first field shorter than the prefix.
            var document = fields[0].Length > prefix.Length ? fields[0].Substring(prefix.Length) : string.Empty;
            return fields.Length != 3 ? (0, $"expected '{(microflow ? "microflow Module.Name | " + AnonymousCallable + " | reach" : "service Module.Name | " + Open + " | why")}', three fields separated by '{Separator.Trim()}'; found {fields.Length}")
                : !IsQualifiedName(document) ? (document.Length == 0 ? 0 : prefix.Length, $"'{document}' is not a qualified {prefix.Trim()} name (Module.Name)")
                : fields[1] != expected ? (fields[0].Length + Separator.Length, $"the second field must be '{expected}', not '{fields[1]}'")
                : null;
        }

        // A constraint may hold the separator in a string ([Topic = 'Billing | Payments']): the entity is the first
        // field, the scope and the rights the last two, which never hold it, and the constraint all between.
        if (fields.Length > 4)
        {
            fields = new[] { fields[0], string.Join(Separator, fields, 1, fields.Length - 3), fields[fields.Length - 2], fields[fields.Length - 1] };
        }

        if (fields.Length != 4)
        {
            return (0, $"expected 'entity | constraint | scope | rights', four fields separated by '{Separator.Trim()}'; found {fields.Length}");
        }

        var column = fields[0].Length + fields[1].Length + (2 * Separator.Length);
        if (!IsQualifiedName(fields[0]))
        {
            return (0, $"'{fields[0]}' is not a qualified entity name (Module.Entity)");
        }

        if (fields[1] != EveryObject && !fields[1].StartsWith("[", StringComparison.Ordinal))
        {
            return (fields[0].Length + Separator.Length, $"the constraint must be an XPath in brackets or '{EveryObject}' for every object, not '{fields[1]}'");
        }

        if (fields[2] is not ("user" or "constrained" or "none"))
        {
            return (column, $"the scope must be user, constrained or none, not '{fields[2]}'");
        }

        column += fields[2].Length + Separator.Length;
        foreach (var right in fields[3].Split(new[] { "; " }, StringSplitOptions.None))
        {
            if (right is not ("create" or "delete") && !right.StartsWith("read ", StringComparison.Ordinal) && !right.StartsWith("write ", StringComparison.Ordinal))
            {
                return (column, $"'{right}' is not a right: create, delete, read Member, ... or write Member, ...");
            }

            column += right.Length + 2;
        }

        return null;
    }
}

/// <summary>An approved-access file, parsed.</summary>
internal sealed class ApprovedAccessFile
{
    public ApprovedAccessFile(string path, ImmutableArray<(string Line, TextSpan Span)> entries, ImmutableArray<(TextSpan Span, string Message)> errors)
    {
        Path = path;
        Entries = entries;
        Errors = errors;
        Lines = entries.Select(entry => entry.Line).ToImmutableHashSet(StringComparer.Ordinal);
    }

    public string Path { get; }

    public ImmutableArray<(string Line, TextSpan Span)> Entries { get; }

    public ImmutableArray<(TextSpan Span, string Message)> Errors { get; }

    public ImmutableHashSet<string> Lines { get; }
}
