using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AccessRulesAnalyzer.Driver;

/// <summary>
/// The package's analyzer of suggestions: the rules that are Info by default, and the Info cases of a rule that is a
/// warning in others (<see cref="Checks.SecurityCheck.SuggestionRule"/>). It is an analyzer of its
/// own so that the command-line compiler can skip it (see <see cref="SecurityModelAnalyzer"/>); where both run, as in
/// the IDE, they share each entity's model (<see cref="SecurityModel.EntityToAnalyze"/>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SecuritySuggestionAnalyzer : SecurityChecksAnalyzer
{
    public SecuritySuggestionAnalyzer()
        : base(AllChecks.Create(), EntityAnalyzers.Suggestions, SecurityModelAnalyzer.IsSuggestion)
    {
    }
}
