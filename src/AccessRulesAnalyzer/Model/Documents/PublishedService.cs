using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Model;

/// <summary>A published REST, OData or SOAP service: a class with <c>[PublishedService]</c>, its operations and the entities it publishes.</summary>
internal sealed class PublishedService
{
    public PublishedService(
        string kind,
        string qualifiedName,
        INamedTypeSymbol type,
        AttributeData declaration,
        bool requiresAuthentication,
        ImmutableArray<ArrayElement> allowedRoles,
        ImmutableArray<(string Microflow, AttributeData Declaration)> operations,
        ImmutableArray<(EntityModel Entity, ImmutableArray<ArrayElement> Members, AttributeData Declaration)> publishes,
        ImmutableArray<(AttributeData Attribute, ITypeSymbol Type)> namingNoEntity)
    {
        Kind = kind;
        QualifiedName = qualifiedName;
        Type = type;
        Declaration = declaration;
        RequiresAuthentication = requiresAuthentication;
        AllowedRoles = allowedRoles;
        Operations = operations;
        Publishes = publishes;
        NamingNoEntity = namingNoEntity;
    }

    /// <summary>"published service", as messages name the kind.</summary>
    public const string KindName = "published service";

    /// <summary>REST, OData or SOAP, as the message says it.</summary>
    public string Kind { get; }

    public string QualifiedName { get; }

    public INamedTypeSymbol Type { get; }

    public AttributeData Declaration { get; }

    public bool RequiresAuthentication { get; }

    public ImmutableArray<ArrayElement> AllowedRoles { get; }

    /// <summary>The microflows that run its operations.</summary>
    public ImmutableArray<(string Microflow, AttributeData Declaration)> Operations { get; }

    /// <summary>The entities it publishes from the database (OData), each with the members it names (none: every member).</summary>
    public ImmutableArray<(EntityModel Entity, ImmutableArray<ArrayElement> Members, AttributeData Declaration)> Publishes { get; }

    /// <summary>Its <c>[Publishes]</c> whose type is no entity, which <see cref="Publishes"/> leaves out.</summary>
    public ImmutableArray<(AttributeData Attribute, ITypeSymbol Type)> NamingNoEntity { get; }
}
