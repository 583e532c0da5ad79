using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AccessRulesAnalyzer.Model;

/// <summary>
/// Which classes may name a flow, read from syntax without binding: the identifiers of their attributed methods, the
/// string literals in their attributes, and the methods those methods invoke. A question across classes (a callee by
/// name, who calls a microflow from the client) then reads only the classes that may answer it, instead of binding
/// every document's attributes while the other callbacks wait (docs/performance.md). A class whose attributes hold
/// anything that may evaluate to a string other than a literal (a constant, a concatenation, an interpolation), and
/// every class of a module library, is a candidate for every question. It also lists the simple names of the types
/// documents name (<c>typeof</c> in their attributes, flows' parameter types), so that an entity a document acts on
/// is modelled once, for its own checks and the documents' (<see cref="EntityStore.EntityToAnalyze"/>).
/// </summary>
internal sealed class FlowNameIndex
{
    private readonly Dictionary<string, List<int>> _byKey = new(StringComparer.Ordinal);
    private readonly List<int> _always = new();
    private readonly List<int> _withFlowCandidates = new();
    private readonly HashSet<string> _entityNames = new(StringComparer.Ordinal);

    /// <param name="types">The classes that may declare documents, in the catalogue's order.</param>
    public FlowNameIndex(IReadOnlyList<INamedTypeSymbol> types)
    {
        Types = types;
        for (var i = 0; i < types.Count; i++)
        {
            var keys = new HashSet<string>(StringComparer.Ordinal);
            var opaque = types[i].DeclaringSyntaxReferences.IsEmpty;
            var hasMethods = opaque;
            foreach (var reference in types[i].DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is not TypeDeclarationSyntax declaration)
                {
                    opaque = true;
                    continue;
                }

                opaque |= !AddLiterals(declaration.AttributeLists, keys);
                foreach (var method in declaration.Members.OfType<MethodDeclarationSyntax>().Where(method => method.AttributeLists.Count > 0))
                {
                    hasMethods = true;
                    keys.Add(method.Identifier.ValueText);
                    opaque |= !AddLiterals(method.AttributeLists, keys);
                    foreach (var parameter in method.ParameterList.Parameters)
                    {
                        AddEntityNames(parameter.Type);
                    }

                    foreach (var invocation in CallEdges.InvocationsIn(method))
                    {
                        if (InvokedName(invocation.Expression) is { } invoked)
                        {
                            keys.Add(invoked);
                        }
                    }
                }
            }

            if (opaque)
            {
                _always.Add(i);
            }
            else
            {
                foreach (var key in keys)
                {
                    if (!_byKey.TryGetValue(key, out var at))
                    {
                        _byKey[key] = at = new List<int>();
                    }

                    at.Add(i);
                }
            }

            if (hasMethods)
            {
                _withFlowCandidates.Add(i);
            }
        }
    }

    public IReadOnlyList<INamedTypeSymbol> Types { get; }

    /// <summary>The classes that have attributed methods (or cannot be read from syntax): where flows may be declared, in order.</summary>
    public IEnumerable<INamedTypeSymbol> FlowDeclarers => _withFlowCandidates.Select(i => Types[i]);

    /// <summary>The classes, in the catalogue's order, that may write one of <paramref name="keys"/> (a method's name, a literal, an invoked method), or anything.</summary>
    public IEnumerable<INamedTypeSymbol> Candidates(IEnumerable<string> keys)
    {
        var at = new SortedSet<int>(_always);
        foreach (var key in keys)
        {
            if (_byKey.TryGetValue(key, out var positions))
            {
                at.UnionWith(positions);
            }
        }

        return at.Select(i => Types[i]);
    }

    /// <summary>
    /// Whether a document in source may name the class as an entity (in a <c>typeof</c> of its attributes, or as a
    /// parameter's type of an attributed method), read from syntax by the class's simple name. A module library's
    /// documents cannot name the app's entities.
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

    // Adds every string literal of the attributes' arguments, and the names their typeofs give, in one walk; false when
    // an argument may evaluate to a string that is not a literal. Loops over the syntax lists, which are structs: LINQ
    // over them boxed one per attribute.
    private bool AddLiterals(SyntaxList<AttributeListSyntax> lists, HashSet<string> keys)
    {
        var plain = true;
        foreach (var list in lists)
        {
            foreach (var attribute in list.Attributes)
            {
                if (attribute.ArgumentList is { } arguments)
                {
                    foreach (var argument in arguments.Arguments)
                    {
                        plain &= AddLiterals(argument.Expression, keys);
                    }
                }
            }
        }

        return plain;
    }

    private bool AddLiterals(SyntaxNode node, HashSet<string> keys)
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
    private bool AddChildLiterals(SyntaxNode node, HashSet<string> keys)
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

    // Every simple name in a type's syntax: List<Order> and Shop.Order[] name Order too.
    private void AddEntityNames(TypeSyntax? type)
    {
        foreach (var name in type?.DescendantNodesAndSelf().OfType<SimpleNameSyntax>() ?? Enumerable.Empty<SimpleNameSyntax>())
        {
            _entityNames.Add(name.Identifier.ValueText);
        }
    }

    private static string? InvokedName(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        _ => null,
    };
}
