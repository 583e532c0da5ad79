using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AccessRulesAnalyzer.Model;

/// <summary>
/// Calls read from code: a flow method whose body invokes another flow method calls it, as <c>[Calls]</c> would say.
/// The one part of the document model that reads syntax. An invocation is matched by the invoked method's name (and
/// its type's name when it is qualified) against the flows' methods, without binding: a name that matches no flow,
/// or several, is no call.
/// </summary>
internal static class CallEdges
{
    public static IEnumerable<string> Of(IMethodSymbol method, Func<string, IEnumerable<Flow>> flowsWithMethodName, CancellationToken cancellationToken)
    {
        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            foreach (var invocation in InvocationsIn(reference.GetSyntax(cancellationToken)))
            {
                var (name, qualifier) = invocation.Expression switch
                {
                    IdentifierNameSyntax identifier => (identifier.Identifier.ValueText, null),
                    MemberAccessExpressionSyntax { Name: var member, Expression: var target } => (member.Identifier.ValueText, Last(target)),
                    _ => (null, null),
                };
                if (name is null)
                {
                    continue;
                }

                var candidates = flowsWithMethodName(name)
                    .Where(flow => qualifier is null ? SymbolEqualityComparer.Default.Equals(flow.Method.ContainingType, method.ContainingType) : flow.Method.ContainingType.Name == qualifier)
                    .ToList();
                if (candidates.Count == 1)
                {
                    yield return candidates[0].QualifiedName;
                }
            }
        }
    }

    /// <summary>The invocations in a method's body, not in its attributes (where <c>nameof(...)</c> is one).</summary>
    public static IEnumerable<InvocationExpressionSyntax> InvocationsIn(SyntaxNode method) =>
        method is BaseMethodDeclarationSyntax declaration
            // An empty body, as most flows declared only by their attributes have, is not walked.
            ? (declaration.Body is { Statements.Count: > 0 } ? declaration.Body : (SyntaxNode?)declaration.ExpressionBody)?.DescendantNodes().OfType<InvocationExpressionSyntax>() ?? Enumerable.Empty<InvocationExpressionSyntax>()
            : method.DescendantNodes().OfType<InvocationExpressionSyntax>();

    private static string? Last(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        _ => null,
    };
}
