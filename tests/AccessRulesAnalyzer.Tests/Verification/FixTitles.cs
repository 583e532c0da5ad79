using System;
using System.IO;
using System.Linq;

namespace AccessRulesAnalyzer.Tests.Verification;

/// <summary>
/// The lightbulb's text is the fix's name on its rule page: the "Code fix" row of the page's header table begins with
/// the title the fix registers. A title that names a setting (<c>Set StoreChangedBy = true</c>) may differ in that one
/// word from the page, which shows one example (<c>Set StoreOwner = true (or the member's flag)</c>).
/// </summary>
internal static class FixTitles
{
    public static void AssertDocumented(string id, string title)
    {
        var page = File.ReadAllText(Path.Combine(Repository.Root, "docs", "rules", id + ".md"));
        var cell = DocumentationTests.HeaderCell(page, "Code fix");
        if (title.Length > 0 && cell.StartsWith(title, StringComparison.Ordinal) && (cell.Length == title.Length || cell[title.Length] is ' ' or ','))
        {
            return;
        }

        var titleWords = title.Split(' ');
        var pageWords = cell.Split(' ').Take(titleWords.Length).ToArray();
        var differing = titleWords.Where((word, i) => i >= pageWords.Length || pageWords[i] != word).Count();
        if (titleWords.Length < 2 || pageWords.Length < titleWords.Length || differing > 1)
        {
            throw new Xunit.Sdk.XunitException($"The fix offered for {id} is titled '{title}', but docs/rules/{id}.md names it '{cell}'.");
        }
    }
}
