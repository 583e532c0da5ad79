using System.Collections.Generic;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR3002: a line of the approved-access file that the app no longer grants.</summary>
internal sealed class ApprovedAccessNoLongerGrantedCheck() : SecurityCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.ApprovedAccessNoLongerGranted,
        "Approved anonymous access that is no longer granted",
        "The app no longer grants this approved anonymous access: {0}",
        RuleCategories.Review,
        DiagnosticSeverity.Warning,
        "The approved-access file should say what visitors can reach now. A line the app no longer grants (no rule, microflow or service gives visitors that access) is stale: remove it, so that the file stays a true record and a later grant of the same access is approved anew.");

    internal override void Register(CheckRegistrations context, SecurityModel model) =>
        context.RegisterApprovedAccessCheck(Descriptor, file => Analyze(model, file));

    private static IEnumerable<Finding> Analyze(SecurityModel model, ApprovedAccessFile file)
    {
        var granted = ApprovedAccess.GrantedLines(model);
        foreach (var (line, span) in file.Entries)
        {
            if (!granted.Contains(line))
            {
                yield return Finding.InFile(span, line);
            }
        }
    }
}
