using System.Collections.Generic;
using System.Linq;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.FixContracts;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR1035: a <c>[Changes]</c> or <c>[Deletes]</c> names a parameter the flow does not have, or one that holds no object of its entity.</summary>
internal sealed class UnknownActionParameterCheck() : DocumentCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.UnknownActionParameter,
        "A change or delete names an unknown parameter",
        "{0} '{1}' {2} the '{3}' object of parameter '{4}', but {5}",
        RuleCategories.Consistency,
        DiagnosticSeverity.Error,
        "A change or delete of the object the caller passed names the flow's parameter that holds it; the platform's consistency check refuses a variable that does not exist, or that holds objects of another entity. A misspelt parameter also hides the action from this analyzer's judgement of what a visitor can change (AR0019).");

    private protected override void Analyze(SecurityModel model, ISymbol declarer, List<Finding> findings)
    {
        var documents = model.Documents;
        foreach (var flow in documents.DeclaredIn(declarer).Flows)
        {
            foreach (var action in flow.Actions)
            {
                // Declared apart from its test, so that a mutant of the test still compiles (docs/testing.md).
                var name = action.Parameter;
                if (name is null || documents.ActsOnItsParameter(flow, action))
                {
                    continue;
                }

                var site = AttributeSite.NamedArgument(action.Declaration, AnnotationNames.ChangesAttribute.Parameter);
                var does = action.Kind == DataActionKind.Delete ? "deletes" : "changes";
                var parameter = flow.FindParameter(name);
                if (parameter is null)
                {
                    var suggestion = NameSuggestion.For(name, flow.Method.Parameters.Select(candidate => candidate.Name));
                    var has = flow.Method.Parameters.IsEmpty ? "it has no parameters" : "it has no parameter of that name";
                    findings.Add(Finding.At(site, flow.Kind.ToString(), flow.QualifiedName, does, action.Entity.QualifiedName, name, has + NameSuggestion.Suffix(suggestion))
                        .WithProperties(NameReplacementFix.Replacing(name, suggestion)));
                }
                else if (parameter.Type.TypeKind != TypeKind.Error)
                {
                    // A type the compiler cannot bind is the compiler's error, in half-typed code.
                    var held = documents.EntityHeldBy(parameter);
                    var holds = held is null ? "it holds no object of an entity" : $"it holds '{held.QualifiedName}' objects";
                    findings.Add(Finding.At(site, flow.Kind.ToString(), flow.QualifiedName, does, action.Entity.QualifiedName, parameter.Name, holds));
                }
            }
        }
    }
}
