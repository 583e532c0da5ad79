using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Model;

internal enum FlowKind
{
    Microflow,
    Nanoflow,
}

/// <summary>A microflow or nanoflow: a method with <c>[Microflow]</c> or <c>[Nanoflow]</c>, its allowed roles, its data actions and its calls.</summary>
internal sealed class Flow
{
    // Read on first use: an action names an entity, and modelling it binds the entity's attributes; the catalogue of
    // every flow, which the callbacks wait for, needs only names and calls (docs/performance.md). Publication only: two
    // callbacks that ask at once both read them, rather than one waiting on a lock for the other.
    private readonly Lazy<EntityParts<DataAction>> _actions;

    public Flow(
        FlowKind kind,
        string qualifiedName,
        IMethodSymbol method,
        AttributeData declaration,
        ImmutableArray<ArrayElement> allowedRoles,
        bool applyEntityAccess,
        string? url,
        Func<EntityParts<DataAction>> actions,
        ImmutableArray<(string Flow, AttributeData Declaration)> calls)
    {
        Kind = kind;
        QualifiedName = qualifiedName;
        Method = method;
        Declaration = declaration;
        AllowedRoles = allowedRoles;
        ApplyEntityAccess = applyEntityAccess;
        Url = url;
        _actions = new Lazy<EntityParts<DataAction>>(actions, LazyThreadSafetyMode.PublicationOnly);
        Calls = calls;
    }

    public FlowKind Kind { get; }

    /// <summary>"microflow" or "nanoflow", as messages name the kind.</summary>
    public string KindName => Kind == FlowKind.Nanoflow ? "nanoflow" : "microflow";

    /// <summary><c>Module.Name</c>.</summary>
    public string QualifiedName { get; }

    public IMethodSymbol Method { get; }

    /// <summary>The <c>[Microflow]</c> or <c>[Nanoflow]</c>.</summary>
    public AttributeData Declaration { get; }

    /// <summary>The module roles that may call it from the client.</summary>
    public ImmutableArray<ArrayElement> AllowedRoles { get; }

    /// <summary>The flow runs under the user's entity access: a nanoflow always, a microflow when it says so.</summary>
    public bool ApplyEntityAccess { get; }

    public string? Url { get; }

    public ImmutableArray<DataAction> Actions => _actions.Value.Parts;

    /// <summary>Its <c>[Retrieves]</c>, <c>[Creates]</c>, <c>[Changes]</c> and <c>[Deletes]</c> whose type is no entity, which <see cref="Actions"/> leaves out.</summary>
    public ImmutableArray<(AttributeData Attribute, ITypeSymbol Type)> NamingNoEntity => _actions.Value.NamingNoEntity;

    /// <summary>The flows it calls by name, with the <c>[Calls]</c> that says so.</summary>
    public ImmutableArray<(string Flow, AttributeData Declaration)> Calls { get; }

    public bool IsInSource => !Method.DeclaringSyntaxReferences.IsEmpty;

    /// <summary>
    /// The method's parameter named <paramref name="name"/>, in the same case, as a flow's expressions name their
    /// variables (the platform's consistency check refuses another case, CE0117); null when none.
    /// </summary>
    public IParameterSymbol? FindParameter(string name) => ParameterNamed(Method, name);

    /// <summary>The parameter of <paramref name="method"/> named <paramref name="name"/>, in the same case; null when none.</summary>
    public static IParameterSymbol? ParameterNamed(IMethodSymbol method, string name) => method.Parameters.FirstOrDefault(parameter => parameter.Name == name);

    /// <summary>The flow creates objects of <paramref name="entity"/>: of it or of a specialization, whose objects are its objects too.</summary>
    public bool Creates(EntityModel entity) => Actions.Any(action => action.Kind == DataActionKind.Create && action.Entity.IsOrSpecializes(entity));
}
