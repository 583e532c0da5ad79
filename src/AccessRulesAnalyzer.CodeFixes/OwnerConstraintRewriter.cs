using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using AccessRulesAnalyzer.FixContracts;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace AccessRulesAnalyzer.CodeFixes;

/// <summary>An <c>[AccessRule]</c> to constrain to the visitor's own objects, and the module roles of it that are anonymous.</summary>
internal readonly struct OwnerConstraintTarget
{
    public OwnerConstraintTarget(AttributeSyntax rule, ImmutableHashSet<string> anonymousRoles)
    {
        Rule = rule;
        AnonymousRoles = anonymousRoles;
    }

    public AttributeSyntax Rule { get; }

    public ImmutableHashSet<string> AnonymousRoles { get; }
}

/// <summary>
/// Adds <c>[System.owner='[%CurrentUser%]']</c> to access rules. A rule that also names roles of signed-in users is
/// first split, so those roles keep exactly what they had. StoreOwner is the fix's business: it may be on another
/// declaration of the class, or on the root of the hierarchy.
/// </summary>
internal sealed class OwnerConstraintRewriter
{
    private readonly SemanticModel _semanticModel;
    private readonly CancellationToken _cancellationToken;

    public OwnerConstraintRewriter(SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        _semanticModel = semanticModel;
        _cancellationToken = cancellationToken;
    }

    /// <summary>The rule is on a type and names its roles as separate constant arguments (not an array), so they can be split.</summary>
    // A rule the parser could not read whole (half-typed) is left alone: splitting it would copy its error, and so
    // would splitting one whose attribute list the parser could not read (a missing ']').
    public bool CanRewrite(OwnerConstraintTarget target) =>
        !target.Rule.ContainsDiagnostics &&
        target.Rule.FirstAncestorOrSelf<TypeDeclarationSyntax>() is not null &&
        RoleArguments(target.Rule).All(argument => argument.Role is not null) &&
        !(target.Rule.Parent is { ContainsDiagnostics: true } && NeedsSplit(target));

    public SyntaxNode Rewrite(SyntaxNode root, IEnumerable<OwnerConstraintTarget> targets)
    {
        var byType = targets
            .Where(CanRewrite)
            .GroupBy(target => target.Rule.FirstAncestorOrSelf<TypeDeclarationSyntax>()!)
            .ToDictionary(group => group.Key, group => group.ToDictionary(target => target.Rule));
        return root.ReplaceNodes(byType.Keys, (original, rewritten) => RewriteType(original, rewritten, byType[original]));
    }

    private TypeDeclarationSyntax RewriteType(TypeDeclarationSyntax original, TypeDeclarationSyntax rewritten, Dictionary<AttributeSyntax, OwnerConstraintTarget> targets)
    {
        // Nested types were rewritten already; attribute lists are the type's own, in the same order as in the original.
        var lists = new List<AttributeListSyntax>();
        for (var i = 0; i < original.AttributeLists.Count; i++)
        {
            var originalList = original.AttributeLists[i];
            var list = rewritten.AttributeLists[i];
            var attributes = new List<AttributeSyntax>();
            var splitLists = new List<AttributeListSyntax>();
            for (var j = 0; j < originalList.Attributes.Count; j++)
            {
                var attribute = list.Attributes[j];
                if (targets.TryGetValue(originalList.Attributes[j], out var target))
                {
                    if (NeedsSplit(target))
                    {
                        attributes.Add(KeepRoles(attribute, role => !target.AnonymousRoles.Contains(role)));
                        var anonymousRule = WithOwnerConstraint(KeepRoles(attribute, target.AnonymousRoles.Contains), ExistingConstraint(target.Rule));
                        splitLists.Add(list.WithAttributes(SingletonSeparatedList(anonymousRule)).WithLeadingTrivia(Indentation(list)));
                    }
                    else
                    {
                        attributes.Add(WithOwnerConstraint(attribute, ExistingConstraint(target.Rule)));
                    }
                }
                else
                {
                    attributes.Add(attribute);
                }
            }

            lists.Add(list.WithAttributes(SeparatedList(attributes, list.Attributes.GetSeparators())));
            lists.AddRange(splitLists);
        }

        return rewritten.WithAttributeLists(List(lists));
    }

    private bool NeedsSplit(OwnerConstraintTarget target) =>
        RoleArguments(target.Rule).Any(argument => !target.AnonymousRoles.Contains(argument.Role!));

    /// <summary>The positional arguments of a rule with the role each names; null for an array or a non-constant.</summary>
    private IEnumerable<(AttributeArgumentSyntax Argument, string? Role)> RoleArguments(AttributeSyntax rule) =>
        (rule.ArgumentList?.Arguments ?? default)
            .Where(AttributeArguments.IsPositional)
            .Select(argument => (argument, _semanticModel.GetConstantValue(argument.Expression, _cancellationToken).Value as string));

    private AttributeSyntax KeepRoles(AttributeSyntax rule, System.Func<string, bool> keep)
    {
        var removed = RoleArguments(rule).Where(argument => !keep(argument.Role!)).Select(argument => argument.Argument);
        return rule.RemoveNodes(removed, SyntaxRemoveOptions.KeepNoTrivia)!;
    }

    // The rule's constraint when its XPath reads as a string that is not blank; null when it has none, or one whose value
    // is no string (half-typed code: true, an array, a collection expression, a call), which the owner constraint then
    // replaces: appending to it would leave it unreadable, and Fix All would append again.
    private string? ExistingConstraint(AttributeSyntax rule) =>
        AttributeArguments.Named(rule, AnnotationNames.AccessRuleAttribute.XPath)?.Expression is { } xpath &&
        _semanticModel.GetConstantValue(xpath, _cancellationToken) is { HasValue: true, Value: string existing } &&
        !string.IsNullOrWhiteSpace(existing)
            ? existing
            : null;

    private static AttributeSyntax WithOwnerConstraint(AttributeSyntax rule, string? existing)
    {
        var constraint = AccessRulesAnalyzer.FixContracts.OwnerConstraintFix.Constraint;
        ExpressionSyntax value = existing is null ? StringLiteral(constraint)
            : AttributeArguments.Named(rule, AnnotationNames.AccessRuleAttribute.XPath)!.Expression switch
            {
                // [a][b] means a and b: appending a bracketed group ANDs the owner check with what was there.
                LiteralExpressionSyntax => StringLiteral(existing + constraint),
                // A constant of the user's (Constraints.Active) stays theirs: the owner check is appended to it.
                var other => BinaryExpression(SyntaxKind.AddExpression, other.WithoutTrivia(), Token(SyntaxKind.PlusToken).WithLeadingTrivia(Space).WithTrailingTrivia(Space), StringLiteral(constraint)),
            };
        return AttributeArguments.SetNamed(rule, AnnotationNames.AccessRuleAttribute.XPath, value);
    }

    private static LiteralExpressionSyntax StringLiteral(string value) => LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(value));

    private static SyntaxTriviaList Indentation(AttributeListSyntax list) =>
        TriviaList(list.GetLeadingTrivia().Reverse().TakeWhile(trivia => trivia.IsKind(SyntaxKind.WhitespaceTrivia)).Reverse());
}
