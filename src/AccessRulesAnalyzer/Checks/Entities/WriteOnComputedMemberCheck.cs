using System.Collections.Generic;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>
/// AR1004: ReadWrite names a [Calculated] or [AutoNumber] attribute. AllMembers = ReadWrite is not reported: like
/// Studio Pro's "Set all to Read, Write", it gives such members read (<see cref="AccessRule.AccessTo"/>).
/// </summary>
internal sealed class WriteOnComputedMemberCheck() : EntityCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.WriteOnComputedMember,
        "Write access on a calculated or auto-number attribute",
        "'{0}' of '{1}' can never be written: it is a calculated or auto-number attribute; grant Read",
        RuleCategories.Consistency,
        DiagnosticSeverity.Error,
        "Calculated and auto-number attributes cannot be written; the platform rejects write access on them when ReadWrite names them. AllMembers = ReadWrite gives them read, as Studio Pro's \"Set all to Read, Write\" does, and is not reported.");

    private protected override void Analyze(SecurityModel model, EntityModel entity, List<Finding> findings)
    {
        foreach (var rule in entity.Rules)
        {
            foreach (var element in rule.ReadWrite)
            {
                if (entity.FindMember(element.Value) is { IsComputed: true } member)
                {
                    findings.Add(Finding.At(AttributeSite.NamedElement(rule.Declaration, AnnotationNames.AccessRuleAttribute.ReadWrite, element.Index), member.Name, entity.QualifiedName));
                }
            }
        }
    }
}
