using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.FixContracts;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>
/// AR1024: a flow named by <c>[Calls]</c>, a widget's <c>DataSource</c>, a service's <c>[Operation]</c> or
/// <c>SignInMicroflow</c> (once the app declares any microflow) is not declared; where only a microflow will do, a
/// nanoflow of that name is not one.
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
        // Loops, not a query: every flow and page of the app is checked, and nearly every name is declared.
        var (flows, services, pages) = documents.DeclaredIn(declarer);
        foreach (var flow in flows)
        {
            // A microflow runs on the server and calls microflows only; a nanoflow calls either.
            CheckCalls(documents, flow.Calls, flow.Kind == FlowKind.Microflow, findings);
        }

        foreach (var page in pages)
        {
            CheckCalls(documents, page.Calls, microflowsOnly: false, findings);
            foreach (var widget in page.Widgets)
            {
                if (widget.DataSource is { } dataSource && documents.FlowNamed(dataSource) is null)
                {
                    findings.Add(Undeclared(documents, dataSource, AttributeSite.NamedArgument(widget.Declaration, AnnotationNames.ShowsAttribute.DataSource), "Microflow or nanoflow"));
                }
            }
        }

        foreach (var service in services)
        {
            foreach (var (microflow, declaration) in service.Operations)
            {
                if (UndeclaredMicroflow(documents, microflow, AttributeSite.ParamsElement(declaration, AnnotationNames.OperationAttribute.Microflow, 0)) is { } finding)
                {
                    findings.Add(finding);
                }
            }
        }
    }

    private static void CheckCalls(DocumentModel documents, ImmutableArray<(string Flow, AttributeData Declaration)> calls, bool microflowsOnly, List<Finding> findings)
    {
        foreach (var (callee, declaration) in calls)
        {
            var site = AttributeSite.ParamsElement(declaration, AnnotationNames.CallsAttribute.Flow, 0);
            var finding = microflowsOnly ? UndeclaredMicroflow(documents, callee, site)
                : documents.FlowNamed(callee) is null ? Undeclared(documents, callee, site, "Microflow or nanoflow")
                : null;
            if (finding is not null)
            {
                findings.Add(finding);
            }
        }
    }

    // Where only a microflow will do (a microflow's call, a service operation, the sign-in microflow): a nanoflow of
    // that name runs on the client, so no microflow is declared under it.
    private static Finding? UndeclaredMicroflow(DocumentModel documents, string name, AttributeSite site) =>
        documents.FlowNamed(name) switch
        {
            null => Undeclared(documents, name, site, "Microflow", FlowKind.Microflow),
            { Kind: FlowKind.Nanoflow } => Finding.At(site, "Microflow", name, "; it is a nanoflow, which runs on the client: name a microflow"),
            _ => null,
        };

    // The sign-in microflow is checked only in an app that declares microflows: before, the app models no flows at all.
    // Whether it does is asked last, once the name is not found: the answer reads flows until it finds a microflow.
    private static IEnumerable<Finding> AnalyzeSignIn(SecurityModel model)
    {
        if (!model.AnonymousDeclarations.IsEmpty && model.AnonymousDeclarations[0] is { SignInMicroflow: { Length: > 0 } signIn } declaration &&
            model.Documents.FlowNamed(signIn) is not { Kind: FlowKind.Microflow } && model.Documents.DeclaresMicroflows &&
            UndeclaredMicroflow(model.Documents, signIn, AttributeSite.NamedArgument(declaration.Declaration, AnnotationNames.AnonymousUsersAttribute.SignInMicroflow)) is { } finding)
        {
            yield return finding;
        }
    }

    // A name no flow is declared under: the finding, with the nearest declared name of a flow that would do there, or,
    // for a page's name, what it is (the catalogue is read only here, on an error).
    private static Finding Undeclared(DocumentModel documents, string name, AttributeSite site, string kind, FlowKind? only = null)
    {
        if (documents.Pages.Any(page => page.QualifiedName == name))
        {
            return Finding.At(site, kind, name, "; it is a page: name a " + kind.ToLowerInvariant());
        }

        var suggestion = documents.Suggest(name, only);
        return Finding.At(site, kind, name, NameSuggestion.Suffix(suggestion)).WithProperties(NameReplacementFix.Replacing(name, suggestion));
    }
}
