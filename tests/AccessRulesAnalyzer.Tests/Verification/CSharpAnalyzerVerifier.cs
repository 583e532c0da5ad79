using System.Linq;
using System.Threading.Tasks;
using AccessRulesAnalyzer.Checks;
using Microsoft.CodeAnalysis.Testing;

namespace AccessRulesAnalyzer.Tests.Verification;

/// <summary>Verifies one check's diagnostics against markup in the source and explicit expectations, on Microsoft.CodeAnalysis.Testing.</summary>
internal static class CSharpAnalyzerVerifier<TCheck>
    where TCheck : SecurityCheck, new()
{
    /// <summary>The check's rule, at its default severity (a rule that is also a suggestion: its warning).</summary>
    public static DiagnosticResult Diagnostic() => new(new TCheck().SupportedDiagnostics[0]);

    public static DiagnosticResult Diagnostic(string id) => TestConfiguration.Expected(new TCheck().SupportedDiagnostics, id);

    public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected) => VerifyAnalyzerAsync(new[] { source }, expected);

    public static async Task VerifyAnalyzerAsync(string[] sources, params DiagnosticResult[] expected)
    {
        var test = new SecurityAnalyzerTest<TCheck>();
        test.TestState.Sources.AddRange(sources.Select((source, i) => ($"Test{i}.cs", Microsoft.CodeAnalysis.Text.SourceText.From(source))));
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    /// <summary>Verifies a project with additional files (an approved-access file, say), markup in them included.</summary>
    public static async Task VerifyAnalyzerAsync(string source, (string Name, string Text)[] additionalFiles, params DiagnosticResult[] expected)
    {
        var test = new SecurityAnalyzerTest<TCheck> { TestCode = source };
        foreach (var (name, text) in additionalFiles)
        {
            test.TestState.AdditionalFiles.Add((name, text));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    /// <summary>Verifies an app that references a module library, given as source and referenced as metadata.</summary>
    public static async Task VerifyAnalyzerWithLibraryAsync(string librarySource, string appSource, params DiagnosticResult[] expected)
    {
        var test = new SecurityAnalyzerTest<TCheck> { TestCode = appSource };
        test.TestState.AdditionalReferences.Add(TestProject.Library("ShopModule", librarySource));
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }
}
