using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.XPath;

namespace AccessRulesAnalyzer.Tests.Model.Scope;

/// <summary>An object of an <see cref="ObjectGraph"/>: its entity, attribute values, associations and owner.</summary>
internal sealed class GraphObject
{
    public GraphObject(string type, string name)
    {
        Type = type;
        Name = name;
    }

    public string Type { get; }

    /// <summary>For a counterexample's description: <c>Ticket#2</c>.</summary>
    public string Name { get; }

    public Dictionary<string, object?> Attributes { get; } = new();

    public Dictionary<string, List<GraphObject>> References { get; } = new();

    public GraphObject? Owner { get; set; }

    public override string ToString() => Name;
}

/// <summary>
/// A small random object graph over <see cref="ScopeSchema"/>, and an evaluator of constraints on it written apart from
/// the analyzer's UserScope: it reads the parsed constraint and follows the data.
/// <list type="bullet">
/// <item>A path yields every value it reaches (a reference set many); a comparison holds when some reached value that
/// is not empty compares true. <c>= empty</c> holds when the path reaches nothing or an empty value, <c>!= empty</c>
/// when it reaches a value.</item>
/// <item>An object is tied to the current user when it is the user, or a chain of associations and owners, in either
/// direction, leads from it to the user without passing through a user role (which many users share).</item>
/// </list>
/// </summary>
internal sealed class ObjectGraph
{
    private readonly List<GraphObject> _objects = new();

    private ObjectGraph()
    {
    }

    public GraphObject CurrentUser { get; private set; } = null!;

    public GraphObject CustomerRole { get; private set; } = null!;

    public IEnumerable<GraphObject> ObjectsOf(string entity) => _objects.Where(o => ScopeSchema.IsA(o.Type, entity));

    public static ObjectGraph Random(Random random)
    {
        var graph = new ObjectGraph();
        var roles = new[] { graph.Add(ScopeSchema.UserRole, "Customer"), graph.Add(ScopeSchema.UserRole, "Guest") };
        roles[0].Attributes["Name"] = "Customer";
        roles[1].Attributes["Name"] = "Guest";
        graph.CustomerRole = roles[0];

        var users = Enumerable.Range(0, 3).Select(i => graph.Add(ScopeSchema.Customer, "Customer")).ToArray();
        graph.CurrentUser = users[0];
        foreach (var user in users)
        {
            user.Attributes["Nickname"] = Text(random);
            user.Attributes["Name"] = Text(random);
            user.Attributes["Blocked"] = random.Next(2) == 0;
            user.References["System.UserRoles"] = roles.Where(_ => random.Next(2) == 0).ToList();
        }

        var tags = Enumerable.Range(0, 2).Select(_ => graph.Add(ScopeSchema.Tag, "Tag")).ToArray();
        foreach (var tag in tags)
        {
            tag.Attributes["Label"] = Text(random);
        }

        var orders = Enumerable.Range(0, 3).Select(_ => graph.Add(ScopeSchema.Order, "Order")).ToArray();
        foreach (var order in orders)
        {
            order.Attributes["Status"] = Text(random);
            order.Attributes["Total"] = Number(random);
            order.Owner = OneOf(random, users);
            order.References["Shop.Order_Customer"] = List(OneOf(random, users));
        }

        foreach (var _ in Enumerable.Range(0, 4))
        {
            var ticket = graph.Add(ScopeSchema.Ticket, "Ticket");
            ticket.Attributes["Status"] = Text(random);
            ticket.Attributes["Total"] = Number(random);
            ticket.Attributes["Open"] = random.Next(2) == 0;
            ticket.Owner = OneOf(random, users);
            ticket.References["Shop.Ticket_Customer"] = List(OneOf(random, users));
            ticket.References["Shop.Ticket_Order"] = List(OneOf(random, orders));
            ticket.References["Shop.Ticket_Tag"] = tags.Where(_ => random.Next(3) == 0).ToList();
        }

        return graph;
    }

    private GraphObject Add(string type, string name)
    {
        var created = new GraphObject(type, name + "#" + _objects.Count);
        _objects.Add(created);
        return created;
    }

    // Every value the generator compares with, around it, and empty.
    private static string? Text(Random random) => random.Next(5) switch { 0 => null, 1 => "a", 2 => "b", 3 => "Open", _ => "c" };

    private static double? Number(Random random) => random.Next(6) is var i && i == 0 ? null : 5 * (i - 1);

    // Often none: an object linked to nobody is what a filter that ignores the user lets through.
    private static GraphObject? OneOf(Random random, GraphObject[] candidates) => random.Next(candidates.Length + 2) is var i && i < candidates.Length ? candidates[i] : null;

    private static List<GraphObject> List(GraphObject? item) => item is null ? new List<GraphObject>() : new List<GraphObject> { item };

    /// <summary>The object is tied to the current user (see the class's summary).</summary>
    public bool IsTiedToCurrentUser(GraphObject start)
    {
        var seen = new HashSet<GraphObject> { start };
        var pending = new Queue<GraphObject>();
        pending.Enqueue(start);
        while (pending.Count > 0)
        {
            var current = pending.Dequeue();
            if (current == CurrentUser)
            {
                return true;
            }

            foreach (var next in Neighbours(current))
            {
                if (next.Type != ScopeSchema.UserRole && seen.Add(next))
                {
                    pending.Enqueue(next);
                }
            }
        }

        return false;
    }

    private IEnumerable<GraphObject> Neighbours(GraphObject current)
    {
        if (current.Owner is { } owner)
        {
            yield return owner;
        }

        foreach (var targets in current.References.Values)
        {
            foreach (var target in targets)
            {
                yield return target;
            }
        }

        foreach (var other in _objects)
        {
            if (other.Owner == current || other.References.Values.Any(targets => targets.Contains(current)))
            {
                yield return other;
            }
        }
    }

    /// <summary>The constraint holds for <paramref name="self"/> (every group).</summary>
    public bool Matches(XPathConstraint constraint, GraphObject self) => constraint.Groups.All(group => Holds(group, self));

    private bool Holds(XPathExpression expression, GraphObject self) => expression switch
    {
        XPathLogicalExpression { Operator: XPathLogicalOperator.And } and => Holds(and.Left, self) && Holds(and.Right, self),
        XPathLogicalExpression or => Holds(or.Left, self) || Holds(or.Right, self),
        XPathNotExpression not => !Holds(not.Operand, self),
        XPathLiteral { Kind: XPathLiteralKind.Boolean } literal => literal.Value == "true",
        XPathPath path => Follow(path, self).Any(value => value is not null),
        XPathComparison comparison => Compares(comparison, self),
        _ => throw new NotSupportedException(expression.GetType().Name),
    };

    private bool Compares(XPathComparison comparison, GraphObject self)
    {
        var (path, literal, op) = comparison.Left is XPathPath left
            ? (left, (XPathLiteral)comparison.Right, comparison.Operator)
            : ((XPathPath)comparison.Right, (XPathLiteral)comparison.Left, Flip(comparison.Operator));
        var values = Follow(path, self);
        if (literal.Kind == XPathLiteralKind.Empty)
        {
            return op == XPathComparisonOperator.Equal ? values.Count == 0 || values.Any(value => value is null) : values.Any(value => value is not null);
        }

        var other = Value(literal);
        return values.Any(value => value is not null && Compare(value, op, other));
    }

    private object Value(XPathLiteral literal) => literal.Kind switch
    {
        XPathLiteralKind.Token when literal.Value == "CurrentUser" => CurrentUser,
        XPathLiteralKind.Token when literal.Value == "UserRole_Customer" => CustomerRole,
        XPathLiteralKind.Number => double.Parse(literal.Value, CultureInfo.InvariantCulture),
        XPathLiteralKind.Boolean => literal.Value == "true",
        XPathLiteralKind.String => literal.Value,
        _ => throw new NotSupportedException(literal.Kind.ToString()),
    };

    private static bool Compare(object value, XPathComparisonOperator op, object other)
    {
        int order;
        switch (value, other)
        {
            case (double a, double b):
                order = a.CompareTo(b);
                break;
            case (bool a, bool b):
                order = a == b ? 0 : 1;
                break;
            // 'true' and 'false' in quotes against a Boolean are those values.
            case (bool a, string b):
                order = string.Equals(b, a ? "true" : "false", StringComparison.OrdinalIgnoreCase) ? 0 : 1;
                break;
            case (string a, string b):
                order = string.Compare(a, b, StringComparison.OrdinalIgnoreCase);
                break;
            default:
                order = ReferenceEquals(value, other) ? 0 : 1;
                break;
        }

        return op switch
        {
            XPathComparisonOperator.Equal => order == 0,
            XPathComparisonOperator.NotEqual => order != 0,
            XPathComparisonOperator.LessThan => order < 0,
            XPathComparisonOperator.LessThanOrEqual => order <= 0,
            XPathComparisonOperator.GreaterThan => order > 0,
            _ => order >= 0,
        };
    }

    private static XPathComparisonOperator Flip(XPathComparisonOperator op) => op switch
    {
        XPathComparisonOperator.LessThan => XPathComparisonOperator.GreaterThan,
        XPathComparisonOperator.LessThanOrEqual => XPathComparisonOperator.GreaterThanOrEqual,
        XPathComparisonOperator.GreaterThan => XPathComparisonOperator.LessThan,
        XPathComparisonOperator.GreaterThanOrEqual => XPathComparisonOperator.LessThanOrEqual,
        _ => op,
    };

    /// <summary>Every value the path reaches from <paramref name="self"/>: objects, attribute values (null when empty).</summary>
    private List<object?> Follow(XPathPath path, GraphObject self)
    {
        var current = new List<object?> { self };
        foreach (var step in path.Steps)
        {
            var next = new List<object?>();
            foreach (var item in current.OfType<GraphObject>())
            {
                next.AddRange(Step(item, step.Name));
            }

            current = next.Where(value => value is not GraphObject o || step.Predicates.All(predicate => Holds(predicate, o))).ToList();
        }

        return current;
    }

    private IEnumerable<object?> Step(GraphObject item, string name)
    {
        if (name == "id")
        {
            return [item];
        }

        if (name == "System.owner")
        {
            return item.Owner is null ? [] : [item.Owner];
        }

        if (ScopeSchema.Associations.TryGetValue(name, out var association))
        {
            // From the holder to its targets, or from a target back to every holder that refers to it.
            return ScopeSchema.IsA(item.Type, association.Holder)
                ? item.References.TryGetValue(name, out var targets) ? targets : []
                : _objects.Where(o => o.References.TryGetValue(name, out var refs) && refs.Contains(item));
        }

        if (name.Contains('.', StringComparison.Ordinal))
        {
            // An entity step keeps the objects of that entity.
            return ScopeSchema.IsA(item.Type, name) ? [item] : [];
        }

        return [item.Attributes.TryGetValue(name, out var value) ? value : null];
    }
}
