using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AccessRulesAnalyzer.Model;

/// <summary>
/// Which declarers may name a flow, read from syntax without binding: a class by the string literals of its own
/// attributes (a page's calls, a service's operations), an attributed method by its identifier, the string literals of
/// its attributes and the methods its body invokes. A question across documents (a callee by name, who calls a
/// microflow from the client) then reads only the declarers that may answer it, instead of binding every document's
/// attributes while the other callbacks wait (docs/performance.md), and reads a flow apart from the other flows of its
/// class, so that the compiler, not our callback, has usually bound its attributes by then. A declarer whose attributes
/// hold anything that may evaluate to a string other than a literal (a constant, a concatenation, an interpolation), and
/// every class of a module library, which is read whole, is a candidate for every question. It also lists the simple
/// names of the types documents name (<c>typeof</c> in their attributes' positional arguments, flows' parameter types),
/// so that an entity a document acts on is modelled once, for its own checks and the documents' (<see cref="EntityStore.EntityToAnalyze"/>).
/// </summary>
internal sealed class FlowNameIndex
{
    private static readonly List<int> s_none = new();

    private readonly List<Declarer> _declarers = new();
    private readonly Dictionary<string, List<int>> _byKey = new(StringComparer.Ordinal);
    private readonly List<int> _always = new();
    private readonly HashSet<string> _entityNames = new(StringComparer.Ordinal);

    /// <param name="types">The classes that may declare documents, in the catalogue's order.</param>
    public FlowNameIndex(IReadOnlyList<INamedTypeSymbol> types)
    {
        foreach (var type in types)
        {
            if (type.DeclaringSyntaxReferences.IsEmpty)
            {
                Add(new Declarer(type, null, whole: true), null, opaque: true);
                continue;
            }

            var classKeys = new HashSet<string>(StringComparer.Ordinal);
            var classOpaque = false;
            var unreadPart = false;
            // A method's keys in a list: a few each, and a key written twice only lists the method twice under it.
            var methods = new Dictionary<string, (List<string> Keys, bool Opaque)>(StringComparer.Ordinal);
            var methodOrder = new List<string>();
            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                var declaration = reference.GetSyntax() as TypeDeclarationSyntax;
                if (declaration is null)
                {
                    // A part whose methods are not listed here: the class is read whole, for every question.
                    unreadPart = true;
                    continue;
                }

                classOpaque |= !AddLiterals(declaration.AttributeLists, classKeys);
                foreach (var member in declaration.Members)
                {
                    var method = member as MethodDeclarationSyntax;
                    if (method is null || method.AttributeLists.Count == 0)
                    {
                        continue;
                    }

                    // Overloads and the parts of a partial method are one declarer: they are read by name.
                    var name = method.Identifier.ValueText;
                    if (!methods.TryGetValue(name, out var entry))
                    {
                        entry = (new List<string> { name }, false);
                        methodOrder.Add(name);
                    }

                    entry.Opaque |= !AddLiterals(method.AttributeLists, entry.Keys);
                    foreach (var parameter in method.ParameterList.Parameters)
                    {
                        AddEntityNames(parameter.Type);
                    }

                    foreach (var invocation in CallEdges.InvocationsIn(method))
                    {
                        if (CallEdges.InvokedName(invocation.Expression) is { } invoked)
                        {
                            entry.Keys.Add(invoked);
                        }
                    }

                    methods[name] = entry;
                }
            }

            Add(new Declarer(type, null, whole: unreadPart), classKeys, classOpaque || unreadPart);
            foreach (var name in methodOrder)
            {
                Add(new Declarer(type, name, whole: false), methods[name].Keys, methods[name].Opaque);
            }
        }
    }

    /// <summary>
    /// A class's own documents (its page or service) when <see cref="Method"/> is null, or the flows of its methods of
    /// that name; both when <see cref="Whole"/> (a class without source, or with a part not read from syntax).
    /// </summary>
    internal readonly struct Declarer
    {
        public Declarer(INamedTypeSymbol type, string? method, bool whole)
        {
            Type = type;
            Method = method;
            Whole = whole;
        }

        public INamedTypeSymbol Type { get; }

        /// <summary>The name of the methods whose flows it stands for; null: the class's own documents.</summary>
        public string? Method { get; }

        public bool Whole { get; }
    }

    /// <summary>The declarers that may declare flows (attributed methods, and the classes read whole), in the catalogue's order.</summary>
    public IEnumerable<Declarer> FlowDeclarers => _declarers.Where(declarer => declarer.Method is not null || declarer.Whole);

    /// <summary>The declarers, in the catalogue's order, that may write one of <paramref name="keys"/> (a method's name, a literal, an invoked method), or anything.</summary>
    public IEnumerable<Declarer> Candidates(IEnumerable<string> keys)
    {
        // A few positions per question, each key's ascending as they were added. Most questions match one or two keys
        // and no declarer is opaque: those lists are merged as they are read; otherwise they are copied and sorted.
        List<int>? first = null;
        List<int>? second = null;
        List<int>? more = null;
        foreach (var key in keys)
        {
            if (!_byKey.TryGetValue(key, out var positions))
            {
                continue;
            }

            if (first is null)
            {
                first = positions;
            }
            else if (second is null)
            {
                second = positions;
            }
            else
            {
                (more ??= Copy(first, second)).AddRange(positions);
            }
        }

        if (_always.Count > 0)
        {
            (more ??= Copy(first, second)).AddRange(_always);
        }

        more?.Sort();
        var (a, b) = more is null ? (first ?? s_none, second ?? s_none) : (more, s_none);
        var previous = -1;
        for (int i = 0, j = 0; i < a.Count || j < b.Count;)
        {
            var next = j >= b.Count || (i < a.Count && a[i] <= b[j]) ? a[i++] : b[j++];
            if (next != previous)
            {
                previous = next;
                yield return _declarers[next];
            }
        }
    }

    private static List<int> Copy(List<int>? first, List<int>? second)
    {
        var copy = new List<int>(first ?? s_none);
        copy.AddRange(second ?? s_none);
        return copy;
    }

    private void Add(Declarer declarer, ICollection<string>? keys, bool opaque)
    {
        var position = _declarers.Count;
        _declarers.Add(declarer);
        if (opaque || keys is null)
        {
            _always.Add(position);
            return;
        }

        foreach (var key in keys)
        {
            if (!_byKey.TryGetValue(key, out var at))
            {
                _byKey[key] = at = new List<int>();
            }

            at.Add(position);
        }
    }

    /// <summary>
    /// Whether a document in source may name the class as an entity (in a <c>typeof</c> of its attributes, or as a
    /// parameter's type of an attributed method), read from syntax by the class's simple name. A module library's
    /// documents cannot name the app's entities. Only a hint for sharing the entity's model: a <c>typeof</c> the index
    /// does not read (in a named argument, which the contract never gives a type) makes the entity modelled twice, with
    /// the same findings.
    /// </summary>
    public bool MayNameEntity(INamedTypeSymbol type) => _entityNames.Contains(type.Name);

    /// <summary>The keys under which a flow named <c>Module.Name</c> is found: what follows each dot (its method's name or its <c>Name</c>).</summary>
    public static IEnumerable<string> NameKeys(string qualifiedName)
    {
        for (var dot = qualifiedName.IndexOf('.'); dot >= 0; dot = qualifiedName.IndexOf('.', dot + 1))
        {
            yield return qualifiedName.Substring(dot + 1);
        }
    }

    // Adds the string literals of the attributes' arguments that may name a flow, and the names their typeofs give, in
    // one walk; false when an argument that may name a flow may evaluate to a string that is not a literal.
    // Loops over the syntax lists, which are structs: LINQ over them boxed one per attribute.
    private bool AddLiterals(SyntaxList<AttributeListSyntax> lists, ICollection<string> keys)
    {
        var plain = true;
        foreach (var list in lists)
        {
            foreach (var attribute in list.Attributes)
            {
                var arguments = attribute.ArgumentList;
                if (arguments is null)
                {
                    continue;
                }

                for (var i = 0; i < arguments.Arguments.Count; i++)
                {
                    // Only an argument that may name a flow is walked: a constraint's or a role's text never answers a
                    // question, and the contract's types (typeof) are positional arguments, which may name a flow.
                    // The index's time is the walk of its syntax, so it walks no argument it does not need (docs/performance.md).
                    var argument = arguments.Arguments[i];
                    if (MayNameFlow(attribute, argument, i))
                    {
                        plain &= AddLiterals(argument.Expression, keys);
                    }
                }
            }
        }

        return plain;
    }

    // Flows are named by the attributes' positional arguments and by Name and DataSource: the other named arguments
    // (roles, XPath, members, capabilities, flags) and a service's kind, its first positional argument, never name one,
    // so an enum member or a constant there leaves the declarer readable from its literals.
    private static bool MayNameFlow(AttributeSyntax attribute, AttributeArgumentSyntax argument, int position) =>
        argument.NameEquals is { Name.Identifier.ValueText: var named } ? named is AnnotationNames.MicroflowAttribute.Name or AnnotationNames.ShowsAttribute.DataSource
        : !(position == 0 && argument.NameColon is null && SimpleName(attribute.Name) is "PublishedService" or "PublishedServiceAttribute");

    /// <summary>The attribute's name as written, without its qualifier: <c>Page</c> in <c>[AccessRules.Page]</c>.</summary>
    internal static string SimpleName(NameSyntax name) => name switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        SimpleNameSyntax plain => plain.Identifier.ValueText,
        _ => string.Empty,
    };

    private bool AddLiterals(SyntaxNode node, ICollection<string> keys)
    {
        switch (node)
        {
            case LiteralExpressionSyntax literal:
                if (literal.IsKind(SyntaxKind.StringLiteralExpression))
                {
                    keys.Add(literal.Token.ValueText);
                }

                return true;
            case TypeOfExpressionSyntax typeOf:
                // typeof names a type, maybe the entity a document acts on or shows.
                AddEntityNames(typeOf.Type);
                return true;
            case InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } }:
            case PredefinedTypeSyntax or ArrayTypeSyntax or OmittedArraySizeExpressionSyntax:
                // nameof gives a member's simple name, never a Module.Name.
                return true;
            case ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax or InitializerExpressionSyntax or ParenthesizedExpressionSyntax or PrefixUnaryExpressionSyntax:
                return AddChildLiterals(node, keys);
            case ExpressionSyntax when node.GetType().Name != "CollectionExpressionSyntax":
                // A constant, an enum member, a concatenation, an interpolation: its value is known only to the binder.
                // A typeof inside it still names a type.
                foreach (var typeOf in node.DescendantNodes().OfType<TypeOfExpressionSyntax>())
                {
                    AddEntityNames(typeOf.Type);
                }

                return false;
            default:
                // A collection expression and its elements (types newer than the Roslyn this analyzer compiles against).
                return AddChildLiterals(node, keys);
        }
    }

    // Every child is walked, after an opaque one too, for the typeofs.
    private bool AddChildLiterals(SyntaxNode node, ICollection<string> keys)
    {
        var plain = true;
        foreach (var child in node.ChildNodesAndTokens())
        {
            if (child.AsNode() is { } childNode)
            {
                plain &= AddLiterals(childNode, keys);
            }
        }

        return plain;
    }

    // Every simple name in a type's syntax: List<Order> and Shop.Order[] name Order too. A plain name, as most are, is
    // read without walking its descendants.
    private void AddEntityNames(TypeSyntax? type)
    {
        if (type is IdentifierNameSyntax identifier)
        {
            _entityNames.Add(identifier.Identifier.ValueText);
            return;
        }

        foreach (var name in type?.DescendantNodesAndSelf().OfType<SimpleNameSyntax>() ?? Enumerable.Empty<SimpleNameSyntax>())
        {
            _entityNames.Add(name.Identifier.ValueText);
        }
    }
}
