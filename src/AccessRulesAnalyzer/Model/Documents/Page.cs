using System;
using System.Threading;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Model;

/// <summary>
/// A page: a class with <c>[Page]</c>, the module roles it is visible for, its data widgets and the flows it calls.
/// Visibility hides menus and buttons; it is not security: the client API serves whatever entity and microflow
/// access allow, whatever the page shows.
/// </summary>
internal sealed class Page
{
    // Read on first use, as a flow's actions are: a widget names an entity, and the catalogue needs only calls.
    private readonly Lazy<EntityParts<Widget>> _widgets;

    public Page(
        string qualifiedName,
        INamedTypeSymbol type,
        AttributeData declaration,
        ImmutableArray<ArrayElement> visibleFor,
        Func<EntityParts<Widget>> widgets,
        ImmutableArray<string> dataSources,
        ImmutableArray<(string Flow, AttributeData Declaration)> calls)
    {
        QualifiedName = qualifiedName;
        Type = type;
        Declaration = declaration;
        VisibleFor = visibleFor;
        _widgets = new Lazy<EntityParts<Widget>>(widgets, LazyThreadSafetyMode.PublicationOnly);
        DataSources = dataSources;
        Calls = calls;
    }

    /// <summary>"page", as messages name the kind.</summary>
    public const string KindName = "page";

    /// <summary><c>Module.Name</c>.</summary>
    public string QualifiedName { get; }

    public INamedTypeSymbol Type { get; }

    /// <summary>The <c>[Page]</c>.</summary>
    public AttributeData Declaration { get; }

    /// <summary>The module roles it is visible for.</summary>
    public ImmutableArray<ArrayElement> VisibleFor { get; }

    /// <summary>Its data widgets, one per <c>[Shows]</c> that names an entity.</summary>
    public ImmutableArray<Widget> Widgets => _widgets.Value.Parts;

    /// <summary>Its <c>[Shows]</c> whose type is no entity, which <see cref="Widgets"/> leaves out.</summary>
    public ImmutableArray<(AttributeData Attribute, ITypeSymbol Type)> NamingNoEntity => _widgets.Value.NamingNoEntity;

    /// <summary>The flows that supply its widgets' objects (<c>DataSource</c>): the client calls them, whatever the widget shows.</summary>
    public ImmutableArray<string> DataSources { get; }

    /// <summary>The flows its buttons and events call, with the <c>[Calls]</c> that says so.</summary>
    public ImmutableArray<(string Flow, AttributeData Declaration)> Calls { get; }
}

/// <summary>A data widget: objects of an entity from the database, under the widget's constraint, or from a flow (<c>DataSource</c>).</summary>
internal sealed class Widget
{
    public Widget(EntityModel entity, ConstraintSite? constraint, string? dataSource, ImmutableArray<ArrayElement> members, AttributeData declaration)
    {
        Entity = entity;
        Constraint = constraint;
        DataSource = dataSource;
        Members = members;
        Declaration = declaration;
    }

    public EntityModel Entity { get; }

    /// <summary>The widget's database constraint; null for every object, or when a flow is the source.</summary>
    public ConstraintSite? Constraint { get; }

    /// <summary>The microflow or nanoflow <c>Module.Name</c> that supplies the objects; null: the database.</summary>
    public string? DataSource { get; }

    /// <summary>The members it displays.</summary>
    public ImmutableArray<ArrayElement> Members { get; }

    /// <summary>The <c>[Shows]</c>.</summary>
    public AttributeData Declaration { get; }
}
