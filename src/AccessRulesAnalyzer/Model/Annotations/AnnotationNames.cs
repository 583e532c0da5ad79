namespace AccessRulesAnalyzer.Model;

/// <summary>
/// The attribute contract, named once: each annotation type's metadata name, the position of each constructor
/// parameter and the name of each named argument the model, the checks and the fixes read or write. The analyzer
/// does not reference the annotations assembly (a user's project does), so the names are constants here, and a
/// reflection test holds each of them, and the enums the model mirrors, to <c>AccessRules.Annotations</c>.
/// </summary>
internal static class AnnotationNames
{
    internal static class AppSecurityAttribute
    {
        public const string Type = nameof(AppSecurityAttribute);
        public const int Level = 0;
        public const string StrictMode = nameof(StrictMode);
        public const string CheckSecurity = nameof(CheckSecurity);
        public const string StrictPageUrlChecking = nameof(StrictPageUrlChecking);
        public const string HashAlgorithm = nameof(HashAlgorithm);
    }

    internal static class ModuleRoleAttribute
    {
        public const string Type = nameof(ModuleRoleAttribute);
        public const int QualifiedName = 0;
    }

    internal static class UserRoleAttribute
    {
        public const string Type = nameof(UserRoleAttribute);
        public const int Name = 0;
        public const int ModuleRoles = 1;
        public const string ManagesAllRoles = nameof(ManagesAllRoles);
        public const string ManagedRoles = nameof(ManagedRoles);
        public const string CheckSecurity = nameof(CheckSecurity);
    }

    internal static class ConstantAttribute
    {
        public const string Type = nameof(ConstantAttribute);
        public const int QualifiedName = 0;
        public const string ExposedToClient = nameof(ExposedToClient);
    }

    internal static class AnonymousUsersAttribute
    {
        public const string Type = nameof(AnonymousUsersAttribute);
        public const int UserRole = 0;
        public const string SignInMicroflow = nameof(SignInMicroflow);
    }

    internal static class AdministratorAccountAttribute
    {
        public const string Type = nameof(AdministratorAccountAttribute);
        public const int Name = 0;
        public const string UserRole = nameof(UserRole);
    }

    internal static class DemoUserAttribute
    {
        public const string Type = nameof(DemoUserAttribute);
        public const int Name = 0;
        public const int UserRoles = 1;
    }

    internal static class PasswordPolicyAttribute
    {
        public const string Type = nameof(PasswordPolicyAttribute);
        public const string MinimumLength = nameof(MinimumLength);
        public const string RequireDigit = nameof(RequireDigit);
        public const string RequireMixedCase = nameof(RequireMixedCase);
        public const string RequireSymbol = nameof(RequireSymbol);
    }

    internal static class EntityAttribute
    {
        public const string Type = nameof(EntityAttribute);
        public const int Module = 0;
        public const string Name = nameof(Name);
    }

    internal static class AccessRuleAttribute
    {
        public const string Type = nameof(AccessRuleAttribute);
        public const int ModuleRoles = 0;
        public const string Create = nameof(Create);
        public const string Delete = nameof(Delete);
        public const string Read = nameof(Read);
        public const string ReadWrite = nameof(ReadWrite);
        public const string AllMembers = nameof(AllMembers);
        public const string Except = nameof(Except);
        public const string XPath = nameof(XPath);
    }

    internal static class AssociationAttribute
    {
        public const string Type = nameof(AssociationAttribute);
        public const int Name = 0;
    }

    internal static class MicroflowAttribute
    {
        public const string Type = nameof(MicroflowAttribute);
        public const int Module = 0;
        public const string Name = nameof(Name);
        public const string AllowedRoles = nameof(AllowedRoles);
        public const string ApplyEntityAccess = nameof(ApplyEntityAccess);
        public const string Url = nameof(Url);
    }

    internal static class NanoflowAttribute
    {
        public const string Type = nameof(NanoflowAttribute);
        public const int Module = 0;
        public const string Name = nameof(Name);
        public const string AllowedRoles = nameof(AllowedRoles);
    }

    internal static class RetrievesAttribute
    {
        public const string Type = nameof(RetrievesAttribute);
        public const int Entity = 0;
        public const string XPath = nameof(XPath);
    }

    internal static class CreatesAttribute
    {
        public const string Type = nameof(CreatesAttribute);
        public const int Entity = 0;
    }

    internal static class ChangesAttribute
    {
        public const string Type = nameof(ChangesAttribute);
        public const int Entity = 0;
        public const int Members = 1;
        public const string Parameter = nameof(Parameter);
    }

    internal static class DeletesAttribute
    {
        public const string Type = nameof(DeletesAttribute);
        public const int Entity = 0;
        public const string Parameter = nameof(Parameter);
    }

    internal static class CallsAttribute
    {
        public const string Type = nameof(CallsAttribute);
        public const int Flow = 0;
    }

    internal static class PageAttribute
    {
        public const string Type = nameof(PageAttribute);
        public const int Module = 0;
        public const string Name = nameof(Name);
        public const string VisibleFor = nameof(VisibleFor);
        public const string Url = nameof(Url);
    }

    internal static class ShowsAttribute
    {
        public const string Type = nameof(ShowsAttribute);
        public const int Entity = 0;
        public const string XPath = nameof(XPath);
        public const string DataSource = nameof(DataSource);
        public const string Members = nameof(Members);
    }

    internal static class PublishedServiceAttribute
    {
        public const string Type = nameof(PublishedServiceAttribute);
        public const int Kind = 0;
        public const int Module = 1;
        public const string Name = nameof(Name);
        public const string RequiresAuthentication = nameof(RequiresAuthentication);
        public const string AllowedRoles = nameof(AllowedRoles);
    }

    internal static class OperationAttribute
    {
        public const string Type = nameof(OperationAttribute);
        public const int Microflow = 0;
    }

    internal static class PublishesAttribute
    {
        public const string Type = nameof(PublishesAttribute);
        public const int Entity = 0;
        public const string Capabilities = nameof(Capabilities);
        public const string Members = nameof(Members);
    }

    internal static class CalculatedAttribute
    {
        public const string Type = nameof(CalculatedAttribute);
    }

    internal static class AutoNumberAttribute
    {
        public const string Type = nameof(AutoNumberAttribute);
    }
}
