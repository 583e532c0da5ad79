namespace AccessRulesAnalyzer.Driver;

/// <summary>Every diagnostic ID the package reports. IDs are public: never renumber one.</summary>
internal static class RuleIdentifiers
{
    // Anonymous exposure.
    public const string AnonymousRoleReusesNamedModuleRole = "AR0001";
    public const string AnonymousWriteWithoutConstraint = "AR0002";
    public const string AnonymousFullRead = "AR0003";
    public const string AnonymousDeleteWithoutConstraint = "AR0004";
    public const string AnonymousFileDocumentRead = "AR0005";
    public const string AnonymousChangeNotUserScoped = "AR0006";
    public const string AnonymousUserManagement = "AR0007";
    public const string AllMembersCoversFutureMembers = "AR0008";
    public const string AnonymousUserEntityAccess = "AR0009";
    public const string AnonymousCreate = "AR0010";

    // The strict set (off by default): parity with the platform's Best Practice Recommender.
    public const string AnonymousReadWithoutConstraint = "AR0011";
    public const string AnonymousWrite = "AR0012";
    public const string AnonymousSystemEntityAccess = "AR0013";
    public const string AnonymousAdministrationRole = "AR0014";
    public const string AdministratorReachableAnonymously = "AR0015";
    public const string AnonymousMicroflowWithoutEntityAccess = "AR0016";
    public const string OpenService = "AR0017";
    public const string PageFilterInsteadOfAccessRule = "AR0018";
    public const string ClientObjectChangedWithoutEntityAccess = "AR0019";
    public const string AllowedRolesWithoutClientCaller = "AR0020";
    public const string SystemFileObjectCreated = "AR0021";
    public const string AnonymousUsersEnabled = "AR0022";
    public const string StrictModeOff = "AR0023";
    public const string SecretConstantExposed = "AR0024";
    public const string AnonymousUnlimitedString = "AR0025";

    // Model consistency.
    public const string UnknownModuleRole = "AR1001";
    public const string ModuleRoleOfAnotherModule = "AR1002";
    public const string UnknownMember = "AR1003";
    public const string WriteOnComputedMember = "AR1004";
    public const string RuleGrantsNothing = "AR1005";
    public const string XPathOnNonPersistableEntity = "AR1006";
    public const string SystemMemberNotStored = "AR1007";
    public const string SpecializationDropsConstraint = "AR1008";
    public const string XPathOnUserEntity = "AR1009";
    public const string CreateNotLimitedByXPath = "AR1010";
    public const string SecurityLevelNotProduction = "AR1011";
    public const string DuplicateRoleDeclaration = "AR1012";
    public const string InvalidAnonymousUsers = "AR1013";
    public const string AnonymousCreateWithoutSignInMicroflow = "AR1014";
    public const string ConstrainedMemberWritable = "AR1015";
    public const string UnusedModuleRole = "AR1016";
    public const string SpecializationOverridesInheritedSetting = "AR1017";
    public const string DemoUsersInProduction = "AR1018";
    public const string WeakPasswordPolicy = "AR1019";
    public const string NoPasswordPolicy = "AR1020";
    public const string DemoUserUnknownRole = "AR1021";
    public const string RedundantAccessRule = "AR1022";
    public const string DuplicateAccessRule = "AR1023";
    public const string UndeclaredFlow = "AR1024";
    public const string ClientCalledMicroflowWithoutRoles = "AR1025";
    public const string CalledMicroflowNotAllowedForCaller = "AR1026";
    public const string PageShowsUnreadableMember = "AR1027";
    public const string SecurityChecksOff = "AR1028";
    public const string WeakPasswordHashing = "AR1029";
    public const string DefaultAdministratorName = "AR1030";
    public const string StrictPageUrlCheckingOff = "AR1031";
    public const string ComplementaryConstraints = "AR1032";
    public const string EntityWithoutAccessRules = "AR1033";
    public const string SystemUserMemberInRule = "AR1034";
    public const string UnknownActionParameter = "AR1035";
    public const string DocumentNamesNoEntity = "AR1036";
    public const string DocumentAttributeUnread = "AR1037";
    public const string DuplicateFlowName = "AR1038";

    // XPath validation.
    public const string XPathSyntaxError = "AR2001";
    public const string XPathUnknownName = "AR2002";
    public const string XPathCurrentUserNotUser = "AR2003";
    public const string XPathTypeMismatch = "AR2004";
    public const string XPathNeverMatches = "AR2005";

    // AR3xxx: the access review, against the approved anonymous access.
    public const string UnapprovedAnonymousAccess = "AR3001";
    public const string ApprovedAccessNoLongerGranted = "AR3002";
    public const string ApprovedAccessSyntaxError = "AR3003";
}
