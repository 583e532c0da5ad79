using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.FixContracts;

/// <summary>
/// What AR0008 tells the "List the members" fix: the members <c>AllMembers</c> covers today, split into those to
/// add to <c>ReadWrite</c> and those to add to <c>Read</c>, as the model reads them, so the fix edits syntax only.
/// </summary>
internal static class MemberListFix
{
    private const string WriteKey = "Write";
    private const string ReadKey = "Read";

    /// <summary>
    /// Write stays with the members that can be written; calculated and auto-number members get Read, as under
    /// AllMembers itself. Members the rule already names stay where they are, and Except's stay out.
    /// </summary>
    public static ImmutableDictionary<string, string?> Listing(AccessRule rule)
    {
        var listed = rule.Read.Concat(rule.ReadWrite).Select(member => member.Value).ToImmutableHashSet();
        var covered = rule.Entity.GrantableMembers.Where(rule.AllMembersCover).ToList();
        var write = rule.AllMembers == MemberAccess.ReadWrite
            ? covered.Where(member => !member.IsComputed && !rule.ReadWrite.Any(element => element.Value == member.Name)).Select(member => member.Name).ToList()
            : new List<string>();
        var read = covered.Select(member => member.Name).Where(name => !listed.Contains(name) && !write.Contains(name)).ToList();
        return ImmutableDictionary<string, string?>.Empty.Add(WriteKey, string.Join(",", write)).Add(ReadKey, string.Join(",", read));
    }

    /// <summary>The members to add to ReadWrite and to Read; null when the diagnostic carries no listing.</summary>
    public static (IReadOnlyList<string> Write, IReadOnlyList<string> Read)? Of(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(WriteKey, out var write) && write is not null &&
        diagnostic.Properties.TryGetValue(ReadKey, out var read) && read is not null
            ? (Split(write), Split(read))
            : null;

    private static string[] Split(string names) => names.Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries);
}
