using System.Collections.Generic;
using System.Linq;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace AccessRulesAnalyzer.Checks;

/// <summary>AR3003: a line of the approved-access file that is not in the canonical form.</summary>
internal sealed class ApprovedAccessSyntaxErrorCheck() : SecurityCheck(Descriptor)
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        RuleIdentifiers.ApprovedAccessSyntaxError,
        "Line of the approved-access file that does not parse",
        ApprovedAccess.FileName + ", {0}",
        RuleCategories.Review,
        DiagnosticSeverity.Error,
        "Each line approves one anonymous grant as 'entity | constraint | scope | rights' (accessrules baseline writes them); a line in another form approves nothing.");

    internal override void Register(CheckRegistrations context, SecurityModel model) =>
        context.RegisterApprovedAccessCheck(Descriptor, Analyze);

    private static IEnumerable<Finding> Analyze(ApprovedAccessFile file) =>
        file.Errors.Select(error => Finding.InFile(error.Span, error.Message));
}
