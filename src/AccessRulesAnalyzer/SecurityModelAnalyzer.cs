using System.Collections.Immutable;
using System.Linq;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AccessRulesAnalyzer;

/// <summary>
/// The package's analyzer: it builds the compilation's <see cref="SecurityModel"/> and runs every
/// <see cref="SecurityCheck"/> on it. Checks report from symbol and syntax tree actions so that the IDE shows them
/// while the user types; it does not run compilation-end actions live. Generated code is excluded here, through
/// <see cref="GeneratedCode"/>, rather than by the driver.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SecurityModelAnalyzer : DiagnosticAnalyzer
{
    private readonly ImmutableArray<SecurityCheck> _checks;

    public SecurityModelAnalyzer()
        : this(AllChecks())
    {
    }

    /// <summary>An analyzer that runs only <paramref name="checks"/>: tests verify one check at a time.</summary>
    internal SecurityModelAnalyzer(params SecurityCheck[] checks)
        : this(checks.ToImmutableArray())
    {
    }

    private SecurityModelAnalyzer(ImmutableArray<SecurityCheck> checks)
    {
        _checks = checks;
        SupportedDiagnostics = checks.SelectMany(check => check.SupportedDiagnostics).Distinct().ToImmutableArray();
    }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

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
        new XPathSyntaxErrorCheck(),
        new XPathUnknownNameCheck(),
        new XPathCurrentUserNotUserCheck(),
        new XPathTypeMismatchCheck(),
        new XPathNeverMatchesCheck(),
        new UnapprovedAnonymousAccessCheck(),
        new ApprovedAccessNoLongerGrantedCheck(),
        new ApprovedAccessSyntaxErrorCheck());

    public override void Initialize(AnalysisContext context)
    {
        // The driver would check every reported diagnostic for generated code by walking its file's tokens; the
        // model knows which entities and files are generated at a fraction of that cost.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (SecurityModel.For(start.Compilation) is not { } model)
            {
                return;
            }

            var registrations = new CheckRegistrations(model, start.Options);
            var turnedOff = new TurnedOffRules(start.Compilation, start.Options);
            foreach (var check in _checks)
            {
                if (!turnedOff.AllOff(check, start.CancellationToken))
                {
                    check.Register(registrations, model);
                }
            }

            registrations.RegisterActions(start);
        });
    }
}
