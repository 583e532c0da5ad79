namespace AccessRulesAnalyzer.Model;

/// <summary>Where each step of an XPath path leads: the one place a step's name is resolved against the model.</summary>
internal sealed class PathResolver
{
    private readonly EntityStore _entities;

    public PathResolver(EntityStore entities) => _entities = entities;

    /// <summary>
    /// Where one step of an XPath path leads from <paramref name="current"/>. Each XPath check walks each path again, so
    /// the answer is kept on the entity (it depends only on the entity and the name): a look at the few names kept costs
    /// less than the scan of the members, and of the system members and the catalogue for a name no member has.
    /// </summary>
    public PathStepTarget ResolveStep(EntityModel current, string step)
    {
        if (!current.TryGetResolvedStep(step, out var target))
        {
            target = Resolve(current, step);
            current.KeepResolvedStep(step, target);
        }

        return target;
    }

    private PathStepTarget Resolve(EntityModel current, string step)
    {
        if (step == "id")
        {
            return PathStepTarget.Id;
        }

        // Named whether or not the entity stores it: using one it does not store is AR1007, not an unknown name.
        if (SystemMember.Named(step) is { } systemMember)
        {
            return PathStepTarget.ForSystemMember(systemMember, _entities.SystemUser);
        }

        if (current.FindMember(step) is { Kind: MemberKind.Attribute } attribute)
        {
            return PathStepTarget.ForAttribute(attribute, current);
        }

        if (current.FindAssociation(step) is { Target: { } targetType } association && _entities.GetEntity(targetType) is { } associated)
        {
            return PathStepTarget.ForAssociation(associated, association, current);
        }

        // An association declared on the other entity is navigable from this side too; an entity name filters by type.
        var catalog = _entities.Catalog;
        foreach (var (owner, member) in catalog.AssociationsNamed(step))
        {
            if (member.Target is not null && _entities.GetEntity(member.Target) is { } target && current.IsOrSpecializes(target))
            {
                return PathStepTarget.ForAssociation(owner, member, owner);
            }
        }

        return catalog.EntityNamed(step) is { } filter && filter.IsOrSpecializes(current)
            ? PathStepTarget.ForEntityFilter(filter)
            : PathStepTarget.Unknown;
    }
}
