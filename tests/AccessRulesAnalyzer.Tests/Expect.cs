using AccessRulesAnalyzer.Tests.Verification;

namespace AccessRulesAnalyzer.Tests;

/// <summary>Expected diagnostics by ID, for tests that expect more than the check under test names.</summary>
public static class Expect
{
    /// <summary>A diagnostic of the package at its descriptor's default severity.</summary>
    public static DiagnosticResult Diagnostic(string id) => TestConfiguration.Expected(TestConfiguration.AllDescriptors, id);
}
