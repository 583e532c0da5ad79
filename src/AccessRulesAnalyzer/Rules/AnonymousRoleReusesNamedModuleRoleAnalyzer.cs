using System.Collections.Immutable;
using System.Linq;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AccessRulesAnalyzer.Rules;

/// <summary>AR0001: the anonymous user role shares a module role with a user role of signed-in users.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AnonymousRoleReusesNamedModuleRoleAnalyzer : SecurityModelAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.AnonymousRoleReusesNamedModuleRole,
        "Anonymous user role reuses a module role of a named user role",
        "Anonymous user role '{0}' reuses module role '{1}' of named user role {2}: give anonymous visitors a module role of their own",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        "Everything a module role grants to signed-in users is then granted to every visitor who has not signed in. Give the anonymous user role its own module roles with the least access it needs.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    internal override void Register(CompilationStartAnalysisContext context, SecurityModel model)
    {
        if (model.AnonymousUserRole is not { } anonymous)
        {
            return;
        }

        // The role configuration is known at compilation start; reporting per tree keeps the warning live in the IDE.
        context.RegisterSyntaxTreeAction(treeContext =>
        {
            if (!AttributeLocations.IsIn(anonymous.Declaration, treeContext.Tree))
            {
                return;
            }

            foreach (var moduleRole in anonymous.ModuleRoles)
            {
                var named = model.NamedUserRolesIncluding(moduleRole.Value);
                if (named.IsEmpty)
                {
                    continue;
                }

                treeContext.ReportDiagnostic(Diagnostic.Create(
                    Rule,
                    AttributeLocations.OfParamsElement(anonymous.Declaration, 1, moduleRole.Index, treeContext.CancellationToken),
                    anonymous.Name,
                    moduleRole.Value,
                    Display.Quoted(named.Select(role => role.Name))));
            }
        });
    }
}
