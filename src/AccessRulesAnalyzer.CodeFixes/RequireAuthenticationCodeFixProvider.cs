using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.FixContracts;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AccessRulesAnalyzer.CodeFixes;

/// <summary>
/// "Require authentication" on an open published service: takes <c>RequiresAuthentication = false</c> out (true is
/// the default) and the anonymous module roles out of <c>AllowedRoles</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RequireAuthenticationCodeFixProvider))]
[Shared]
public sealed class RequireAuthenticationCodeFixProvider : DocumentFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIdentifiers.OpenService);

    private protected override string Title => "Require authentication";

    private protected override bool CanFix(SyntaxNode root, SemanticModel semanticModel, Diagnostic diagnostic, CancellationToken cancellationToken) =>
        ServiceClosingFix.Of(diagnostic) is not null && Service(root, diagnostic) is not null;

    private protected override SyntaxNode Fix(SyntaxNode root, SemanticModel semanticModel, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var closed = new Dictionary<AttributeSyntax, (bool RequireAuthentication, IReadOnlyList<int> AnonymousRoles)>();
        foreach (var diagnostic in diagnostics)
        {
            closed[Service(root, diagnostic)!] = ServiceClosingFix.Of(diagnostic)!.Value;
        }

        return root.ReplaceNodes(closed.Keys, (original, _) => Close(original, closed[original].RequireAuthentication, closed[original].AnonymousRoles));
    }

    private static AttributeSyntax? Service(SyntaxNode root, Diagnostic diagnostic) =>
        NodeAt(root, diagnostic).FirstAncestorOrSelf<AttributeSyntax>() is { ArgumentList: not null } attribute ? attribute : null;

    private static AttributeSyntax Close(AttributeSyntax service, bool requireAuthentication, IReadOnlyList<int> anonymousRoles)
    {
        var roles = AttributeArguments.Named(service, AnnotationNames.PublishedServiceAttribute.AllowedRoles) is { } allowed
            ? AttributeArguments.Elements(allowed.Expression).Where((_, index) => anonymousRoles.Contains(index)).ToList()
            : new List<SyntaxNode>();
        var closed = AttributeArguments.RemoveElements(service, roles);
        return requireAuthentication && AttributeArguments.Named(closed, AnnotationNames.PublishedServiceAttribute.RequiresAuthentication) is { } authentication
            ? closed.RemoveNode(authentication, SyntaxRemoveOptions.KeepNoTrivia)!
            : closed;
    }
}
