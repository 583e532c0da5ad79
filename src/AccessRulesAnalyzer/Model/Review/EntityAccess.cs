using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace AccessRulesAnalyzer.Model;

/// <summary>What a user role gets on one entity.</summary>
internal sealed class EntityAccess
{
    public EntityAccess(EntityModel entity, ImmutableArray<Grant> grants)
    {
        Entity = entity;
        Grants = grants;
    }

    public EntityModel Entity { get; }

    /// <summary>One per distinct constraint, the unconstrained grant first, then by constraint text.</summary>
    public ImmutableArray<Grant> Grants { get; }
}
