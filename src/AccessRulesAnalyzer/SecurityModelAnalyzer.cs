using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AccessRulesAnalyzer;

/// <summary>
/// A rule that queries the compilation's <see cref="SecurityModel"/>. Rules report from symbol and syntax tree
/// actions so that the IDE shows them while the user types; it does not run compilation-end actions live.
/// Generated code is excluded here, through <see cref="GeneratedCode"/>, rather than by the driver.
/// </summary>
public abstract class SecurityModelAnalyzer : DiagnosticAnalyzer
{
    public sealed override void Initialize(AnalysisContext context)
    {
        // The driver would check every reported diagnostic for generated code by walking its file's tokens; the
        // model knows which entities and files are generated at a fraction of that cost.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
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

    /// <summary>
    /// Runs <paramref name="analyze"/> on every entity class of the compilation, and on the entities of referenced
    /// module libraries when the app allows anonymous users: those findings are placed on the anonymous user role's
    /// module-role argument in the app, since the library's attributes have no source here.
    /// </summary>
    internal static void RegisterEntityRule(CompilationStartAnalysisContext context, SecurityModel model, DiagnosticDescriptor descriptor, Func<EntityModel, IEnumerable<EntityFinding>> analyze)
    {
        context.RegisterSymbolAction(
            symbolContext =>
            {
                if (model.GetEntity((INamedTypeSymbol)symbolContext.Symbol) is not { IsGenerated: false } entity)
                {
                    return;
                }

                var cancellationToken = symbolContext.CancellationToken;
                foreach (var finding in analyze(entity))
                {
                    var location = finding.Site is { } site
                        ? site.Locate(cancellationToken)
                        : entity.Symbol.Locations.FirstOrDefault() ?? Location.None;
                    if (location.SourceTree is { } tree && model.GeneratedCode.Contains(tree, cancellationToken))
                    {
                        // A partial class can take an attribute from a generated part.
                        continue;
                    }

                    symbolContext.ReportDiagnostic(Diagnostic.Create(
                        descriptor,
                        location,
                        finding.Severity ?? descriptor.DefaultSeverity,
                        finding.ContributingRules.Select(contributing => AttributeLocations.Of(contributing.Declaration, cancellationToken)),
                        finding.Properties,
                        finding.MessageArguments));
                }
            },
            SymbolKind.NamedType);

        if (model.AnonymousUserRole is not { } anonymous)
        {
            return;
        }

        context.RegisterSyntaxTreeAction(treeContext =>
        {
            if (!AttributeLocations.IsIn(anonymous.Declaration, treeContext.Tree) || model.GeneratedCode.Contains(treeContext.Tree, treeContext.CancellationToken))
            {
                return;
            }

            foreach (var entity in model.LibraryEntities)
            {
                // Only findings about anonymous access concern the app; the library's own checks ran when it was built.
                foreach (var finding in analyze(entity).Where(finding => !finding.AnonymousRoles.IsEmpty))
                {
                    var role = anonymous.ModuleRoles.First(moduleRole => finding.AnonymousRoles.Contains(moduleRole.Value));
                    treeContext.ReportDiagnostic(Diagnostic.Create(
                        descriptor,
                        AttributeLocations.OfParamsElement(anonymous.Declaration, 1, role.Index, treeContext.CancellationToken),
                        finding.MessageArguments));
                }
            }
        });
    }

    /// <summary>An entity rule about anonymous access: registered only when the app allows anonymous users.</summary>
    internal static void RegisterAnonymousEntityRule(CompilationStartAnalysisContext context, SecurityModel model, DiagnosticDescriptor descriptor, Func<EntityModel, IEnumerable<EntityFinding>> analyze)
    {
        if (!model.AnonymousModuleRoles.IsEmpty)
        {
            RegisterEntityRule(context, model, descriptor, analyze);
        }
    }

    /// <summary>
    /// Runs <paramref name="analyze"/> once per compilation on the app-level declarations (assembly attributes), and
    /// reports each finding from a syntax tree action in the file that holds its attribute, so it shows live.
    /// </summary>
    internal static void RegisterAppRule(CompilationStartAnalysisContext context, SecurityModel model, DiagnosticDescriptor descriptor, Func<IEnumerable<AppFinding>> analyze)
    {
        var findings = new Lazy<ImmutableArray<AppFinding>>(() => analyze().ToImmutableArray());
        context.RegisterSyntaxTreeAction(treeContext =>
        {
            if (model.GeneratedCode.Contains(treeContext.Tree, treeContext.CancellationToken))
            {
                return;
            }

            foreach (var finding in findings.Value)
            {
                if (AttributeLocations.IsIn(finding.Site.Attribute, treeContext.Tree))
                {
                    treeContext.ReportDiagnostic(Diagnostic.Create(descriptor, finding.Site.Locate(treeContext.CancellationToken), finding.Properties, finding.MessageArguments));
                }
            }
        });
    }
}
