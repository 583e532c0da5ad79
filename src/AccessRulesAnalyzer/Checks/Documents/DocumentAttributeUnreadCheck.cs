using System.Collections.Generic;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR1037: an attribute that describes a document (a data action, a call, a widget, an operation) where no document is declared to read it.</summary>
internal sealed class DocumentAttributeUnreadCheck() : DocumentCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.DocumentAttributeUnread,
        "An attribute of a document is on no document",
        "[{0}] on {1} '{2}' is not read: {3}",
        RuleCategories.Consistency,
        DiagnosticSeverity.Warning,
        "A flow's data actions and calls belong on its [Microflow] or [Nanoflow] method, which must be an ordinary method of a class; a page's widgets and calls on its [Page] class; a service's operations and published entities on its [PublishedService] class. Elsewhere the attribute is read by no check: a retrieve on a method whose [Microflow] was forgotten hides what the microflow reaches.");

    private protected override void Analyze(SecurityModel model, ISymbol declarer, List<Finding> findings)
    {
        foreach (var unread in model.Documents.UnreadIn(declarer))
        {
            findings.Add(Finding.At(
                AttributeSite.Whole(unread.Attribute),
                Display.AttributeName(unread.Attribute),
                declarer is IMethodSymbol ? "method" : "class",
                declarer is IMethodSymbol method ? Display.Method(method) : declarer.Name,
                unread.Because switch
                {
                    UnreadBecause.NoFlow => "the method declares no flow; add [Microflow] or [Nanoflow] to it, or remove the attribute",
                    UnreadBecause.NotInClass => "flows are declared on methods of classes; move the method into a class",
                    UnreadBecause.NotOrdinaryMethod => $"flows are declared on ordinary methods, and this is {KindOf((IMethodSymbol)declarer)}; declare the flow on a method of its own",
                    UnreadBecause.NoPage => "the class declares no page; add [Page] to it, or remove the attribute",
                    _ => "the class declares no published service; add [PublishedService] to it, or remove the attribute",
                }));
        }
    }

    private static string KindOf(IMethodSymbol method) => method.MethodKind switch
    {
        MethodKind.PropertyGet or MethodKind.PropertySet => "a property accessor",
        MethodKind.EventAdd or MethodKind.EventRemove or MethodKind.EventRaise => "an event accessor",
        MethodKind.UserDefinedOperator or MethodKind.BuiltinOperator => "an operator",
        MethodKind.Conversion => "a conversion operator",
        MethodKind.ExplicitInterfaceImplementation => "an explicit interface implementation",
        MethodKind.Destructor => "a finalizer",
        _ => "no ordinary method",
    };
}
