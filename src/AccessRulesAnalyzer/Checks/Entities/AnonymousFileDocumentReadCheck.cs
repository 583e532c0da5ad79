using System.Collections.Generic;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.FixContracts;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR0005: anonymous visitors can read file documents or images with no instance constraint.</summary>
internal sealed class AnonymousFileDocumentReadCheck() : AnonymousEntityCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.CreateRedFlag(
        RuleIdentifiers.AnonymousFileDocumentRead,
        "Anonymous read of file documents without an instance constraint",
        "Anonymous module role {0} can read every '{1}' file: download links can be guessed by id; add an XPath constraint such as [System.owner='[%CurrentUser%]']{2}",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        "A file is downloaded by its id; ids can be guessed by counting. Only an instance constraint makes the server check that the visitor may have that file.");

    private protected override void Analyze(SecurityModel model, EntityModel entity, List<Finding> findings)
    {
        if (!entity.Persistable || !entity.IsFileDocument)
        {
            return;
        }

        foreach (var rule in entity.Rules)
        {
            if (rule.IsAnonymous && !rule.HasConstraint && !rule.MembersWith(MemberAccess.Read).IsEmpty)
            {
                findings.Add(Finding.OnAnonymousRule(rule, AttributeSite.Whole(rule.Declaration), true, entity.QualifiedName, OwnerConstraintFix.StoreOwnerHint(entity)));
            }
        }
    }
}
