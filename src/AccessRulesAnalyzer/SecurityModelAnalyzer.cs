using System.Collections.Immutable;
using System.Linq;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AccessRulesAnalyzer;

/// <summary>
/// The package's analyzer of warnings and errors: it runs every <see cref="SecurityCheck"/> that can report one.
/// The checks whose every rule is a suggestion (Info) run in <see cref="SecuritySuggestionAnalyzer"/> instead: the
/// command-line compiler skips an analyzer whose every rule is Info or hidden, since a build does not print those
/// (unless it writes an error log), so a build pays for the suggestions only when the project raises their severity.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SecurityModelAnalyzer : SecurityChecksAnalyzer
{
    public SecurityModelAnalyzer()
        : base(AllChecks().Where(check => !ReportsOnlySuggestions(check)), EntityAnalyzers.Findings)
    {
    }

    /// <summary>An analyzer that runs only <paramref name="checks"/>, whatever their severity: tests verify one check at a time.</summary>
    internal SecurityModelAnalyzer(params SecurityCheck[] checks)
        : base(checks, EntityAnalyzers.Findings)
    {
    }

    /// <summary>The package's analyzers, as a build loads them: together they run every check once.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Package() =>
        ImmutableArray.Create<DiagnosticAnalyzer>(new SecurityModelAnalyzer(), new SecuritySuggestionAnalyzer());

    /// <summary>Every rule of <paramref name="check"/> is Info by default, so a command-line build does not print its findings.</summary>
    internal static bool ReportsOnlySuggestions(SecurityCheck check) =>
        check.SupportedDiagnostics.All(descriptor => descriptor.DefaultSeverity <= DiagnosticSeverity.Info);

    /// <summary>Every check of the package, in the order of their rule identifiers.</summary>
    public static ImmutableArray<SecurityCheck> AllChecks() => ImmutableArray.Create<SecurityCheck>(
        new AnonymousRoleReusesNamedModuleRoleCheck(),
        new AnonymousWriteWithoutConstraintCheck(),
        new AnonymousFullReadCheck(),
        new AnonymousDeleteWithoutConstraintCheck(),
        new AnonymousFileDocumentReadCheck(),
        new AnonymousChangeNotUserScopedCheck(),
        new AnonymousUserManagementCheck(),
        new AllMembersCheck(),
        new AnonymousUserEntityAccessCheck(),
        new AnonymousCreateCheck(),
        new AnonymousReadWithoutConstraintCheck(),
        new AnonymousWriteCheck(),
        new AnonymousSystemEntityAccessCheck(),
        new AnonymousAdministrationRoleCheck(),
        new AdministratorReachableAnonymouslyCheck(),
        new UnknownModuleRoleCheck(),
        new ModuleRoleOfAnotherModuleCheck(),
        new UnknownMemberCheck(),
        new WriteOnComputedMemberCheck(),
        new RuleGrantsNothingCheck(),
        new XPathOnNonPersistableEntityCheck(),
        new SystemMemberNotStoredCheck(),
        new SpecializationDropsConstraintCheck(),
        new XPathOnUserEntityCheck(),
        new CreateNotLimitedByXPathCheck(),
        new SecurityLevelCheck(),
        new DuplicateRoleDeclarationCheck(),
        new InvalidAnonymousUsersCheck(),
        new AnonymousCreateWithoutSignInMicroflowCheck(),
        new ConstrainedMemberWritableCheck(),
        new UnusedModuleRoleCheck(),
        new SpecializationOverridesInheritedSettingCheck(),
        new DemoUsersInProductionCheck(),
        new WeakPasswordPolicyCheck(),
        new NoPasswordPolicyCheck(),
        new DemoUserUnknownRoleCheck(),
        new RedundantAccessRuleCheck(),
        new DuplicateAccessRuleCheck(),
        new SystemUserMemberInRuleCheck(),
        new XPathSyntaxErrorCheck(),
        new XPathUnknownNameCheck(),
        new XPathCurrentUserNotUserCheck(),
        new XPathTypeMismatchCheck(),
        new XPathNeverMatchesCheck(),
        new UnapprovedAnonymousAccessCheck(),
        new ApprovedAccessNoLongerGrantedCheck(),
        new ApprovedAccessSyntaxErrorCheck());
}
