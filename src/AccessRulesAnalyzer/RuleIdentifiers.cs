namespace AccessRulesAnalyzer;

/// <summary>Every diagnostic ID the package reports. IDs are public: never renumber one.</summary>
internal static class RuleIdentifiers
{
    public const string AnonymousRoleReusesNamedModuleRole = "AR0001";
    public const string AnonymousWriteWithoutConstraint = "AR0002";
    public const string AnonymousFullRead = "AR0003";
}
