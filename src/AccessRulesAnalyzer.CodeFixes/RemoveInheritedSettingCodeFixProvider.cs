using System.Collections.Immutable;
using System.Composition;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AccessRulesAnalyzer.CodeFixes;

/// <summary>"Remove the argument" a specialization sets against its generalization (AR1017): the generalization's value holds.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveInheritedSettingCodeFixProvider))]
[Shared]
public sealed class RemoveInheritedSettingCodeFixProvider : RemoveNamedArgumentFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIdentifiers.SpecializationOverridesInheritedSetting);

    private protected override string Title => "Remove the argument";

    private protected override bool Removes(string argumentName) => InheritedSettings.IsSettingArgument(argumentName);
}
