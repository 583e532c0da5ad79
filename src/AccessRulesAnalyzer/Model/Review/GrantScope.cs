using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace AccessRulesAnalyzer.Model;

/// <summary>How far a grant reaches: every object, objects a constraint selects, or only the visitor's own.</summary>
internal enum GrantScope
{
    /// <summary>No constraint: every object of the entity.</summary>
    None,

    /// <summary>A constraint that limits the objects but does not tie them to the user (or does not parse or bind).</summary>
    Constrained,

    /// <summary>A constraint that only matches objects tied to the current user (<see cref="AccessRule.IsUserScoped"/>).</summary>
    User,
}
