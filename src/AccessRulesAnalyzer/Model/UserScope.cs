using AccessRulesAnalyzer.XPath;

namespace AccessRulesAnalyzer.Model;

/// <summary>
/// Decides whether a constraint can only match objects tied to the current user: <c>System.owner</c>, a path to
/// System.User (or a specialization) or the user's own <c>id</c>, compared with <c>'[%CurrentUser%]'</c>.
/// Under <c>and</c> one scoped side suffices, under <c>or</c> both must be, under <c>not()</c> nothing is.
/// </summary>
internal readonly struct UserScope
{
    private readonly SecurityModel _model;

    public UserScope(SecurityModel model) => _model = model;

    /// <summary>Asked only of a constraint that parses and binds (<see cref="AccessRule.HasValidConstraint"/>): a broken one is relied on for nothing.</summary>
    public bool IsUserScoped(XPathConstraint constraint, EntityModel entity)
    {
        foreach (var group in constraint.Groups)
        {
            if (IsUserScoped(group, entity))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsUserScoped(XPathExpression expression, EntityModel context) => expression switch
    {
        XPathLogicalExpression { Operator: XPathLogicalOperator.And } and => IsUserScoped(and.Left, context) || IsUserScoped(and.Right, context),
        XPathLogicalExpression or => IsUserScoped(or.Left, context) && IsUserScoped(or.Right, context),
        XPathComparison { Operator: XPathComparisonOperator.Equal } comparison =>
            comparison.PathComparedWithCurrentUser() is { } path && XPathBinding.Resolve(path, context).EndsAtUser,
        XPathPath path => HasScopedPredicate(path, context),
        _ => false,
    };

    /// <summary>
    /// One of the constraint's groups is <c>System.owner = '[%CurrentUser%]'</c>: the rule covers the user's own objects,
    /// which includes every object they create.
    /// </summary>
    public static bool HasOwnerGroup(XPathConstraint constraint)
    {
        foreach (var group in constraint.Groups)
        {
            if (group is XPathComparison { Operator: XPathComparisonOperator.Equal } comparison &&
                comparison.PathComparedWithCurrentUser() is { Steps.Length: 1 } path && path.Steps[0].Name == "System.owner")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An existence path such as <c>Shop.Order_Customer[id = '[%CurrentUser%]']</c>: a scoped predicate on any step scopes the whole.</summary>
    private bool HasScopedPredicate(XPathPath path, EntityModel context)
    {
        var current = context;
        foreach (var step in path.Steps)
        {
            if (_model.ResolveStep(current, step.Name).Entity is not { } next)
            {
                return false;
            }

            current = next;
            foreach (var predicate in step.Predicates)
            {
                if (IsUserScoped(predicate, current))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
