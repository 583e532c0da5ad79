namespace AccessRulesAnalyzer.Model;

/// <summary>
/// Where one step of an XPath path leads: an attribute (a member or a stored date system member), the object's id,
/// or (through an association, a type filter or System.owner/changedBy) an entity.
/// </summary>
internal readonly struct PathStepTarget
{
    private PathStepTarget(PathStepKind kind, EntityModel? entity, EntityMember? member, EntityModel? holder, SystemMember? systemMember)
    {
        Kind = kind;
        Entity = entity;
        Member = member;
        Holder = holder;
        SystemMember = systemMember;
    }

    public static PathStepTarget Unknown => default;

    public static PathStepTarget Id => new(PathStepKind.Id, null, null, null, null);

    public PathStepKind Kind { get; }

    /// <summary>The entity reached, for an association or a type filter.</summary>
    public EntityModel? Entity { get; }

    /// <summary>The member the step reads: an attribute, or the association it follows (from either side).</summary>
    public EntityMember? Member { get; }

    /// <summary>
    /// The entity whose objects store <see cref="Member"/>, so whose rules decide who may write it: the entity the
    /// step stands on, or the other end when the path follows an association declared there.
    /// </summary>
    public EntityModel? Holder { get; }

    /// <summary>The member reached, for an attribute that is a member of the entity.</summary>
    public EntityMember? Attribute => Kind == PathStepKind.Attribute ? Member : null;

    /// <summary>The system member the step names, whether or not the entity stores it (AR1007 tells).</summary>
    public SystemMember? SystemMember { get; }

    /// <summary>The attribute's name, for an attribute step.</summary>
    public string? AttributeName => Attribute?.Name ?? (Kind == PathStepKind.Attribute ? SystemMember?.XPathName : null);

    /// <summary>The attribute's type, for an attribute step.</summary>
    public AttributeType AttributeType => Attribute?.Type ?? (Kind == PathStepKind.Attribute && SystemMember is not null ? AttributeType.DateTime : AttributeType.Other);

    public static PathStepTarget ForAttribute(EntityMember attribute, EntityModel holder) => new(PathStepKind.Attribute, null, attribute, holder, null);

    /// <summary>An association to <paramref name="target"/>, stored on <paramref name="holder"/> (the step's entity, or <paramref name="target"/> when followed from the other side).</summary>
    public static PathStepTarget ForAssociation(EntityModel target, EntityMember association, EntityModel holder) => new(PathStepKind.Association, target, association, holder, null);

    public static PathStepTarget ForEntityFilter(EntityModel entity) => new(PathStepKind.EntityFilter, entity, null, null, null);

    /// <summary>A system member: System.owner and System.changedBy lead to <paramref name="user"/>, the dates are attributes. The platform writes them, never a rule.</summary>
    public static PathStepTarget ForSystemMember(SystemMember member, EntityModel? user) =>
        member.IsUserAssociation
            ? user is null ? Unknown : new(PathStepKind.Association, user, null, null, member)
            : new(PathStepKind.Attribute, null, null, null, member);
}
