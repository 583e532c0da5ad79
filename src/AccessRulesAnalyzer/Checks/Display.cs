using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>How names appear in diagnostic messages.</summary>
internal static class Display
{
    // Most findings name one role or member: that one is quoted without an iterator and a join.
    public static string Quoted(IEnumerable<string> names) => names is IReadOnlyList<string> { Count: 1 } one
        ? "'" + one[0] + "'"
        : string.Join(", ", names.Select(name => "'" + name + "'"));

    /// <summary>The members' names, quoted, without a selector and an iterator.</summary>
    public static string QuotedNames(ImmutableArray<EntityMember> members)
    {
        if (members.Length == 1)
        {
            return "'" + members[0].Name + "'";
        }

        var names = new string[members.Length];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = "'" + members[i].Name + "'";
        }

        return string.Join(", ", names);
    }

    /// <summary>An attribute of ours as written: <c>Retrieves</c> for <c>[RetrievesAttribute]</c>.</summary>
    public static string AttributeName(AttributeData attribute)
    {
        var name = attribute.AttributeClass!.Name;
        return name.Substring(0, name.Length - nameof(System.Attribute).Length);
    }

    /// <summary>A method as its class names it, <c>Flows.ACT_Save</c>; with its parameters' types, <c>Flows.ACT_Save(Order, int)</c>, which tell overloads apart.</summary>
    public static string Method(IMethodSymbol method, bool withParameters = false) =>
        method.ContainingType.Name + "." + method.Name +
        (withParameters ? "(" + string.Join(", ", method.Parameters.Select(parameter => parameter.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat))) + ")" : string.Empty);

    /// <summary>A flag as C# writes it.</summary>
    public static string Bool(bool value) => value ? "true" : "false";

    /// <summary>The line of a rule's attribute in its file, for messages that point at another rule; "?" for one read from metadata.</summary>
    public static string Line(Model.AccessRule rule) =>
        rule.Declaration.ApplicationSyntaxReference is { } reference
            ? (reference.SyntaxTree.GetLineSpan(reference.Span).StartLinePosition.Line + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)
            : "?";
}
