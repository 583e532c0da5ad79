using System.Collections.Generic;
using System.Collections.Immutable;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR1036: a flow's data action, a page's widget or a service's published entity names a type that is not an entity.</summary>
internal sealed class DocumentNamesNoEntityCheck() : DocumentCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.DocumentNamesNoEntity,
        "A document names a type that is not an entity",
        "[{0}] of {1} '{2}' names '{3}', which is not an entity: name a class that has [Entity]",
        RuleCategories.Consistency,
        DiagnosticSeverity.Error,
        "A retrieve, create, change or delete of a flow, a page's data widget and a service's published entity act on the objects of an entity: a class with [Entity], or a System entity. The platform offers only entities there. A type that is not one is left out of every check, so a retrieve of it would hide what the flow reaches.");

    private protected override void Analyze(SecurityModel model, ISymbol declarer, List<Finding> findings)
    {
        var (flows, services, pages) = model.Documents.DeclaredIn(declarer);
        foreach (var flow in flows)
        {
            Report(flow.NamingNoEntity, flow.KindName, flow.QualifiedName, findings);
        }

        foreach (var page in pages)
        {
            Report(page.NamingNoEntity, Page.KindName, page.QualifiedName, findings);
        }

        foreach (var service in services)
        {
            Report(service.NamingNoEntity, PublishedService.KindName, service.QualifiedName, findings);
        }
    }

    private static void Report(ImmutableArray<(AttributeData Attribute, ITypeSymbol Type)> namingNoEntity, string kind, string document, List<Finding> findings)
    {
        foreach (var (attribute, type) in namingNoEntity)
        {
            findings.Add(Finding.At(
                AttributeSite.ParamsElement(attribute, 0, 0),
                Display.AttributeName(attribute),
                kind,
                document,
                type.ToDisplayString()));
        }
    }
}
