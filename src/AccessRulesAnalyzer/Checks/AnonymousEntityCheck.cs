using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>
/// A check of what anonymous visitors may do with each entity: it runs only when the app allows anonymous users, and
/// also on the entities of referenced module libraries, whose findings stand on the anonymous user role in the app.
/// </summary>
internal abstract class AnonymousEntityCheck(DiagnosticDescriptor rule) : EntityCheck(rule)
{
    private protected override bool AppliesTo(SecurityModel model) => !model.AnonymousModuleRoles.IsEmpty;
}
