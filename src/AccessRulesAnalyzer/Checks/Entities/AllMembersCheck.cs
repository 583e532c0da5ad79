using System.Collections.Generic;
using System.Linq;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.FixContracts;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR0008: AllMembers grants access to members that do not exist yet.</summary>
internal sealed class AllMembersCheck() : EntityCheck(Descriptor, SuggestionDescriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.AllMembersCoversFutureMembers,
        "AllMembers also grants members added later",
        "AllMembers = {0} on '{1}' grants module role {2} every member added to the entity later too: list the members",
        RuleCategories.Security,
        // Warning by default, so that the build (which skips analyzers whose every rule is Info) reports the anonymous
        // case; the other cases are suggestions, under the same rule at Info, which only the suggestion analyzer computes.
        DiagnosticSeverity.Warning,
        "AllMembers applies to every member, including ones added later, so a new attribute is exposed to the rule's roles without anyone deciding it. It is a warning when the rule names an anonymous module role, and info otherwise.");

    internal static readonly DiagnosticDescriptor SuggestionDescriptor = RuleDescriptors.Suggestion(Descriptor);

    private protected override void Analyze(SecurityModel model, EntityModel entity, List<Finding> findings) =>
        Analyze(entity, anonymous: true, findings);

    private protected override void AnalyzeSuggestions(SecurityModel model, EntityModel entity, List<Finding> findings) =>
        Analyze(entity, anonymous: false, findings);

    /// <summary>The findings on the rules that name an anonymous module role, or on the others.</summary>
    private static void Analyze(EntityModel entity, bool anonymous, List<Finding> findings)
    {
        foreach (var rule in entity.Rules)
        {
            if (rule.AllMembers == MemberAccess.None || rule.IsAnonymous != anonymous)
            {
                continue;
            }

            findings.Add(Finding.At(AttributeSite.NamedArgument(rule.Declaration, AnnotationNames.AccessRuleAttribute.AllMembers), rule.AllMembers.ToString(), entity.QualifiedName, Display.Quoted(rule.ModuleRoles.Select(role => role.Value))).WithProperties(MemberListFix.Listing(rule)));
        }
    }
}
