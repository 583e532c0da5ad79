using System.Collections.Immutable;
using System.Linq;
using AccessRulesAnalyzer.Driver;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Checks;

/// <summary>Every check of the package: the analyzers split them by severity (Driver), the tests and the benchmark run them.</summary>
internal static class AllChecks
{
    /// <summary>Every check of the package, in the order of their rule identifiers.</summary>
    public static ImmutableArray<SecurityCheck> Create() => ImmutableArray.Create<SecurityCheck>(
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
        new AnonymousMicroflowWithoutEntityAccessCheck(),
        new OpenServiceCheck(),
        new PageFilterInsteadOfAccessRuleCheck(),
        new ClientObjectChangedWithoutEntityAccessCheck(),
        new AllowedRolesWithoutClientCallerCheck(),
        new SystemFileObjectCreatedCheck(),
        new AnonymousUsersEnabledCheck(),
        new StrictModeOffCheck(),
        new SecretConstantExposedCheck(),
        new AnonymousUnlimitedStringCheck(),
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
        new UndeclaredFlowCheck(),
        new ClientCalledMicroflowWithoutRolesCheck(),
        new CalledMicroflowNotAllowedForCallerCheck(),
        new PageShowsUnreadableMemberCheck(),
        new SecurityChecksOffCheck(),
        new WeakPasswordHashingCheck(),
        new DefaultAdministratorNameCheck(),
        new StrictPageUrlCheckingOffCheck(),
        new ComplementaryConstraintsCheck(),
        new EntityWithoutAccessRulesCheck(),
        new SystemUserMemberInRuleCheck(),
        new UnknownActionParameterCheck(),
        new DocumentNamesNoEntityCheck(),
        new DocumentAttributeUnreadCheck(),
        new DuplicateFlowNameCheck(),
        new XPathSyntaxErrorCheck(),
        new XPathUnknownNameCheck(),
        new XPathCurrentUserNotUserCheck(),
        new XPathTypeMismatchCheck(),
        new XPathNeverMatchesCheck(),
        new UnapprovedAnonymousAccessCheck(),
        new ApprovedAccessNoLongerGrantedCheck(),
        new ApprovedAccessSyntaxErrorCheck());

    /// <summary>The IDs whose descriptor carries <paramref name="tag"/> (<see cref="RuleTags"/>), in order.</summary>
    public static ImmutableArray<string> IdsTagged(string tag) =>
        Create().SelectMany(check => check.SupportedDiagnostics).Where(descriptor => descriptor.CustomTags.Contains(tag))
            .Select(descriptor => descriptor.Id).Distinct().OrderBy(id => id, System.StringComparer.Ordinal).ToImmutableArray();
}
