using System;
using System.Collections.Generic;
using AccessRulesAnalyzer.XPath;

namespace AccessRulesAnalyzer.Model;

/// <summary>Where a whole path leads from its context entity, or the step at which it stops making sense.</summary>
internal readonly struct PathResolution
{
    public PathResolution(PathStepTarget end, int failedStep, EntityModel lastEntity, bool followsTerminal = false)
    {
        End = end;
        FailedStep = failedStep;
        LastEntity = lastEntity;
        FollowsTerminal = followsTerminal;
    }

    /// <summary>The failing step follows an attribute or <c>id</c>, after which nothing can come.</summary>
    public bool FollowsTerminal { get; }

    /// <summary>What the last step reaches; <see cref="PathStepKind.Unknown"/> when a step fails.</summary>
    public PathStepTarget End { get; }

    /// <summary>The index of the step that cannot be resolved, or -1.</summary>
    public int FailedStep { get; }

    /// <summary>The entity the path had reached before its last (or failing) step.</summary>
    public EntityModel LastEntity { get; }

    public bool Resolved => FailedStep < 0;

    /// <summary>The path ends at System.User or a specialization: through an association, or as <c>id</c> of a user entity.</summary>
    public bool EndsAtUser => Resolved && (End.Kind == PathStepKind.Id ? LastEntity.IsUser : End.Entity?.IsUser == true);
}
