using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Model;

/// <summary>The annotation types of one compilation. Absent when the compilation does not reference AccessRules.</summary>
internal sealed class AccessRulesTypes
{
    private AccessRulesTypes(INamedTypeSymbol entity)
    {
        // Every other type is looked up in the annotations assembly itself, not in each of the compilation's references.
        var assembly = entity.ContainingAssembly;
        Entity = entity;
        AppSecurity = Get(assembly, AnnotationNames.AppSecurityAttribute.Type);
        ModuleRole = Get(assembly, AnnotationNames.ModuleRoleAttribute.Type);
        UserRole = Get(assembly, AnnotationNames.UserRoleAttribute.Type);
        Constant = Get(assembly, AnnotationNames.ConstantAttribute.Type);
        Microflow = Get(assembly, AnnotationNames.MicroflowAttribute.Type);
        Nanoflow = Get(assembly, AnnotationNames.NanoflowAttribute.Type);
        Retrieves = Get(assembly, AnnotationNames.RetrievesAttribute.Type);
        Creates = Get(assembly, AnnotationNames.CreatesAttribute.Type);
        Changes = Get(assembly, AnnotationNames.ChangesAttribute.Type);
        Deletes = Get(assembly, AnnotationNames.DeletesAttribute.Type);
        Calls = Get(assembly, AnnotationNames.CallsAttribute.Type);
        Page = Get(assembly, AnnotationNames.PageAttribute.Type);
        Shows = Get(assembly, AnnotationNames.ShowsAttribute.Type);
        PublishedService = Get(assembly, AnnotationNames.PublishedServiceAttribute.Type);
        Operation = Get(assembly, AnnotationNames.OperationAttribute.Type);
        Publishes = Get(assembly, AnnotationNames.PublishesAttribute.Type);
        AnonymousUsers = Get(assembly, AnnotationNames.AnonymousUsersAttribute.Type);
        AdministratorAccount = Get(assembly, AnnotationNames.AdministratorAccountAttribute.Type);
        DemoUser = Get(assembly, AnnotationNames.DemoUserAttribute.Type);
        PasswordPolicy = Get(assembly, AnnotationNames.PasswordPolicyAttribute.Type);
        AccessRule = Get(assembly, AnnotationNames.AccessRuleAttribute.Type);
        Association = Get(assembly, AnnotationNames.AssociationAttribute.Type);
        Calculated = Get(assembly, AnnotationNames.CalculatedAttribute.Type);
        AutoNumber = Get(assembly, AnnotationNames.AutoNumberAttribute.Type);
        SystemUser = Get(assembly, "SystemUser");
        FileDocument = Get(assembly, "FileDocument");
        Image = Get(assembly, "Image");
        SystemUserRole = Get(assembly, "SystemUserRole");
        SystemLanguage = Get(assembly, "SystemLanguage");
        SystemTimeZone = Get(assembly, "SystemTimeZone");
        SystemEntities = new[] { (SystemUser, "User"), (FileDocument, "FileDocument"), (Image, "Image"), (SystemUserRole, "UserRole"), (SystemLanguage, "Language"), (SystemTimeZone, "TimeZone") }
            .Where(system => system.Item1 is not null)
            .Select(system => (system.Item1!, system.Item2))
            .ToImmutableArray();
    }

    /// <summary>System.UserRole, System.Language or System.TimeZone: one object of them serves many users.</summary>
    public bool IsSharedByUsers(INamedTypeSymbol type) =>
        SymbolEqualityComparer.Default.Equals(type, SystemUserRole) || SymbolEqualityComparer.Default.Equals(type, SystemLanguage) ||
        SymbolEqualityComparer.Default.Equals(type, SystemTimeZone);

    public INamedTypeSymbol? AppSecurity { get; }
    public INamedTypeSymbol? ModuleRole { get; }
    public INamedTypeSymbol? UserRole { get; }
    public INamedTypeSymbol? AnonymousUsers { get; }
    public INamedTypeSymbol Entity { get; }
    public INamedTypeSymbol? AccessRule { get; }
    public INamedTypeSymbol? Association { get; }
    public INamedTypeSymbol? Calculated { get; }
    public INamedTypeSymbol? AutoNumber { get; }
    public INamedTypeSymbol? SystemUser { get; }
    public INamedTypeSymbol? FileDocument { get; }
    public INamedTypeSymbol? Image { get; }

    public INamedTypeSymbol? AdministratorAccount { get; }

    public INamedTypeSymbol? DemoUser { get; }

    public INamedTypeSymbol? Constant { get; }

    public INamedTypeSymbol? Microflow { get; }
    public INamedTypeSymbol? Nanoflow { get; }
    public INamedTypeSymbol? Retrieves { get; }
    public INamedTypeSymbol? Creates { get; }
    public INamedTypeSymbol? Changes { get; }
    public INamedTypeSymbol? Deletes { get; }
    public INamedTypeSymbol? Calls { get; }
    public INamedTypeSymbol? Page { get; }
    public INamedTypeSymbol? Shows { get; }
    public INamedTypeSymbol? PublishedService { get; }
    public INamedTypeSymbol? Operation { get; }
    public INamedTypeSymbol? Publishes { get; }

    public INamedTypeSymbol? PasswordPolicy { get; }
    public INamedTypeSymbol? SystemUserRole { get; }
    public INamedTypeSymbol? SystemLanguage { get; }
    public INamedTypeSymbol? SystemTimeZone { get; }

    /// <summary>
    /// The classes that stand for the System module's entities, and their names there. Made once: every type a
    /// member refers to is asked whether it is one.
    /// </summary>
    public ImmutableArray<(INamedTypeSymbol Class, string Name)> SystemEntities { get; }

    public static AccessRulesTypes? Create(Compilation compilation) =>
        compilation.GetTypeByMetadataName("AccessRules.EntityAttribute") is { } entity ? new AccessRulesTypes(entity) : null;

    public static bool Is(AttributeData attribute, INamedTypeSymbol? type) =>
        type is not null && SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, type);

    private static INamedTypeSymbol? Get(IAssemblySymbol assembly, string name) =>
        assembly.GetTypeByMetadataName("AccessRules." + name);
}
