using System.Collections.Immutable;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Checks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AccessRulesAnalyzer.Driver;

/// <summary>
/// The package's analyzer of warnings and errors: it runs every <see cref="SecurityCheck"/> that can report one.
/// Suggestions (rules that are Info by default, and the Info cases of a rule that is a warning in others) are the
/// <see cref="SecuritySuggestionAnalyzer"/>'s instead: the command-line compiler skips an analyzer whose every rule
/// is Info or hidden, since a build does not print those (unless it writes an error log), so a build pays for the
/// suggestions only when the project raises their severity.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SecurityModelAnalyzer : SecurityChecksAnalyzer
{
    public SecurityModelAnalyzer()
        : base(AllChecks.Create(), EntityAnalyzers.Findings, descriptor => !IsSuggestion(descriptor))
    {
    }

    /// <summary>An analyzer that runs only <paramref name="checks"/>, whatever their severity: tests verify one check at a time.</summary>
    internal SecurityModelAnalyzer(params SecurityCheck[] checks)
        : base(checks, EntityAnalyzers.Findings, _ => true)
    {
    }

    /// <summary>The package's analyzers, as a build loads them: together they run every check once.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Package() =>
        ImmutableArray.Create<DiagnosticAnalyzer>(new SecurityModelAnalyzer(), new SecuritySuggestionAnalyzer());

    /// <summary>The descriptor is Info by default, so a command-line build does not print its findings.</summary>
    internal static bool IsSuggestion(DiagnosticDescriptor descriptor) => descriptor.DefaultSeverity <= DiagnosticSeverity.Info;
}
