using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Model;

/// <summary>Why no document reads an attribute that describes one (AR1037).</summary>
internal enum UnreadBecause
{
    /// <summary>A data action or a call on a method without <c>[Microflow]</c> or <c>[Nanoflow]</c>.</summary>
    NoFlow,

    /// <summary>A flow, its actions or calls on a method of a struct or an interface: flows are methods of classes.</summary>
    NotInClass,

    /// <summary>A flow, its actions or calls on an accessor, an operator, an explicit interface implementation or a finalizer: flows are ordinary methods.</summary>
    NotOrdinaryMethod,

    /// <summary>A widget or a call on a class without <c>[Page]</c>.</summary>
    NoPage,

    /// <summary>An operation or a published entity on a class without <c>[PublishedService]</c>.</summary>
    NoService,
}

/// <summary>
/// An attribute that describes a document where none is declared to read it: the model leaves it out, so what it says
/// (a retrieve, a widget, an operation) is in no check (AR1037).
/// </summary>
internal readonly struct UnreadAttribute
{
    public UnreadAttribute(AttributeData attribute, UnreadBecause because)
    {
        Attribute = attribute;
        Because = because;
    }

    public AttributeData Attribute { get; }

    public UnreadBecause Because { get; }
}
