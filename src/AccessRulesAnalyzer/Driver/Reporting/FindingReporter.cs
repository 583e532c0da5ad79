using System;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Driver;

/// <summary>
/// The one place a finding becomes a diagnostic: whatever placed it (an attribute in source, a module library's
/// entity on the anonymous user role, a line of the approved-access file), its properties and additional locations
/// go with it.
/// </summary>
internal static class FindingReporter
{
    public static void Report(Action<Diagnostic> report, DiagnosticDescriptor descriptor, Location location, Finding finding, CancellationToken cancellationToken) =>
        report(Diagnostic.Create(
            descriptor,
            location,
            // Most findings show no other declaration: no selector and iterator for them.
            finding.Related.IsEmpty ? null : finding.Related.Select(related => AttributeLocations.Of(related, cancellationToken)),
            finding.Properties,
            finding.MessageArguments));
}
