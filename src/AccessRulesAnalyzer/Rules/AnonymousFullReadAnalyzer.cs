using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AccessRulesAnalyzer.Rules;

/// <summary>AR0003: anonymous module roles can read every member of a persistable entity on objects not tied to the visitor.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AnonymousFullReadAnalyzer : SecurityModelAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.AnonymousFullRead,
        "Anonymous full read access on an entity",
        "Anonymous module role {0} can read every member of '{1}' on objects not tied to the visitor: grant read on the members visitors need only",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        "Hiding data in pages is not security: every member an anonymous role can read is readable by anyone through the server API. Grant the members anonymous visitors need, or scope the rules to the current user.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    internal override void Register(CompilationStartAnalysisContext context, SecurityModel model)
    {
        if (model.AnonymousModuleRoles.IsEmpty)
        {
            return;
        }

        RegisterEntityAction(context, model, (symbolContext, entity) =>
        {
            if (!entity.Persistable || entity.Members.IsEmpty)
            {
                return;
            }

            // Rules are additive: the union over every rule that reaches anonymous visitors beyond their own objects.
            var readable = new HashSet<string>();
            var contributing = new List<AccessRule>();
            var roles = new SortedSet<string>(System.StringComparer.Ordinal);
            foreach (var rule in entity.Rules)
            {
                var anonymousRoles = model.AnonymousRolesOf(rule);
                if (anonymousRoles.IsEmpty || rule.IsUserScoped)
                {
                    continue;
                }

                var members = rule.MembersWith(MemberAccess.Read);
                if (members.IsEmpty)
                {
                    continue;
                }

                contributing.Add(rule);
                roles.UnionWith(anonymousRoles.Select(role => role.Value));
                readable.UnionWith(members.Select(member => member.Name));
            }

            if (readable.Count < entity.Members.Length || entity.Symbol.Locations.IsEmpty)
            {
                return;
            }

            symbolContext.ReportDiagnostic(Diagnostic.Create(
                Rule,
                entity.Symbol.Locations[0],
                contributing.Select(rule => AttributeLocations.Of(rule.Declaration, symbolContext.CancellationToken)),
                Display.Quoted(roles),
                entity.QualifiedName));
        });
    }
}
