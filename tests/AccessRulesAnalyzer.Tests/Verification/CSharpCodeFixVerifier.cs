using System.Linq;
using System.Threading.Tasks;
using AccessRulesAnalyzer.Checks;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace AccessRulesAnalyzer.Tests.Verification;

/// <summary>
/// Verifies a fix on Microsoft.CodeAnalysis.Testing: the diagnostics before, the text after fixing one diagnostic at
/// a time and after Fix All in document, project and solution, and nothing left that the fix should have fixed.
/// </summary>
internal static class CSharpCodeFixVerifier<TCheck, TCodeFix>
    where TCheck : SecurityCheck, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static DiagnosticResult Diagnostic(string id) => CSharpAnalyzerVerifier<TCheck>.Diagnostic(id);

    public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected) =>
        CSharpAnalyzerVerifier<TCheck>.VerifyAnalyzerAsync(source, expected);

    public static Task VerifyCodeFixAsync(string source, string fixedSource) =>
        VerifyCodeFixAsync(new[] { source }, [], new[] { fixedSource });

    /// <summary>The diagnostics marked in <paramref name="source"/> are reported, and the fix is offered on none of them.</summary>
    public static Task VerifyNoFixOfferedAsync(string source) => VerifyCodeFixAsync(source, source);

    public static Task VerifyCodeFixAsync(string source, DiagnosticResult expected, string fixedSource) =>
        VerifyCodeFixAsync(new[] { source }, new[] { expected }, new[] { fixedSource });

    public static Task VerifyCodeFixAsync(string source, DiagnosticResult[] expected, string fixedSource) =>
        VerifyCodeFixAsync(new[] { source }, expected, new[] { fixedSource });

    /// <summary>A fix that edits an additional file: the source stays as it is, <paramref name="additionalFile"/> becomes <paramref name="fixedAdditionalFile"/>.</summary>
    public static async Task VerifyCodeFixAsync(string source, (string Name, string Text) additionalFile, string fixedAdditionalFile, params DiagnosticResult[] expected)
    {
        var test = new SecurityCodeFixTest<TCheck, TCodeFix> { TestCode = source };
        test.TestState.AdditionalFiles.Add(additionalFile);
        test.FixedState.Sources.Add(("/0/Test0.cs", SourceText.From(Unmarked(source))));
        test.FixedState.AdditionalFiles.Add((additionalFile.Name, fixedAdditionalFile));
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    private static string Unmarked(string markup)
    {
        TestFileMarkupParser.GetSpans(markup, out string source, out System.Collections.Immutable.ImmutableDictionary<string, System.Collections.Immutable.ImmutableArray<TextSpan>> _);
        return source;
    }

    public static async Task VerifyCodeFixAsync(string[] sources, DiagnosticResult[] expected, string[] fixedSources)
    {
        var test = new SecurityCodeFixTest<TCheck, TCodeFix>();
        test.TestState.Sources.AddRange(sources.Select((source, i) => ($"Test{i}.cs", SourceText.From(source))));
        test.FixedState.Sources.AddRange(fixedSources.Select((source, i) => ($"Test{i}.cs", SourceText.From(source))));
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }
}
