using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer;

/// <summary>
/// One check of the security review: the rules it reports and what it asks of the <see cref="SecurityModel"/>.
/// Checks are not analyzers of their own: <see cref="SecurityModelAnalyzer"/> runs them all from one symbol action
/// and one syntax tree action, because the analyzer driver's bookkeeping is paid per analyzer for every type and
/// every file (docs/performance.md).
/// </summary>
public abstract class SecurityCheck
{
    public abstract ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    internal abstract void Register(CheckRegistrations context, SecurityModel model);

    /// <summary>
    /// Runs <paramref name="analyze"/> on every entity class of the compilation, and on the entities of referenced
    /// module libraries when the app allows anonymous users: those findings are placed on the anonymous user role's
    /// module-role argument in the app, since the library's attributes have no source here.
    /// </summary>
    internal static void RegisterEntityRule(CheckRegistrations context, DiagnosticDescriptor descriptor, Func<EntityModel, IEnumerable<EntityFinding>> analyze) =>
        context.AddEntityRule(descriptor, analyze);

    /// <summary>An entity rule about anonymous access: registered only when the app allows anonymous users.</summary>
    internal static void RegisterAnonymousEntityRule(CheckRegistrations context, SecurityModel model, DiagnosticDescriptor descriptor, Func<EntityModel, IEnumerable<EntityFinding>> analyze)
    {
        if (!model.AnonymousModuleRoles.IsEmpty)
        {
            context.AddEntityRule(descriptor, analyze);
        }
    }

    /// <summary>
    /// Runs <paramref name="analyze"/> once per compilation on the app-level declarations (assembly attributes), and
    /// reports each finding in the file that holds its attribute, from a syntax tree action, so it shows live.
    /// </summary>
    internal static void RegisterAppRule(CheckRegistrations context, DiagnosticDescriptor descriptor, Func<IEnumerable<AppFinding>> analyze) =>
        context.AddAppRule(descriptor, analyze);
}
