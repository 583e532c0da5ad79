using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AccessRulesAnalyzer.Model;

/// <summary>
/// Calls read from code: a flow method whose body invokes another flow method calls it, as <c>[Calls]</c> would say.
/// The one part of the document model that reads syntax. An invocation is matched by the invoked method's name (and
/// its type's name when it is qualified) against the flows' methods, without binding: a name that matches no flow is
/// no call. Only an invocation the name cannot decide is bound: a name that other methods share (an overload that is
/// no flow, or two flows' methods), so that <c>Get(1)</c> calling a helper <c>Get(int)</c> is no call of the flow
/// <c>Get()</c>; a flow's name whose class the receiver does not write (a base class's flow called unqualified, a
/// variable's, one imported by <c>using static</c>, an extension method's receiver); or an unqualified name that a
/// local function of the caller also has. Only the bodies of the compilation analyzed are read.
/// </summary>
internal static class CallEdges
{
    public static IEnumerable<string> Of(IMethodSymbol method, Compilation compilation, Func<string, IEnumerable<Flow>> flowsWithMethodName, CancellationToken cancellationToken) =>
        Resolved(method, compilation, flowsWithMethodName, cancellationToken).Select(call => call.Callee.QualifiedName);

    /// <summary>
    /// The calls in <paramref name="method"/>'s body that pass on one of its own parameters, each with the callee's
    /// parameters that receive them (callee's, caller's name): <c>SUB_Save(order)</c>, <c>SUB_Save(item: order)</c>.
    /// </summary>
    public static IEnumerable<(Flow Callee, ImmutableArray<(string Received, string Passed)> Parameters)> Passing(
        IMethodSymbol method, Compilation compilation, Func<string, IEnumerable<Flow>> flowsWithMethodName, CancellationToken cancellationToken)
    {
        if (method.Parameters.IsEmpty)
        {
            yield break;
        }

        foreach (var (invocation, callee) in Resolved(method, compilation, flowsWithMethodName, cancellationToken))
        {
            var passed = ImmutableArray.CreateBuilder<(string, string)>();
            var parameters = callee.Method.Parameters;
            // order.SUB_Check(x): an extension method called on its receiver gets it as its first parameter, and the
            // arguments from the second on.
            var shift = 0;
            if (callee.Method.IsExtensionMethod && !parameters.IsEmpty && ReceiverOf(invocation) is { } receiver && TypeNameIn(receiver) != callee.Method.ContainingType.Name)
            {
                shift = 1;
                if (Unwrapped(receiver) is IdentifierNameSyntax { Identifier.ValueText: var passedOn } && method.Parameters.Any(parameter => parameter.Name == passedOn))
                {
                    passed.Add((parameters[0].Name, passedOn));
                }
            }

            var arguments = invocation.ArgumentList.Arguments;
            for (var i = 0; i < arguments.Count; i++)
            {
                var argument = arguments[i];
                var received = argument.NameColon is { } named ? named.Name.Identifier.ValueText
                    : i + shift < parameters.Length ? parameters[i + shift].Name
                    : null;
                if (received is not null && Unwrapped(argument.Expression) is IdentifierNameSyntax { Identifier.ValueText: var name } &&
                    method.Parameters.Any(parameter => parameter.Name == name))
                {
                    passed.Add((received, name));
                }
            }

            if (passed.Count > 0)
            {
                yield return (callee, passed.ToImmutable());
            }
        }
    }

    /// <summary>The simple name of the method an invocation calls (<c>SUB_Find</c> of <c>Flows.SUB_Find&lt;T&gt;()</c> or <c>flows?.SUB_Find()</c>); null for a call of anything else.</summary>
    public static string? InvokedName(ExpressionSyntax invoked) => invoked switch
    {
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        _ => null,
    };

    // What an invocation is made on: the receiver of Flows.SUB_Find() or of flows?.SUB_Find(); null for an unqualified call.
    private static ExpressionSyntax? ReceiverOf(InvocationExpressionSyntax invocation) => invocation.Expression switch
    {
        MemberAccessExpressionSyntax member => member.Expression,
        MemberBindingExpressionSyntax => invocation.FirstAncestorOrSelf<ConditionalAccessExpressionSyntax>(conditional => conditional.WhenNotNull.Span.Contains(invocation.Span))?.Expression,
        _ => null,
    };

    // An argument as passed on: order, (order), order!.
    private static ExpressionSyntax Unwrapped(ExpressionSyntax argument) => argument switch
    {
        ParenthesizedExpressionSyntax parenthesized => Unwrapped(parenthesized.Expression),
        PostfixUnaryExpressionSyntax { Operand: var operand } suppressed when suppressed.IsKind(SyntaxKind.SuppressNullableWarningExpression) => Unwrapped(operand),
        _ => argument,
    };

    // Each invocation in the body that calls a flow's method.
    private static IEnumerable<(InvocationExpressionSyntax Invocation, Flow Callee)> Resolved(
        IMethodSymbol method, Compilation compilation, Func<string, IEnumerable<Flow>> flowsWithMethodName, CancellationToken cancellationToken)
    {
        foreach (var reference in WithBody(method).DeclaringSyntaxReferences)
        {
            // Only this compilation's bodies: a module library referenced as a project (the IDE, the tool's workspace)
            // has syntax that a build, which references it as metadata, does not; both read its [Calls] alone.
            if (!compilation.ContainsSyntaxTree(reference.SyntaxTree))
            {
                continue;
            }

            foreach (var invocation in InvocationsIn(reference.GetSyntax(cancellationToken)))
            {
                // SUB_Find(), SUB_Find<T>(), this.SUB_Find(), Flows.SUB_Find(), global::Shop.Flows.SUB_Find(), new Flows().SUB_Find().
                var name = InvokedName(invocation.Expression);
                if (name is null)
                {
                    continue;
                }

                var qualifier = ReceiverOf(invocation) is { } target and not (ThisExpressionSyntax or BaseExpressionSyntax)
                    ? TypeNameIn(target)
                    : null;

                var named = flowsWithMethodName(name).ToList();
                if (named.Count == 0)
                {
                    continue;
                }

                var candidates = named
                    .Where(flow => qualifier is null ? SymbolEqualityComparer.Default.Equals(flow.Method.ContainingType, method.ContainingType) : flow.Method.ContainingType.Name == qualifier)
                    .ToList();
                if (candidates.Count == 1 && !IsOverloaded(candidates[0].Method) && !(invocation.Expression is SimpleNameSyntax && DeclaresLocalFunction(invocation, name)))
                {
                    yield return (invocation, candidates[0]);
                }
                // Several candidates, an overload, a flow's name whose class the receiver does not write (a base
                // class's flow called unqualified, a variable, a using static), or a local function of the flow's
                // name, which an unqualified call reaches first: the compiler's binding tells.
                else if (BoundCallee(invocation, candidates.Count > 0 ? candidates : named, compilation, cancellationToken) is { } callee)
                {
                    yield return (invocation, callee);
                }
            }
        }
    }

    // A local function of the called name in the method the invocation is in (void SUB_Find() { } beside a flow
    // SUB_Find), which may be what the unqualified call reaches. Asked only of a call that matched a flow by name.
    private static bool DeclaresLocalFunction(InvocationExpressionSyntax invocation, string name) =>
        invocation.FirstAncestorOrSelf<BaseMethodDeclarationSyntax>() is { Body: { } body } &&
        body.DescendantNodes().OfType<LocalFunctionStatementSyntax>().Any(local => local.Identifier.ValueText == name);

    // Another method of the same name in the flow's class or a base class, which the name alone cannot tell apart.
    private static bool IsOverloaded(IMethodSymbol flowMethod)
    {
        var count = 0;
        for (var type = flowMethod.ContainingType; type is not null; type = type.BaseType)
        {
            count += type.GetMembers(flowMethod.Name).Length;
        }

        return count > 1;
    }

    // The flow whose method the compiler binds the invocation to; none when it binds to another method, or to nothing
    // (half-typed code). Rare: only for an invocation its name cannot decide.
    private static Flow? BoundCallee(InvocationExpressionSyntax invocation, List<Flow> candidates, Compilation compilation, CancellationToken cancellationToken)
    {
        if (!compilation.ContainsSyntaxTree(invocation.SyntaxTree))
        {
            return null;
        }

#pragma warning disable RS1030 // A symbol action has no semantic model to ask, and binding one invocation is what an overload needs.
        var semanticModel = compilation.GetSemanticModel(invocation.SyntaxTree);
#pragma warning restore RS1030
        var invoked = semanticModel.GetSymbolInfo(invocation, cancellationToken).Symbol as IMethodSymbol;
        if (invoked is null)
        {
            return null;
        }

        // A flow invoked as an extension method (order.SUB_Check()) binds to its reduced form: the flow is the method it was reduced from.
        var definition = (invoked.ReducedFrom ?? invoked).OriginalDefinition;
        return candidates.Find(flow => SymbolEqualityComparer.Default.Equals(flow.Method, definition));
    }

    /// <summary>
    /// The part of <paramref name="method"/> that holds its body: a partial method's implementation, which a lookup by
    /// name does not return (the type's members list the declaration); the method itself otherwise.
    /// </summary>
    public static IMethodSymbol WithBody(IMethodSymbol method) => method.PartialImplementationPart ?? method;

    /// <summary>The invocations in a method's body, not in its attributes (where <c>nameof(...)</c> is one).</summary>
    public static IEnumerable<InvocationExpressionSyntax> InvocationsIn(SyntaxNode method) =>
        method is BaseMethodDeclarationSyntax declaration
            // An empty body, as most flows declared only by their attributes have, is not walked.
            ? (declaration.Body is { Statements.Count: > 0 } ? declaration.Body : (SyntaxNode?)declaration.ExpressionBody)?.DescendantNodes().OfType<InvocationExpressionSyntax>() ?? Enumerable.Empty<InvocationExpressionSyntax>()
            : method.DescendantNodes().OfType<InvocationExpressionSyntax>();

    // The type a receiver names by its last identifier (Flows, Shop.Flows, global::Flows, Flows<T>, new Flows()); empty,
    // which names no class, for any other receiver (a call's result, an element), whose type binding then tells. (A
    // variable's name is returned as it is: it matches no flow's class unless a class has that name, and is bound.)
    private static string TypeNameIn(ExpressionSyntax receiver) => receiver switch
    {
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        ObjectCreationExpressionSyntax { Type: var type } => TypeNameIn(type),
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        ParenthesizedExpressionSyntax parenthesized => TypeNameIn(parenthesized.Expression),
        _ => string.Empty,
    };
}
