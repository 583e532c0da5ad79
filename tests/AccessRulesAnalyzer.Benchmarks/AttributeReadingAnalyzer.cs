using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AccessRulesAnalyzer.Benchmarks;

/// <summary>
/// The baseline: the least any attribute-based analyzer does, reading every class's, property's and ordinary
/// method's attributes (documents are declared on methods).
/// Under CompilationWithAnalyzers the compiler binds those attributes on first request, inside the callback that
/// asks, so part of every such analyzer's measured time is binding the compiler does anyway.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class AttributeReadingAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor s_rule = new("BASE1", "Baseline", "Baseline", "Baseline", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    public static int Arguments;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(s_rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSymbolAction(
            symbolContext =>
            {
                var count = 0;
                foreach (var attribute in symbolContext.Symbol.GetAttributes())
                {
                    count += attribute.ConstructorArguments.Length + attribute.NamedArguments.Length;
                }

                foreach (var member in ((INamedTypeSymbol)symbolContext.Symbol).GetMembers())
                {
                    if (member is IPropertySymbol or IMethodSymbol { MethodKind: MethodKind.Ordinary })
                    {
                        foreach (var attribute in member.GetAttributes())
                        {
                            count += attribute.ConstructorArguments.Length + attribute.NamedArguments.Length;
                        }
                    }
                }

                System.Threading.Interlocked.Add(ref Arguments, count);
            },
            SymbolKind.NamedType);
    }
}
