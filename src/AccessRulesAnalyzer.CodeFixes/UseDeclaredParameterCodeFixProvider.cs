using System.Collections.Immutable;
using System.Composition;
using AccessRulesAnalyzer.Driver;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AccessRulesAnalyzer.CodeFixes;

/// <summary>"Use the flow's parameter": replaces a misspelt <c>Parameter</c> of a change or delete with the parameter the diagnostic suggests.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseDeclaredParameterCodeFixProvider))]
[Shared]
public sealed class UseDeclaredParameterCodeFixProvider : SuggestedLiteralFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIdentifiers.UnknownActionParameter);

    private protected override string Title => "Use the flow's parameter";
}
