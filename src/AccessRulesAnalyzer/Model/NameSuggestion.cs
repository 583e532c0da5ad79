using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace AccessRulesAnalyzer.Model;

/// <summary>Did-you-mean: the one known name nearest to a misspelt one, by edit distance.</summary>
internal static class NameSuggestion
{
    /// <summary>The unique nearest candidate within a third of the name's length (at least 1, at most 3 edits); null when none or a tie.</summary>
    public static string? For(string name, IEnumerable<string> candidates)
    {
        var limit = Math.Min(3, Math.Max(1, name.Length / 3));
        string? best = null;
        var bestDistance = int.MaxValue;
        var tie = false;
        foreach (var candidate in candidates)
        {
            if (candidate == name)
            {
                continue;
            }

            var distance = string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase) ? 0 : Distance(name, candidate, limit);
            if (distance < bestDistance)
            {
                (best, bestDistance, tie) = (candidate, distance, false);
            }
            else if (distance == bestDistance && candidate != best)
            {
                tie = true;
            }
        }

        return bestDistance <= limit && !tie ? best : null;
    }

    /// <summary>
    /// The one candidate that is <paramref name="name"/> with the module written where it is needed or left out where it
    /// is not: <c>Shop.Order_Lines</c> for <c>Order_Lines</c> (associations are qualified), <c>Status</c> for
    /// <c>Shop.Status</c> (attributes are not); null when none or more than one. A missing module is too many edits
    /// away for <see cref="For"/>.
    /// </summary>
    public static string? ForModule(string name, IEnumerable<string> candidates)
    {
        string? found = null;
        foreach (var candidate in candidates)
        {
            var matches = candidate.Length > name.Length
                ? candidate[candidate.Length - name.Length - 1] == '.' && candidate.EndsWith(name, StringComparison.Ordinal)
                : name.Length > candidate.Length && candidate.IndexOf('.') < 0 &&
                  name[name.Length - candidate.Length - 1] == '.' && name.EndsWith(candidate, StringComparison.Ordinal);
            if (matches)
            {
                if (found is not null && found != candidate)
                {
                    return null;
                }

                found = candidate;
            }
        }

        return found;
    }

    /// <summary>The message suffix: "; did you mean 'X'?" or nothing.</summary>
    public static string Suffix(string? suggestion) => suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?";

    // Edit distance with a swap of two neighbouring letters as one edit (optimal string alignment: "Titel" is one edit
    // from "Title", the commonest slip of typing), giving up (returning limit + 1) once every path exceeds the limit.
    private static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        var beforePrevious = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = Same(a[i - 1], b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && Same(a[i - 1], b[j - 2]) && Same(a[i - 2], b[j - 1]))
                {
                    current[j] = Math.Min(current[j], beforePrevious[j - 2] + 1);
                }

                rowMinimum = Math.Min(rowMinimum, current[j]);
            }

            // A swap reaches back two rows, but never below the row between plus one: the early stop still holds.
            if (rowMinimum > limit)
            {
                return limit + 1;
            }

            (beforePrevious, previous, current) = (previous, current, beforePrevious);
        }

        return previous[b.Length];
    }

    private static bool Same(char x, char y) => char.ToLowerInvariant(x) == char.ToLowerInvariant(y);
}
