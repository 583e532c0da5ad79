using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Model;

/// <summary>The module libraries of an app: referenced assemblies built against the annotations, the only ones that can hold roles or entities.</summary>
internal static class ModuleLibraries
{
    /// <summary>Scanned once per model: the app settings read their module roles, the entity store their entities.</summary>
    public static ImmutableArray<IAssemblySymbol> Of(Compilation compilation, AccessRulesTypes types, IAssemblySymbol app)
    {
        // A built app read from metadata is among the references: its entities are its own, not a library's.
        var annotations = types.Entity.ContainingAssembly.Identity.Name;
        return compilation.SourceModule.ReferencedAssemblySymbols.Where(assembly =>
            !SymbolEqualityComparer.Default.Equals(assembly, app) &&
            assembly.Modules.SelectMany(module => module.ReferencedAssemblies).Any(reference => reference.Name == annotations)).ToImmutableArray();
    }
}
