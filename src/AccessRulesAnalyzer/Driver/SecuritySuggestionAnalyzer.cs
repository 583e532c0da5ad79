using System.Linq;
using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AccessRulesAnalyzer.Driver;

/// <summary>
/// The package's analyzer of suggestions: the checks whose every rule is Info by default. It is an analyzer of its
/// own so that the command-line compiler can skip it (see <see cref="SecurityModelAnalyzer"/>); where both run, as in
/// the IDE, they share each entity's model (<see cref="SecurityModel.EntityToAnalyze"/>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SecuritySuggestionAnalyzer : SecurityChecksAnalyzer
{
    public SecuritySuggestionAnalyzer()
        : base(AllChecks.Create().Where(SecurityModelAnalyzer.ReportsOnlySuggestions), EntityAnalyzers.Suggestions)
    {
    }
}
