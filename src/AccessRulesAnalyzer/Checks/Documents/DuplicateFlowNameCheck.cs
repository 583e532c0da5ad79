using System.Collections.Generic;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR1038: a flow has the name of a flow declared before it, which calls by that name reach instead.</summary>
internal sealed class DuplicateFlowNameCheck() : DocumentCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.DuplicateFlowName,
        "Two flows have the same name",
        "The {0} '{1}' has the name of the {2} declared before it ({3}): names are unique in a module, and calls by this name reach that one; set Name, or rename the method",
        RuleCategories.Consistency,
        DiagnosticSeverity.Error,
        "The platform refuses two documents of one name in a module. Here a [Microflow] or [Nanoflow] is named by its module and its method's name (or Name), so two overloads, or methods of two classes, can declare one name; a call by that name ([Calls], a page's DataSource, an operation, the sign-in microflow, a call in a body) reaches the flow declared first, and every check of what the other reaches or who calls it judges the wrong flow.");

    private protected override void Analyze(SecurityModel model, ISymbol declarer, List<Finding> findings)
    {
        foreach (var flow in model.Documents.DeclaredIn(declarer).Flows)
        {
            if (model.Documents.DeclaredBeforeUnderItsName(flow) is { } first)
            {
                // On its Name, or on the attribute when it has none: a named argument's site falls back to the attribute.
                findings.Add(Finding.At(
                    AttributeSite.NamedArgument(flow.Declaration, AnnotationNames.MicroflowAttribute.Name),
                    flow.KindName,
                    flow.QualifiedName,
                    first.KindName,
                    Display.Method(first.Method, withParameters: true)));
            }
        }
    }
}
