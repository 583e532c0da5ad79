using System.Collections.Immutable;
using System.Composition;
using AccessRulesAnalyzer.Driver;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AccessRulesAnalyzer.CodeFixes;

/// <summary>"Use the declared microflow or nanoflow": replaces a misspelt flow name with the one the diagnostic suggests.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseDeclaredFlowCodeFixProvider))]
[Shared]
public sealed class UseDeclaredFlowCodeFixProvider : SuggestedLiteralFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIdentifiers.UndeclaredFlow);

    private protected override string Title => "Use the declared microflow or nanoflow";
}
