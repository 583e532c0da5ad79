using System.Collections.Immutable;
using System.Composition;
using AccessRulesAnalyzer.Driver;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AccessRulesAnalyzer.CodeFixes;

/// <summary>"Use the declared module role": replaces a misspelt role with the one the diagnostic suggests.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseSuggestedModuleRoleCodeFixProvider))]
[Shared]
public sealed class UseSuggestedModuleRoleCodeFixProvider : SuggestedLiteralFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIdentifiers.UnknownModuleRole);

    private protected override string Title => "Use the declared module role";
}
