using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Rules;

/// <summary>AR1004: write access on a [Calculated] or [AutoNumber] attribute.</summary>
public sealed class WriteOnComputedMemberCheck : SecurityCheck
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.WriteOnComputedMember,
        "Write access on a calculated or auto-number attribute",
        "{0} of '{1}' can never be written: they are calculated or auto-number attributes; grant Read",
        RuleCategories.Consistency,
        DiagnosticSeverity.Error,
        "Calculated and auto-number attributes cannot be written; the platform rejects write access on them.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

    internal override void Register(CheckRegistrations context, SecurityModel model) =>
        context.RegisterEntityCheck(Descriptor, Analyze);

    private static void Analyze(EntityModel entity, List<EntityFinding> findings)
    {
        foreach (var rule in entity.Rules)
        {
            foreach (var element in rule.ReadWrite)
            {
                if (entity.FindMember(element.Value) is { IsComputed: true } member)
                {
                    findings.Add(new EntityFinding(AttributeSite.NamedElement(rule.Declaration, "ReadWrite", element.Index), [], [], null, "'" + member.Name + "'", entity.QualifiedName));
                }
            }

            if (rule.AllMembers == MemberAccess.ReadWrite && ComputedCoveredBy(rule) is { Count: > 0 } computed)
            {
                findings.Add(new EntityFinding(AttributeSite.NamedArgument(rule.Declaration, "AllMembers"), [], [], null, Display.Quoted(computed), entity.QualifiedName));
            }
        }
    }

    // Apart from Analyze, so that the lambda's capture of the rule is allocated only for a rule that writes all members.
    private static List<string> ComputedCoveredBy(AccessRule rule) =>
        rule.Entity.Members.Where(member => member.IsComputed && rule.AllMembersCover(member.Name)).Select(member => member.Name).ToList();
}
