using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Model;

/// <summary>A module role a document names: the document's attribute and argument, the role, and the document's kind and qualified name.</summary>
internal sealed class RoleReference
{
    public RoleReference(AttributeData declaration, string argument, ArrayElement role, string kind, string document)
    {
        Declaration = declaration;
        Argument = argument;
        Role = role;
        Kind = kind;
        Document = document;
    }

    public AttributeData Declaration { get; }

    public string Argument { get; }

    public ArrayElement Role { get; }

    public string Kind { get; }

    public string Document { get; }
}
