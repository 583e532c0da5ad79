using System.Collections.Generic;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>
/// A check of the app's settings and roles (assembly attributes): it runs once per compilation, on first use, and
/// its findings show live in the files that hold their attributes (<see cref="CheckRegistrations.RegisterAppCheck"/>).
/// </summary>
internal abstract class AppCheck(DiagnosticDescriptor rule) : SecurityCheck(rule)
{
    internal sealed override void Register(CheckRegistrations context, SecurityModel model) =>
        context.RegisterAppCheck(Rule, () => Analyze(model));

    /// <summary>The app's findings; each stands on an attribute in source.</summary>
    private protected abstract IEnumerable<Finding> Analyze(SecurityModel model);
}
