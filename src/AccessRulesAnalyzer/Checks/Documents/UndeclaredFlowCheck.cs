using System.Collections.Generic;
using System.Linq;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.FixContracts;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>
/// AR1024: a flow named by <c>[Calls]</c>, a widget's <c>DataSource</c>, a service's <c>[Operation]</c> or
/// <c>SignInMicroflow</c> (once the app declares any microflow) is not declared.
/// </summary>
internal sealed class UndeclaredFlowCheck() : SecurityCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.UndeclaredFlow,
        "Reference to an undeclared microflow or nanoflow",
        "{0} '{1}' is not declared{2}",
        RuleCategories.Consistency,
        DiagnosticSeverity.Error,
        "A call, a data source, a service operation or the sign-in microflow names a microflow or nanoflow by 'Module.Name'; the platform's consistency check refuses a reference to a document that does not exist. A misspelt name also hides the call from this analyzer's judgement of what the client reaches.");

    internal override void Register(CheckRegistrations context, SecurityModel model)
    {
        context.RegisterDocumentCheck(Rule, (declarer, findings) => AnalyzeDocuments(model.Documents, declarer, findings));
        context.RegisterAppCheck(Rule, () => AnalyzeSignIn(model));
    }

    private static void AnalyzeDocuments(DocumentModel documents, ISymbol declarer, List<Finding> findings)
    {
        var (flows, services, pages) = documents.DeclaredIn(declarer);
        var calls = flows.SelectMany(flow => flow.Calls).Concat(pages.SelectMany(page => page.Calls))
            .Select(call => (call.Flow, AttributeSite.ParamsElement(call.Declaration, AnnotationNames.CallsAttribute.Flow, 0), "Microflow or nanoflow"));
        var dataSources = pages.SelectMany(page => page.Widgets).Where(widget => widget.DataSource is not null)
            .Select(widget => (widget.DataSource!, AttributeSite.NamedArgument(widget.Declaration, AnnotationNames.ShowsAttribute.DataSource), "Microflow or nanoflow"));
        var operations = services.SelectMany(service => service.Operations)
            .Select(operation => (operation.Microflow, AttributeSite.ParamsElement(operation.Declaration, AnnotationNames.OperationAttribute.Microflow, 0), "Microflow"));
        foreach (var (name, site, kind) in calls.Concat(dataSources).Concat(operations))
        {
            if (documents.FlowNamed(name) is null)
            {
                findings.Add(Undeclared(documents, name, site, kind));
            }
        }
    }

    // The sign-in microflow is checked only in an app that declares microflows: before, the app models no flows at all.
    // Whether it does is asked last, once the name is not found: the answer reads flows until it finds a microflow.
    private static IEnumerable<Finding> AnalyzeSignIn(SecurityModel model)
    {
        if (!model.AnonymousDeclarations.IsEmpty && model.AnonymousDeclarations[0] is { SignInMicroflow: { Length: > 0 } signIn } declaration &&
            model.Documents.FlowNamed(signIn) is null && model.Documents.DeclaresMicroflows)
        {
            yield return Undeclared(model.Documents, signIn, AttributeSite.NamedArgument(declaration.Declaration, AnnotationNames.AnonymousUsersAttribute.SignInMicroflow), "Microflow");
        }
    }

    // A name no flow is declared under: the finding, with the nearest declared name.
    private static Finding Undeclared(DocumentModel documents, string name, AttributeSite site, string kind)
    {
        var suggestion = documents.Suggest(name);
        return Finding.At(site, kind, name, NameSuggestion.Suffix(suggestion)).WithProperties(NameReplacementFix.Replacing(name, suggestion));
    }
}
