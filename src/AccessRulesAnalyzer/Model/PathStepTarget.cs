namespace AccessRulesAnalyzer.Model;

internal enum PathStepKind
{
    Unknown,
    Id,
    Attribute,
    Association,
    EntityFilter,
}

/// <summary>Where one step of an XPath path leads: an attribute, the object's id, or (through an association or a type filter) an entity.</summary>
internal readonly struct PathStepTarget
{
    private PathStepTarget(PathStepKind kind, EntityModel? entity, EntityMember? attribute)
    {
        Kind = kind;
        Entity = entity;
        Attribute = attribute;
    }

    public static PathStepTarget Unknown => default;

    public static PathStepTarget Id => new(PathStepKind.Id, null, null);

    public PathStepKind Kind { get; }

    /// <summary>The entity reached, for an association or a type filter.</summary>
    public EntityModel? Entity { get; }

    public EntityMember? Attribute { get; }

    public static PathStepTarget ForAttribute(EntityMember attribute) => new(PathStepKind.Attribute, null, attribute);

    public static PathStepTarget ForAssociation(EntityModel target) => new(PathStepKind.Association, target, null);

    public static PathStepTarget ForEntityFilter(EntityModel entity) => new(PathStepKind.EntityFilter, entity, null);
}
