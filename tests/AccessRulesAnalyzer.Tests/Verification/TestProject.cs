using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using AccessRules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AccessRulesAnalyzer.Tests.Verification;

/// <summary>One test project in an <see cref="AdhocWorkspace"/>, referencing the running runtime's assemblies and the annotations.</summary>
internal static class TestProject
{
    // The running runtime's own assemblies (never downloaded reference packs), and the annotations under test.
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(() =>
        AccessRulesAnalyzer.Tool.RuntimeAssemblies.Paths()
            .Append(typeof(EntityAttribute).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray());

    public static ImmutableArray<MetadataReference> References => s_references.Value;

    public static string FileName(int index) => $"Test{index}.cs";

    /// <summary>A project with one document per source, every given diagnostic on.</summary>
    public static Project Create(IReadOnlyList<string> sources, IEnumerable<DiagnosticDescriptor> descriptors, IEnumerable<MetadataReference>? libraries = null)
    {
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
            // Rules off by default are turned on at their default severity; the others keep theirs.
            .WithSpecificDiagnosticOptions(OffByDefaultTurnedOn(descriptors));
        var solution = workspace.CurrentSolution
            .AddProject(ProjectInfo.Create(projectId, VersionStamp.Create(), "TestProject", "TestProject", LanguageNames.CSharp,
                compilationOptions: options,
                parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
                metadataReferences: References.AddRange(libraries ?? Enumerable.Empty<MetadataReference>())));
        for (var i = 0; i < sources.Count; i++)
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId), FileName(i), SourceText.From(sources[i]), filePath: FileName(i));
        }

        return solution.GetProject(projectId)!;
    }

    /// <summary>A compilation of one source as the tests compile it, for tests that ask the model directly.</summary>
    public static CSharpCompilation Compilation(string source, params MetadataReference[] libraries) =>
        CSharpCompilation.Create(
            "App",
            new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest)) },
            References.AddRange(libraries),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>A module library compiled from <paramref name="source"/>, referenced as metadata the way an app references a built project or package.</summary>
    public static MetadataReference Library(string name, string source)
    {
        var compilation = CSharpCompilation.Create(
            name,
            new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest)) },
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, "The module library does not compile:\n" + string.Join("\n", result.Diagnostics));
        return MetadataReference.CreateFromImage(stream.ToArray());
    }

    public static async System.Threading.Tasks.Task AssertCompilesAsync(Project project, string state)
    {
        var compilation = (await project.GetCompilationAsync())!;
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, $"The {state} source does not compile:\n" + string.Join("\n", errors));
    }

    /// <summary>Rules off by default, turned on at their default severity, as a user who enables them does.</summary>
    public static IEnumerable<KeyValuePair<string, ReportDiagnostic>> OffByDefaultTurnedOn(IEnumerable<DiagnosticDescriptor> descriptors) =>
        descriptors.Where(d => !d.IsEnabledByDefault).GroupBy(d => d.Id).Select(g => new KeyValuePair<string, ReportDiagnostic>(g.Key, ReportFor(g.First().DefaultSeverity)));

    private static ReportDiagnostic ReportFor(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => ReportDiagnostic.Error,
        DiagnosticSeverity.Warning => ReportDiagnostic.Warn,
        DiagnosticSeverity.Info => ReportDiagnostic.Info,
        _ => ReportDiagnostic.Hidden,
    };
}
