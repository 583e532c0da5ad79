using System.Collections.Immutable;
using System;
using System.Collections.Generic;
using AccessRulesAnalyzer.XPath;

namespace AccessRulesAnalyzer.Model;

/// <summary>
/// Reads a parsed constraint against the entity it belongs to: which entity each path starts from (the rule's
/// entity, or the step a predicate belongs to), and where it leads. Every XPath rule asks through this.
/// </summary>
internal static class XPathBinding
{
    public static PathResolution Resolve(XPathPath path, EntityModel context)
    {
        // A path always has a step, and the walk stops at the first step that leads to no entity: the loop returns.
        PathResolution resolution = default;
        foreach (var resolved in Steps(path, context))
        {
            var target = resolved.Target;
            var last = resolved.Index == path.Steps.Length - 1;
            resolution = target.Kind switch
            {
                PathStepKind.Association or PathStepKind.EntityFilter when target.Entity is not null => new PathResolution(target, -1, resolved.From),
                PathStepKind.Attribute or PathStepKind.Id when last => new PathResolution(target, -1, resolved.From),
                // Nothing can follow an attribute or id.
                PathStepKind.Attribute or PathStepKind.Id => new PathResolution(PathStepTarget.Unknown, resolved.Index + 1, resolved.From, followsTerminal: true),
                _ => new PathResolution(PathStepTarget.Unknown, resolved.Index, resolved.From),
            };
        }

        return resolution;
    }

    /// <summary>The steps of <paramref name="path"/> read from <paramref name="context"/>, each with where it leads (<see cref="PathSteps"/>).</summary>
    public static PathSteps Steps(XPathPath path, EntityModel context) => new(path, context);

    /// <summary>Every path of the constraint resolves, every token is known, and every current-user comparison ends at a user.</summary>
    public static bool Binds(XPathConstraint constraint, EntityModel entity, ImmutableArray<string> parameters = default)
    {
        foreach (var (expression, context) in Walk(constraint, entity))
        {
            switch (expression)
            {
                case XPathPath path when !Resolve(path, context).Resolved:
                    return false;
                case XPathComparison comparison:
                    if (!KnownTokens(comparison.Left, entity.Model) || !KnownTokens(comparison.Right, entity.Model) ||
                        UnknownVariable(comparison.Left, parameters) is not null || UnknownVariable(comparison.Right, parameters) is not null ||
                        (comparison.PathComparedWithCurrentUser() is { } compared && Resolve(compared, context) is { Resolved: true, EndsAtUser: false }))
                    {
                        return false;
                    }

                    break;
            }
        }

        return true;
    }

    /// <summary>
    /// The variable <paramref name="operand"/> names when it is neither one of <paramref name="parameters"/> nor a flow's
    /// built-in variable; null otherwise. Without parameters (default: an access rule, a widget) every variable is unknown.
    /// </summary>
    public static XPathLiteral? UnknownVariable(XPathExpression operand, ImmutableArray<string> parameters) =>
        operand is XPathLiteral { Kind: XPathLiteralKind.Variable } variable &&
        (parameters.IsDefault || (!parameters.Contains(variable.Value) && !XPathTokens.IsFlowVariable(variable.Value))) ? variable : null;

    private static bool KnownTokens(XPathExpression operand, SecurityModel model)
    {
        if (operand is XPathLiteral literal)
        {
            foreach (var token in literal.Tokens())
            {
                if (!model.IsKnownToken(token.Name))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// Every path and comparison of <paramref name="constraint"/>, outermost first, with the entity it is read
    /// against; predicates are read against their step's entity. A struct enumerator rather than callbacks: several
    /// checks walk every constraint of every entity, and a callback that captures the rule is a closure and a
    /// delegate per rule and walk.
    /// </summary>
    public static XPathWalk Walk(XPathConstraint constraint, EntityModel entity) => new(constraint, entity);
}
