using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AccessRulesAnalyzer.Benchmarks;

/// <summary>
/// The baseline: the least any attribute-based analyzer does, reading every class's, property's and ordinary
/// method's attributes (documents are declared on methods).
/// Under CompilationWithAnalyzers the compiler binds those attributes on first request, inside the callback that
/// asks, so part of every such analyzer's measured time is binding the compiler does anyway. Reading a method's
/// attributes in its own callback (<paramref name="methodsInTheirOwnCallbacks"/>) finds them bound: the compiler
/// completes a method, attributes included, before it raises the method's event, while a class's event can come first.
/// real-build.sh --floor compiles this file alone into an analyzer a real build loads (with its parameterless
/// constructor: methods in their own callbacks, as ours reads flows).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class AttributeReadingAnalyzer(bool methodsInTheirOwnCallbacks) : DiagnosticAnalyzer
{
    // A warning, never reported: the command-line compiler skips an analyzer whose every rule is hidden or info.
    private static readonly DiagnosticDescriptor s_rule = new("BASE1", "Baseline", "Baseline", "Baseline", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public AttributeReadingAnalyzer()
        : this(methodsInTheirOwnCallbacks: true)
    {
    }

    public static int Arguments;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(s_rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSymbolAction(
            symbolContext =>
            {
                var count = Count(symbolContext.Symbol);
                foreach (var member in ((INamedTypeSymbol)symbolContext.Symbol).GetMembers())
                {
                    if (member is IPropertySymbol || (member is IMethodSymbol { MethodKind: MethodKind.Ordinary } && !methodsInTheirOwnCallbacks))
                    {
                        count += Count(member);
                    }
                }

                System.Threading.Interlocked.Add(ref Arguments, count);
            },
            SymbolKind.NamedType);
        if (methodsInTheirOwnCallbacks)
        {
            context.RegisterSymbolAction(
                symbolContext =>
                {
                    if (symbolContext.Symbol is IMethodSymbol { MethodKind: MethodKind.Ordinary } method)
                    {
                        System.Threading.Interlocked.Add(ref Arguments, Count(method));
                    }
                },
                SymbolKind.Method);
        }
    }

    private static int Count(ISymbol symbol)
    {
        var count = 0;
        foreach (var attribute in symbol.GetAttributes())
        {
            count += attribute.ConstructorArguments.Length + attribute.NamedArguments.Length;
        }

        return count;
    }
}
