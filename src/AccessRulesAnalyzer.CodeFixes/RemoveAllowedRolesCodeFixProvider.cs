using System.Collections.Immutable;
using System.Composition;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AccessRulesAnalyzer.CodeFixes;

/// <summary>"Remove AllowedRoles" of a microflow that nothing on the client calls: microflows call it unchecked.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveAllowedRolesCodeFixProvider))]
[Shared]
public sealed class RemoveAllowedRolesCodeFixProvider : RemoveNamedArgumentFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIdentifiers.AllowedRolesWithoutClientCaller);

    private protected override string Title => "Remove AllowedRoles";

    private protected override bool Removes(string argumentName) => argumentName == AnnotationNames.MicroflowAttribute.AllowedRoles;
}
