using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AccessRulesAnalyzer.Tests.Verification;

/// <summary>Verifies one check's diagnostics against markup in the source and explicit expectations.</summary>
public static class CSharpAnalyzerVerifier<TCheck>
    where TCheck : SecurityCheck, new()
{
    public static DiagnosticResult Diagnostic() => new(new TCheck().SupportedDiagnostics.Single().Id);

    public static DiagnosticResult Diagnostic(string id) => new(id);

    public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected) => VerifyAnalyzerAsync(new[] { source }, expected);

    public static async Task VerifyAnalyzerAsync(string[] sources, params DiagnosticResult[] expected)
    {
        var state = TestState.Parse(sources);
        await RunAndCompareAsync(state, expected, "test");
    }

    /// <summary>Verifies an app that references a module library, given as source and referenced as metadata.</summary>
    public static async Task VerifyAnalyzerWithLibraryAsync(string librarySource, string appSource, params DiagnosticResult[] expected)
    {
        var library = TestProject.Library("ShopModule", librarySource);
        await RunAndCompareAsync(TestState.Parse(new[] { appSource }), expected, "app", new[] { library });
    }

    internal static async Task<Project> RunAndCompareAsync(TestState state, DiagnosticResult[] expected, string description, MetadataReference[]? libraries = null)
    {
        var analyzer = new SecurityModelAnalyzer(new TCheck());
        var project = TestProject.Create(state.Sources, analyzer.SupportedDiagnostics, libraries);
        await TestProject.AssertCompilesAsync(project, description);
        var actual = await AnalyzerRunner.RunAsync(project, ImmutableArray.Create<DiagnosticAnalyzer>(analyzer));
        DiagnosticComparer.AssertMatch(state, expected, actual, analyzer.SupportedDiagnostics);
        return project;
    }
}
