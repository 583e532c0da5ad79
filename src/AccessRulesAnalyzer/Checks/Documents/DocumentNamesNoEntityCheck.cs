using System;
using System.Collections.Generic;
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
        var documents = model.Documents;
        var (flows, services, pages) = documents.DeclaredIn(declarer);
        // A method declares its flow; a class its page or its service.
        var (kind, name) = flows.Length > 0 ? (flows[0].KindName, flows[0].QualifiedName)
            : pages.Length > 0 ? ("page", pages[0].QualifiedName)
            : services.Length > 0 ? ("published service", services[0].QualifiedName)
            : (null, null);
        if (name is null)
        {
            return;
        }

        foreach (var (attribute, type) in documents.AttributesNamingNoEntity(declarer))
        {
            // The attribute as written: [Retrieves], not [RetrievesAttribute].
            var attributeName = attribute.AttributeClass!.Name;
            findings.Add(Finding.At(
                AttributeSite.ParamsElement(attribute, 0, 0),
                attributeName.Substring(0, attributeName.Length - nameof(Attribute).Length),
                kind!,
                name,
                type.ToDisplayString()));
        }
    }
}
