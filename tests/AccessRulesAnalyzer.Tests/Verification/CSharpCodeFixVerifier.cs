using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace AccessRulesAnalyzer.Tests.Verification;

/// <summary>
/// Verifies a fix on Microsoft.CodeAnalysis.Testing: the diagnostics before, the text after fixing one diagnostic at
/// a time and after Fix All in document, project and solution, and nothing left that the fix should have fixed.
/// </summary>
public static class CSharpCodeFixVerifier<TCheck, TCodeFix>
    where TCheck : SecurityCheck, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static DiagnosticResult Diagnostic(string id) => CSharpAnalyzerVerifier<TCheck>.Diagnostic(id);

    public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected) =>
        CSharpAnalyzerVerifier<TCheck>.VerifyAnalyzerAsync(source, expected);

    public static Task VerifyCodeFixAsync(string source, string fixedSource) =>
        VerifyCodeFixAsync(new[] { source }, [], new[] { fixedSource });

    public static Task VerifyCodeFixAsync(string source, DiagnosticResult expected, string fixedSource) =>
        VerifyCodeFixAsync(new[] { source }, new[] { expected }, new[] { fixedSource });

    public static Task VerifyCodeFixAsync(string source, DiagnosticResult[] expected, string fixedSource) =>
        VerifyCodeFixAsync(new[] { source }, expected, new[] { fixedSource });

    public static async Task VerifyCodeFixAsync(string[] sources, DiagnosticResult[] expected, string[] fixedSources)
    {
        var test = new SecurityCodeFixTest<TCheck, TCodeFix>();
        test.TestState.Sources.AddRange(sources.Select((source, i) => ($"Test{i}.cs", SourceText.From(source))));
        test.FixedState.Sources.AddRange(fixedSources.Select((source, i) => ($"Test{i}.cs", SourceText.From(source))));
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }
}
