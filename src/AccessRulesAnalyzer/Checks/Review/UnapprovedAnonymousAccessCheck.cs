using System.Collections.Generic;
using System.Linq;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.FixContracts;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR3001: anonymous access that a rule grants but the project's approved-access file does not list.</summary>
internal sealed class UnapprovedAnonymousAccessCheck() : SecurityCheck(Descriptor)
{

    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.CreateRedFlag(
        RuleIdentifiers.UnapprovedAnonymousAccess,
        "Anonymous access that is not approved",
        "Anonymous access to '{0}' is not approved in " + ApprovedAccess.FileName + ": {1}",
        RuleCategories.Review,
        DiagnosticSeverity.Warning,
        "A project with an approved-access file lists there every grant of the anonymous user role, as a public API baseline lists the public API: new anonymous access shows in the pull request and must be approved before the build passes in CI.");

    internal override void Register(CheckRegistrations context, SecurityModel model)
    {
        if (context.ApprovedAccessFile is { } file && model.AnonymousUserRole is { } anonymous)
        {
            context.RegisterEntityCheck(Descriptor, (entity, findings) => Analyze(anonymous, file.Value, entity, findings));
        }
    }

    private static void Analyze(UserRole anonymous, ApprovedAccessFile? file, EntityModel entity, List<Finding> findings)
    {
        if (file is null)
        {
            return;
        }

        foreach (var grant in UserRoleAccess.GrantsOn(anonymous, entity))
        {
            var line = ApprovedAccess.Line(entity.QualifiedName, grant);
            if (!file.Lines.Contains(line))
            {
                // On the grant's first rule, its other rules as additional locations.
                var rule = grant.Rules[0];
                findings.Add(Finding.At(AttributeSite.Whole(rule.Declaration), entity.QualifiedName, line)
                    .WithRelated(grant.Rules.Skip(1))
                    .WithAnonymousRoles(grant.Rules.SelectMany(r => r.AnonymousRoles).Select(role => role.Value).Distinct())
                    .WithProperties(ApprovedLineFix.Approving(line)));
            }
        }
    }
}
