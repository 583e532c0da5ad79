using System.Text;

namespace AccessRulesAnalyzer.XPath;

/// <summary>A constraint as written, shown where a line must stay one line.</summary>
internal static class XPathText
{
    /// <summary>
    /// <paramref name="text"/> on one line, without white space at its ends: each line break, with the white space around
    /// it, becomes one space. A long constraint is often written over several lines; the approved-access file holds one
    /// grant a line, a markdown table one row a line, and a build prints a diagnostic's message as one line.
    /// </summary>
    public static string OnOneLine(string text)
    {
        var trimmed = text.Trim();
        if (!HasLineBreak(trimmed))
        {
            return trimmed;
        }

        var line = new StringBuilder(trimmed.Length);
        var i = 0;
        while (i < trimmed.Length)
        {
            if (!IsLineBreak(trimmed[i]))
            {
                line.Append(trimmed[i++]);
                continue;
            }

            while (line.Length > 0 && char.IsWhiteSpace(line[line.Length - 1]))
            {
                line.Length--;
            }

            while (i < trimmed.Length && char.IsWhiteSpace(trimmed[i]))
            {
                i++;
            }

            line.Append(' ');
        }

        return line.ToString();
    }

    // The breaks SourceText splits lines at, which is how the analyzer reads the approved-access file.
    private static bool IsLineBreak(char c) => c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029';

    private static bool HasLineBreak(string text)
    {
        foreach (var c in text)
        {
            if (IsLineBreak(c))
            {
                return true;
            }
        }

        return false;
    }
}
