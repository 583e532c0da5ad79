using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AccessRulesAnalyzer.Driver;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace AccessRulesAnalyzer.Tests.Verification;

/// <summary>What every rule and fix test compiles against, set on the framework's tests in one place.</summary>
internal static class TestConfiguration
{
    /// <summary>
    /// No reference packs: the framework would download them at test time, which fails on a machine without the
    /// registry. The running runtime's assemblies and the annotations are referenced instead, as in the fuzz tests.
    /// </summary>
    private static readonly ReferenceAssemblies s_noPacks = new ReferenceAssemblies("net10.0").WithAssemblies(ImmutableArray<string>.Empty);

    public static void Apply<TTest>(TTest test)
        where TTest : AnalyzerTest<DefaultVerifier>
    {
        test.ReferenceAssemblies = s_noPacks;
        test.TestState.AdditionalReferences.AddRange(TestProject.References);
        // A rule that is also a suggestion has two descriptors of one ID: markup such as {|AR0008:...|} means the rule's, the first.
        test.MarkupOptions |= MarkupOptions.UseFirstDescriptor;
        // The framework compiles with nullable off and the default language version; the tests are written for ours.
        test.SolutionTransforms.Add((solution, projectId) =>
        {
            var project = solution.GetProject(projectId)!;
            var options = ((CSharpCompilationOptions)project.CompilationOptions!)
                .WithNullableContextOptions(NullableContextOptions.Enable)
                .WithSpecificDiagnosticOptions(project.CompilationOptions!.SpecificDiagnosticOptions.SetItems(TestProject.OffByDefaultTurnedOn(AllDescriptors)));
            return solution
                .WithProjectCompilationOptions(projectId, options)
                .WithProjectParseOptions(projectId, ((CSharpParseOptions)project.ParseOptions!).WithLanguageVersion(LanguageVersion.Latest));
        });
    }

    /// <summary>Every diagnostic the package reports.</summary>
    public static ImmutableArray<DiagnosticDescriptor> AllDescriptors { get; } = SecurityModelAnalyzer.Package().SelectMany(analyzer => analyzer.SupportedDiagnostics).ToImmutableArray();

    /// <summary>An expected diagnostic of one of the package's IDs, at its default severity.</summary>
    public static DiagnosticResult Expected(IEnumerable<DiagnosticDescriptor> descriptors, string id) =>
        new(descriptors.First(descriptor => descriptor.Id == id));
}
