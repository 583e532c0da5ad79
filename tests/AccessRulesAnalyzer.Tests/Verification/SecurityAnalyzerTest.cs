using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Driver;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace AccessRulesAnalyzer.Tests.Verification;

/// <summary>
/// The framework's analyzer test with one check of the package, then our layer: the diagnostics also come out of
/// the per-document requests the IDE makes, and no analyzer throws (<see cref="AnalyzerRunner"/>).
/// </summary>
internal sealed class SecurityAnalyzerTest<TCheck> : CSharpAnalyzerTest<SecurityModelAnalyzer, DefaultVerifier>
    where TCheck : SecurityCheck, new()
{
    private readonly FirstAnalysis _first = new();

    public SecurityAnalyzerTest() => TestConfiguration.Apply(this);

    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => [new SecurityModelAnalyzer(new TCheck())];

    protected override CompilationWithAnalyzers CreateCompilationWithAnalyzers(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, AnalyzerOptions options, CancellationToken cancellationToken) =>
        base.CreateCompilationWithAnalyzers(_first.Capture(compilation, analyzers, options), analyzers, options, cancellationToken);

    protected override async Task RunImplAsync(CancellationToken cancellationToken)
    {
        await base.RunImplAsync(cancellationToken);
        await _first.AssertHostsAgreeAsync();
    }
}

/// <summary>
/// The framework's code fix test (one by one, then Fix All in document, project and solution) with one check of the
/// package, then our layer: that of the analyzer test, every fix offered is titled as its rule page names it
/// (<see cref="FixTitles"/>), and the fixed code raises no new finding from any check of the package, not only the
/// one under test.
/// </summary>
internal sealed class SecurityCodeFixTest<TCheck, TCodeFix> : CSharpCodeFixTest<SecurityModelAnalyzer, TCodeFix, DefaultVerifier>
    where TCheck : SecurityCheck, new()
    where TCodeFix : CodeFixProvider, new()
{
    private readonly FirstAnalysis _first = new();

    public SecurityCodeFixTest() => TestConfiguration.Apply(this);

    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => [new SecurityModelAnalyzer(new TCheck())];

    protected override CompilationWithAnalyzers CreateCompilationWithAnalyzers(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, AnalyzerOptions options, CancellationToken cancellationToken) =>
        base.CreateCompilationWithAnalyzers(_first.Capture(compilation, analyzers, options), analyzers, options, cancellationToken);

    protected override CodeFixContext CreateCodeFixContext(Document document, TextSpan span, ImmutableArray<Diagnostic> diagnostics, Action<CodeAction, ImmutableArray<Diagnostic>> registerCodeFix, CancellationToken cancellationToken) =>
        base.CreateCodeFixContext(document, span, diagnostics, (action, fixes) =>
        {
            FixTitles.AssertDocumented(fixes[0].Id, action.Title);
            registerCodeFix(action, fixes);
        }, cancellationToken);

    protected override async Task RunImplAsync(CancellationToken cancellationToken)
    {
        await base.RunImplAsync(cancellationToken);
        await _first.AssertHostsAgreeAsync();

        await AnalyzerRunner.AssertNoNewDiagnosticOfOursAsync(WithoutMarkup(TestState.Sources), WithoutMarkup(FixedState.Sources));
    }

    private static List<string> WithoutMarkup(SourceFileList sources)
    {
        var texts = new List<string>();
        foreach (var (_, text) in sources)
        {
            TestFileMarkupParser.GetSpans(text.ToString(), out string source, out ImmutableDictionary<string, ImmutableArray<Microsoft.CodeAnalysis.Text.TextSpan>> _);
            texts.Add(source);
        }

        return texts;
    }
}

/// <summary>
/// The first compilation the framework analyzes, which is the test's own sources, to run our layer on once: the
/// framework analyzes many more (generated-code and suppression variants, every fix iteration).
/// </summary>
internal sealed class FirstAnalysis
{
    private (Compilation Compilation, ImmutableArray<DiagnosticAnalyzer> Analyzers, AnalyzerOptions Options)? _first;

    public Compilation Capture(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, AnalyzerOptions options)
    {
        _first ??= (compilation, analyzers, options);
        return compilation;
    }

    public async Task AssertHostsAgreeAsync()
    {
        if (_first is { } first)
        {
            await AnalyzerRunner.RunAsync(first.Compilation, first.Analyzers, first.Options);
        }
    }
}
