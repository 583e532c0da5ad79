using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Model;

internal enum DataActionKind
{
    Retrieve,
    Create,
    Change,
    Delete,
}

/// <summary>What a flow does with data: one <c>[Retrieves]</c>, <c>[Creates]</c>, <c>[Changes]</c> or <c>[Deletes]</c>.</summary>
internal sealed class DataAction
{
    public DataAction(DataActionKind kind, EntityModel entity, ConstraintSite? constraint, string? parameter, ImmutableArray<ArrayElement> members, AttributeData declaration)
    {
        Kind = kind;
        Entity = entity;
        Constraint = constraint;
        Parameter = parameter;
        Members = members;
        Declaration = declaration;
    }

    public DataActionKind Kind { get; }

    public EntityModel Entity { get; }

    /// <summary>A retrieve's constraint; null for every object (and for the other kinds).</summary>
    public ConstraintSite? Constraint { get; }

    /// <summary>For a change or delete, the parameter whose object the client passed; null: the flow's own objects.</summary>
    public string? Parameter { get; }

    /// <summary>For a change, the members changed.</summary>
    public ImmutableArray<ArrayElement> Members { get; }

    public AttributeData Declaration { get; }
}
