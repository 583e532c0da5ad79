using System;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AccessRulesAnalyzer;

/// <summary>
/// A rule that queries the compilation's <see cref="SecurityModel"/>. Rules report from symbol and syntax tree
/// actions so that the IDE shows them while the user types; it does not run compilation-end actions live.
/// </summary>
public abstract class SecurityModelAnalyzer : DiagnosticAnalyzer
{
    public sealed override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (SecurityModel.For(start.Compilation) is { } model)
            {
                Register(start, model);
            }
        });
    }

    internal abstract void Register(CompilationStartAnalysisContext context, SecurityModel model);

    /// <summary>Runs <paramref name="analyze"/> on every entity class of the compilation.</summary>
    internal static void RegisterEntityAction(CompilationStartAnalysisContext context, SecurityModel model, Action<SymbolAnalysisContext, EntityModel> analyze) =>
        context.RegisterSymbolAction(
            symbolContext =>
            {
                if (model.GetEntity((INamedTypeSymbol)symbolContext.Symbol) is { } entity)
                {
                    analyze(symbolContext, entity);
                }
            },
            SymbolKind.NamedType);
}
