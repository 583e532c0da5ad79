using System;

namespace AccessRulesAnalyzer.Tests.Model.Scope;

/// <summary>
/// A seeded generator of well-formed, well-typed constraints over <see cref="ScopeSchema"/>: attribute filters,
/// current-user comparisons (some through user roles), paths with predicates compared with values or empty,
/// <c>and</c>, <c>or</c>, <c>not()</c>, <c>true()</c>/<c>false()</c> and user-role tokens.
/// </summary>
internal sealed class ConstraintGenerator
{
    private readonly Random _random;

    public ConstraintGenerator(int seed) => _random = new Random(seed);

    /// <summary>A whole constraint on <paramref name="entity"/>: one or two bracketed groups.</summary>
    public string Constraint(string entity) =>
        _random.Next(5) == 0 ? $"[{Expression(entity, 2)}][{Expression(entity, 1)}]" : $"[{Expression(entity, 3)}]";

    private string Expression(string entity, int depth)
    {
        if (depth <= 0)
        {
            return Atom(entity, 0);
        }

        return _random.Next(9) switch
        {
            0 or 1 => $"{Operand(entity, depth - 1)} and {Operand(entity, depth - 1)}",
            2 or 3 => $"{Operand(entity, depth - 1)} or {Operand(entity, depth - 1)}",
            4 => $"not({Expression(entity, depth - 1)})",
            _ => Atom(entity, depth - 1),
        };
    }

    // Parentheses keep the generated text's grouping whatever the precedence of the operators around it.
    private string Operand(string entity, int depth)
    {
        var expression = Expression(entity, depth);
        return expression.Contains(" and ", StringComparison.Ordinal) || expression.Contains(" or ", StringComparison.Ordinal) ? $"({expression})" : expression;
    }

    private string Atom(string entity, int depth)
    {
        switch (_random.Next(12))
        {
            case 0 or 1 or 2:
                return AttributeComparison(entity, "");
            case 3 or 4 or 5:
                return $"{Pick(ScopeSchema.UserPaths[entity])} {(_random.Next(4) == 0 ? "!=" : "=")} '[%CurrentUser%]'";
            case 6 or 7 or 8:
                return PathWithPredicate(entity, depth);
            case 9:
                return _random.Next(2) == 0 ? "true()" : "false()";
            case 10 when ScopeSchema.IsA(entity, ScopeSchema.User):
                return "System.UserRoles = '[%UserRole_Customer%]'";
            default:
                return AttributeComparison(entity, "");
        }
    }

    /// <summary>A reference path whose target step may carry a predicate, alone or compared with a value or empty.</summary>
    private string PathWithPredicate(string entity, int depth)
    {
        var (steps, target) = Pick(ScopeSchema.References[entity]);
        var predicate = _random.Next(4) == 0 ? string.Empty : $"[{Expression(target, Math.Min(depth, 1))}]";
        var path = steps + predicate;
        return _random.Next(5) switch
        {
            0 => path,
            1 => $"{path} = empty",
            2 => $"{path} != empty",
            _ => AttributeComparison(target, path + "/"),
        };
    }

    private string AttributeComparison(string entity, string prefix)
    {
        var (name, type) = Pick(ScopeSchema.Attributes[entity]);
        var op = type == 'N' ? Pick(new[] { "=", "!=", "<", "<=", ">", ">=" }) : Pick(new[] { "=", "=", "!=" });
        var value = _random.Next(8) == 0 ? "empty" : type switch
        {
            'N' => Pick(new[] { "0", "5", "10" }),
            'B' => Pick(new[] { "true()", "false()", "'true'", "'False'" }),
            _ => Pick(new[] { "'a'", "'b'", "'Open'" }),
        };
        if (value == "empty")
        {
            op = _random.Next(2) == 0 ? "=" : "!=";
        }

        return _random.Next(6) == 0 && value != "empty" ? $"{value} {Flip(op)} {prefix}{name}" : $"{prefix}{name} {op} {value}";
    }

    private static string Flip(string op) => op switch
    {
        "<" => ">",
        "<=" => ">=",
        ">" => "<",
        ">=" => "<=",
        _ => op,
    };

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];
}
