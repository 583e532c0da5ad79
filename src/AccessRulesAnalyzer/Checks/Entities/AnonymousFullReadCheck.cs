using System.Collections.Generic;
using System.Linq;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR0003: anonymous module roles can read every member of a persistable entity on objects not tied to the visitor.</summary>
internal sealed class AnonymousFullReadCheck() : AnonymousEntityCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.CreateRedFlag(
        RuleIdentifiers.AnonymousFullRead,
        "Anonymous full read access on an entity",
        "Anonymous module role {0} can read every member of '{1}' on objects not tied to the visitor: grant read on the members visitors need only",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        "Hiding data in pages is not security: every member an anonymous role can read is readable by anyone through the server API. Grant the members anonymous visitors need, or scope the rules to the current user.");

    private protected override void Analyze(SecurityModel model, EntityModel entity, List<Finding> findings)
    {
        if (!entity.Persistable || entity.GrantableMembers.IsEmpty)
        {
            return;
        }

        // Rules are additive: the union over every rule that reaches anonymous visitors beyond their own objects.
        // Most entities have no such rule, so nothing is allocated until one is found.
        HashSet<string>? readable = null;
        List<AccessRule>? contributing = null;
        List<string>? roles = null;
        foreach (var rule in entity.Rules)
        {
            var anonymousRoles = rule.AnonymousRoles;
            // A constraint with a syntax or binding error is reported as such, and draws no conclusion here.
            if (anonymousRoles.IsEmpty || rule.IsUserScoped || (rule.HasConstraint && !rule.HasValidConstraint))
            {
                continue;
            }

            var members = rule.MembersWith(MemberAccess.Read);
            if (members.IsEmpty)
            {
                continue;
            }

            (contributing ??= new List<AccessRule>()).Add(rule);
            roles ??= new List<string>();
            foreach (var role in anonymousRoles)
            {
                if (!roles.Contains(role.Value))
                {
                    roles.Add(role.Value);
                }
            }

            readable ??= new HashSet<string>();
            foreach (var member in members)
            {
                readable.Add(member.Name);
            }
        }

        if (readable?.Count == entity.GrantableMembers.Length)
        {
            findings.Add(Finding.OnEntity(contributing!, roles!, Display.Quoted(roles!), entity.QualifiedName));
        }
    }
}
