using System.Collections.Generic;
using System.Linq;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.FixContracts;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR0008: AllMembers grants access to members that do not exist yet.</summary>
internal sealed class AllMembersCheck() : EntityCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.AllMembersCoversFutureMembers,
        "AllMembers also grants members added later",
        "AllMembers = {0} on '{1}' grants module role {2} every member added to the entity later too: list the members",
        RuleCategories.Security,
        // Warning by default and lowered per finding: command-line builds leave out, by ID, the diagnostics whose
        // descriptor is Info, so an Info default raised per finding would hide the anonymous warning from every
        // build that writes no SARIF log.
        DiagnosticSeverity.Warning,
        "AllMembers applies to every member, including ones added later, so a new attribute is exposed to the rule's roles without anyone deciding it. It is a warning when the rule names an anonymous module role, and info otherwise.");

    private protected override void Analyze(SecurityModel model, EntityModel entity, List<Finding> findings)
    {
        foreach (var rule in entity.Rules)
        {
            if (rule.AllMembers == MemberAccess.None)
            {
                continue;
            }

            var finding = Finding.At(AttributeSite.NamedArgument(rule.Declaration, AnnotationNames.AccessRuleAttribute.AllMembers), rule.AllMembers.ToString(), entity.QualifiedName, Display.Quoted(System.Linq.Enumerable.Select(rule.ModuleRoles, role => role.Value))).WithProperties(MemberListFix.Listing(rule));
            findings.Add(rule.IsAnonymous ? finding : finding.WithSeverity(DiagnosticSeverity.Info));
        }
    }
}
