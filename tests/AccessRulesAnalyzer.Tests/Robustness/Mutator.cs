using System;
using System.Linq;
using System.Text;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AccessRulesAnalyzer.Tests.Robustness;

/// <summary>Random edits of the kinds a user makes mid-typing, and worse: each returns a new source text.</summary>
internal sealed class Mutator
{
    private static readonly string[] s_unicode = { "\u00e9", "\u202e", "\u0301", "\ud83d\ude00", "\ud800", "\u0000", "\ufeff", "\u4e2d" };
    private static readonly string[] s_replacements = { "null", "42", "true", "\"\"", "\" \"", "(MemberAccess)7", "new string[] { null }", "[]", "nameof(Missing)", "default" };
    private readonly Random _random;

    public Mutator(int seed) => _random = new Random(seed);

    public string Mutate(string source)
    {
        var tokens = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantTokens().Where(t => t.Span.Length > 0).ToList();
        if (tokens.Count == 0)
        {
            return source;
        }

        var token = tokens[_random.Next(tokens.Count)];
        var literals = tokens.Where(t => t.IsKind(SyntaxKind.StringLiteralToken)).ToList();
        switch (_random.Next(9))
        {
            case 0:
                return Replace(source, token, string.Empty);
            case 1:
                return Replace(source, token, token.Text + " " + token.Text);
            case 2:
                return source.Substring(0, _random.Next(source.Length));
            case 3:
                return Replace(source, Pick(literals) ?? token, s_replacements[_random.Next(s_replacements.Length)]);
            case 4:
                return Replace(source, Pick(literals) ?? token, "\"" + HugeXPath() + "\"");
            case 5:
                return source.Insert(_random.Next(source.Length), s_unicode[_random.Next(s_unicode.Length)]);
            case 6:
                return DuplicateAttributeLine(source);
            case 7:
                return Replace(source, token, "\"" + token.Text.Replace("\"", string.Empty) + "\"");
            default:
                return Mutate(Mutate(source));
        }
    }

    private SyntaxToken? Pick(System.Collections.Generic.List<SyntaxToken> tokens) => tokens.Count == 0 ? null : tokens[_random.Next(tokens.Count)];

    private static string Replace(string source, SyntaxToken? token, string text) =>
        token is { } t ? source.Substring(0, t.SpanStart) + text + source.Substring(t.Span.End) : source;

    private string HugeXPath() => _random.Next(4) switch
    {
        0 => "[" + new string('(', 5_000) + "a = 1" + new string(')', 5_000) + "]",
        1 => "[" + string.Concat(Enumerable.Repeat("a[", 3_000)) + "b" + new string(']', 3_001),
        2 => "[" + string.Join(" or ", Enumerable.Repeat("System.owner = '[%CurrentUser%]'", 20_000)) + "]",
        _ => new StringBuilder().Append('[', 10_000).ToString(),
    };

    private string DuplicateAttributeLine(string source)
    {
        var lines = source.Split('\n').ToList();
        var attributeLines = Enumerable.Range(0, lines.Count).Where(i => lines[i].TrimStart().StartsWith('[')).ToList();
        if (attributeLines.Count == 0)
        {
            return source;
        }

        var index = attributeLines[_random.Next(attributeLines.Count)];
        lines.Insert(index, lines[index]);
        return string.Join('\n', lines);
    }
}
