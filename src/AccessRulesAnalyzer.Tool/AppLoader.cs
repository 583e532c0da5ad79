using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.Build.Locator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.MSBuild;

namespace AccessRulesAnalyzer.Tool;

/// <summary>A mistake in what the user gave the tool: one line on stderr and exit code 2, never a stack trace.</summary>
internal sealed class InputException(string message) : Exception(message)
{
    /// <summary>The first line of <paramref name="message"/>: a mistake is said in one line, and messages of the runtime or MSBuild may run on.</summary>
    public static string FirstLine(string message) => message.Split('\n')[0].Trim();
}

/// <summary>An app's security model and the analyzer's findings, loaded from a project or a built assembly.</summary>
internal sealed class LoadedApp
{
    public LoadedApp(string input, SecurityModel model, ImmutableArray<Diagnostic> findings, ImmutableArray<Diagnostic> errors = default)
    {
        Input = input;
        Model = model;
        Findings = findings;
        Errors = errors.IsDefault ? ImmutableArray<Diagnostic>.Empty : errors;
    }

    /// <summary>The compiler's and the model's errors of an app reported with --allow-errors; empty otherwise.</summary>
    public ImmutableArray<Diagnostic> Errors { get; }

    /// <summary>The path the user gave.</summary>
    public string Input { get; }

    /// <summary>The solution the app was loaded from; null for a project or assembly given alone.</summary>
    public string? Solution { get; init; }

    public SecurityModel Model { get; }

    /// <summary>The analyzer's diagnostics; none for a built assembly, whose source is not at hand.</summary>
    public ImmutableArray<Diagnostic> Findings { get; }

    /// <summary>Read from a built assembly: the analyzer's findings were not computed, for want of source.</summary>
    public bool FromBuiltAssembly { get; init; }
}

internal static class AppLoader
{
    private const string AnnotationsAssembly = "AccessRules.Annotations";

    /// <summary>
    /// Loads the apps <paramref name="input"/> names: a .csproj or a built assembly (one app), a .sln or .slnx (each
    /// app in it: every project that references the package and that no other such project references, since an
    /// app's module libraries are read as part of it), or a folder (the one project or solution in it). A project
    /// that does not compile, or whose model has consistency errors, is bad input unless <paramref name="errors"/> allows it.
    /// </summary>
    public static async Task<IReadOnlyList<LoadedApp>> LoadAsync(string input, ToolProgress progress, ErrorHandling errors, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(input);
        if (Directory.Exists(path))
        {
            path = InFolder(input, path);
        }
        else if (!File.Exists(path))
        {
            throw new InputException($"no such file or folder: {input}");
        }

        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".csproj" => [await FromProjectAsync(input, path, progress, errors, solution: null, cancellationToken)],
            ".sln" or ".slnx" => await FromSolutionAsync(input, path, progress, errors, cancellationToken),
            ".dll" or ".exe" => [FromAssembly(input, path)],
            _ => throw new InputException($"{input} is neither a C# project (.csproj), a solution (.sln, .slnx), a folder nor an assembly (.dll)"),
        };
    }

    /// <summary>The one project, or else the one solution, in <paramref name="folder"/>.</summary>
    private static string InFolder(string input, string folder)
    {
        var projects = Directory.GetFiles(folder, "*.csproj");
        // Not "*.sln": on Windows that pattern also matches .slnx, which would count a solution twice.
        var solutions = Directory.GetFiles(folder, "*.sln*").Where(file => Path.GetExtension(file).ToLowerInvariant() is ".sln" or ".slnx").ToArray();
        return (projects.Length, solutions.Length) switch
        {
            (1, _) => projects[0],
            (0, 1) => solutions[0],
            (0, 0) => throw new InputException($"{input} holds no .csproj, .sln or .slnx"),
            _ => throw new InputException($"{input} holds several projects or solutions ({string.Join(", ", projects.Concat(solutions).Select(Path.GetFileName))}): name one"),
        };
    }

    private static async Task<IReadOnlyList<LoadedApp>> FromSolutionAsync(string input, string path, ToolProgress progress, ErrorHandling errors, CancellationToken cancellationToken)
    {
        RegisterMSBuild();
        progress.Step($"Restoring {input}");
        Restore(input, path);
        var apps = await AppsInSolutionAsync(path, cancellationToken);
        if (apps.Count == 0)
        {
            throw new InputException($"no project of {input} references the AccessRules annotations (the AccessRulesAnalyzer package)");
        }

        var loaded = new List<LoadedApp>();
        foreach (var app in apps)
        {
            loaded.Add(await FromProjectAsync(Path.GetRelativePath(Environment.CurrentDirectory, app), app, progress, errors, solution: path, cancellationToken));
        }

        return loaded;
    }

    /// <summary>The projects of the solution that reference the package and that no other of them references (those are module libraries of an app), in the solution's order.</summary>
    private static async Task<List<string>> AppsInSolutionAsync(string path, CancellationToken cancellationToken)
    {
        using var workspace = MSBuildWorkspace.Create();
        Solution solution;
        try
        {
            solution = await workspace.OpenSolutionAsync(path, cancellationToken: cancellationToken);
        }
        catch (Exception exception) when (exception is InvalidOperationException or IOException or ArgumentException)
        {
            throw new InputException($"{path} does not load: {InputException.FirstLine(exception.Message)}");
        }

        var annotated = solution.Projects
            .Where(project => project.FilePath is not null && project.MetadataReferences.OfType<PortableExecutableReference>()
                .Any(reference => Path.GetFileNameWithoutExtension(reference.FilePath) == AnnotationsAssembly))
            .ToList();
        var referenced = annotated.SelectMany(project => project.ProjectReferences)
            .Select(reference => solution.GetProject(reference.ProjectId)?.FilePath)
            .OfType<string>()
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        return annotated.Select(project => project.FilePath!)
            .Where(file => !referenced.Contains(file))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    private static void RegisterMSBuild()
    {
        // As dotnet-format does: MSBuild from the SDK that runs the tool, registered before any MSBuild type loads.
        if (!MSBuildLocator.IsRegistered)
        {
            MSBuildLocator.RegisterDefaults();
        }
    }

    private static async Task<LoadedApp> FromProjectAsync(string input, string path, ToolProgress progress, ErrorHandling handling, string? solution, CancellationToken cancellationToken)
    {
        RegisterMSBuild();

        // MSBuildWorkspace reads what restore wrote (obj/project.assets.json); without it no package, the
        // annotations included, would be referenced. A solution's projects are restored with it.
        if (solution is null)
        {
            progress.Step($"Restoring {input}");
            Restore(input, path);
        }

        progress.Step($"Loading {input}");
        var (compilation, failure) = await CompileAsync(path, cancellationToken);
        if (compilation is null)
        {
            throw new InputException($"{input} does not load: {failure}");
        }

        var model = SecurityModel.For(compilation) ?? throw new InputException($"{input} does not reference the AccessRules annotations (the AccessRulesAnalyzer package)");
        progress.Step("Analyzing");
        var findings = await compilation.WithAnalyzers(SecurityModelAnalyzer.Package()).GetAnalyzerDiagnosticsAsync(cancellationToken);

        // Not reported as if it were fine: the compiler's errors, and the model's consistency errors (a red flag is a finding, not a broken model).
        var errors = compilation.GetDiagnostics(cancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error)
            .Concat(findings.Where(d => d.Severity == DiagnosticSeverity.Error && d.Descriptor.Category != RuleCategories.Security))
            .ToImmutableArray();
        if (!errors.IsEmpty && !handling.Allow)
        {
            throw new InputException(
                $"{input} has {errors.Length} error{(errors.Length == 1 ? string.Empty : "s")}, first: {InputException.FirstLine(errors[0].ToString())}; {handling.Remedy}");
        }

        return new LoadedApp(path, model, findings, errors) { Solution = solution };
    }

    private static void Restore(string input, string path)
    {
        var start = new System.Diagnostics.ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "restore", path, "-v", "quiet", "-nologo" })
        {
            start.ArgumentList.Add(argument);
        }

        using var restore = System.Diagnostics.Process.Start(start) ?? throw new InputException("dotnet restore did not start");
        var errors = restore.StandardError.ReadToEndAsync();
        var output = restore.StandardOutput.ReadToEnd();
        restore.WaitForExit();
        if (restore.ExitCode != 0)
        {
            var first = (output + "\n" + errors.Result).Split('\n').Select(line => line.Trim()).FirstOrDefault(line => line.Contains("error", StringComparison.OrdinalIgnoreCase)) ?? "dotnet restore failed";
            throw new InputException($"{input} does not restore: {first}");
        }
    }

    // Kept apart so that no MSBuild type is touched before the locator has registered.
    private static async Task<(Compilation? Compilation, string Failure)> CompileAsync(string path, CancellationToken cancellationToken)
    {
        using var workspace = MSBuildWorkspace.Create();
        var failures = new List<string>();
        workspace.RegisterWorkspaceFailedHandler(args =>
        {
            if (args.Diagnostic.Kind == WorkspaceDiagnosticKind.Failure)
            {
                failures.Add(args.Diagnostic.Message);
            }
        });
        Project project;
        try
        {
            project = await workspace.OpenProjectAsync(path, cancellationToken: cancellationToken);
        }
        catch (Exception exception) when (exception is InvalidOperationException or IOException or ArgumentException)
        {
            return (null, InputException.FirstLine(exception.Message));
        }

        var compilation = project.Language == LanguageNames.CSharp ? await project.GetCompilationAsync(cancellationToken) : null;
        return compilation is null || (failures.Count > 0 && !project.DocumentIds.Any())
            ? (null, failures.Count > 0 ? InputException.FirstLine(failures[0]) : "no C# compilation")
            : (compilation, string.Empty);
    }

    private static LoadedApp FromAssembly(string input, string path)
    {
        MetadataReference app;
        ImmutableArray<byte> image;
        try
        {
            // Read once: the compilation references the image, and its bodies' calls are read from it.
            image = ImmutableArray.Create(File.ReadAllBytes(path));
            app = MetadataReference.CreateFromImage(image, filePath: path);
        }
        catch (Exception exception) when (exception is IOException or BadImageFormatException or UnauthorizedAccessException)
        {
            throw new InputException($"{input} is not a .NET assembly: {InputException.FirstLine(exception.Message)}");
        }

        // Its references: the assemblies beside it (a build's output folder), the packages its deps.json names, and
        // the running runtime's, for the framework.
        var folder = Path.GetDirectoryName(path)!;
        var beside = Directory.GetFiles(folder, "*.dll").Where(file => !string.Equals(Path.GetFullPath(file), path, StringComparison.OrdinalIgnoreCase))
            .Concat(DependencyFolders.PackageAssemblies(path))
            .DistinctBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var runtime = RuntimeAssemblies.Paths();
        var besideNames = beside.Select(Path.GetFileName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var references = beside.Concat(runtime.Where(file => !besideNames.Contains(Path.GetFileName(file))))
            .Select(TryReference).OfType<MetadataReference>().Prepend(app);
        var compilation = CSharpCompilation.Create("accessrules-report", references: references, options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        if (compilation.GetAssemblyOrModuleSymbol(app) is not IAssemblySymbol assembly)
        {
            throw new InputException($"{input} is not a .NET assembly");
        }

        if (!assembly.Modules.Any(module => module.ReferencedAssemblies.Any(reference => reference.Name == AnnotationsAssembly)))
        {
            throw new InputException($"{input} does not reference the AccessRules annotations (the AccessRulesAnalyzer package)");
        }

        // Without source, the calls in the flows' bodies are read from the compiled bodies.
        var compiledCalls = new CompiledCalls(image, assembly, compilation);
        return new LoadedApp(input, SecurityModel.ForBuiltApp(compilation, assembly, compiledCalls.Of) ?? throw new InputException($"AccessRules.Annotations.dll is neither beside {input} nor in the package folders its deps.json leads to: give the assembly in its build output folder, after a restore"), ImmutableArray<Diagnostic>.Empty)
        {
            FromBuiltAssembly = true,
        };
    }

    private static MetadataReference? TryReference(string file)
    {
        try
        {
            using var stream = File.OpenRead(file);
            using var reader = new System.Reflection.PortableExecutable.PEReader(stream);
            return reader.HasMetadata ? MetadataReference.CreateFromFile(file) : null;
        }
        catch (Exception exception) when (exception is IOException or BadImageFormatException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
