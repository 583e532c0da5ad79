using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AccessRulesAnalyzer.Benchmarks;

/// <summary>
/// Other analyzer packages, loaded from the folders the project records (<c>Peer:</c> assembly metadata): the SDK's
/// NetAnalyzers and the NuGet packages the project downloads. They run unwrapped, as a build runs them.
/// </summary>
internal static class PeerAnalyzers
{
    public static IReadOnlyList<MeasuredPackage> Load()
    {
        var packages = new List<MeasuredPackage>();
        foreach (var peer in typeof(PeerAnalyzers).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Where(a => a.Key.StartsWith("Peer:", StringComparison.Ordinal)))
        {
            var name = peer.Key["Peer:".Length..];
            if (!Directory.Exists(peer.Value))
            {
                Console.Error.WriteLine($"Peer {name} not found at {peer.Value}; left out.");
                continue;
            }

            var loader = new FolderLoader(peer.Value!);
            var analyzers = Directory.GetFiles(peer.Value!, "*.dll")
                .Where(path => !path.Contains("VisualBasic", StringComparison.Ordinal) && !path.Contains("CodeFixes", StringComparison.Ordinal) && !path.Contains("Workspaces", StringComparison.Ordinal))
                .SelectMany(path => new AnalyzerFileReference(path, loader).GetAnalyzers(LanguageNames.CSharp))
                .ToImmutableArray();
            if (analyzers.Length > 0)
            {
                packages.Add(new MeasuredPackage(name, analyzers));
            }
        }

        return packages;
    }

    /// <summary>Loads a package's assemblies into the default context, resolving their dependencies from its folder.</summary>
    private sealed class FolderLoader : IAnalyzerAssemblyLoader
    {
        public FolderLoader(string folder)
        {
            // Files and assembly names differ in some packages (Roslynator_Analyzers_Roslynator.Core.dll is Roslynator.Core).
            var byName = Directory.GetFiles(folder, "*.dll").ToDictionary(path => AssemblyName.GetAssemblyName(path).Name!, path => path);
            AssemblyLoadContext.Default.Resolving += (context, name) =>
                byName.TryGetValue(name.Name!, out var path) ? context.LoadFromAssemblyPath(path) : null;
        }

        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => AssemblyLoadContext.Default.LoadFromAssemblyPath(fullPath);
    }
}

/// <summary>A package as the benchmark measures it: its analyzers, and the rules they enable by default.</summary>
internal sealed record MeasuredPackage(string Name, ImmutableArray<DiagnosticAnalyzer> Analyzers)
{
    public MeasuredPackage(string name, DiagnosticAnalyzer analyzer)
        : this(name, ImmutableArray.Create(analyzer))
    {
    }

    /// <summary>The distinct rule IDs that run without configuration, as in the benchmark's compilation.</summary>
    public int EnabledRules { get; } = Analyzers.SelectMany(a => a.SupportedDiagnostics).Where(d => d.IsEnabledByDefault).Select(d => d.Id).Distinct().Count();
}
