using System.Collections.Immutable;
using System.Composition;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AccessRulesAnalyzer.CodeFixes;

/// <summary>"Remove the XPath constraint" of a rule on a non-persistable entity, where it cannot apply.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveXPathCodeFixProvider))]
[Shared]
public sealed class RemoveXPathCodeFixProvider : RemoveNamedArgumentFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIdentifiers.XPathOnNonPersistableEntity);

    private protected override string Title => "Remove the XPath constraint";

    private protected override bool Removes(string argumentName) => argumentName == AnnotationNames.AccessRuleAttribute.XPath;
}
