using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Model;

/// <summary>The annotation types of one compilation. Absent when the compilation does not reference AccessRules.</summary>
internal sealed class AccessRulesTypes
{
    private AccessRulesTypes(Compilation compilation, INamedTypeSymbol entity)
    {
        Entity = entity;
        AppSecurity = Get(compilation, "AppSecurityAttribute");
        ModuleRole = Get(compilation, "ModuleRoleAttribute");
        UserRole = Get(compilation, "UserRoleAttribute");
        AnonymousUsers = Get(compilation, "AnonymousUsersAttribute");
        AccessRule = Get(compilation, "AccessRuleAttribute");
        Association = Get(compilation, "AssociationAttribute");
        Calculated = Get(compilation, "CalculatedAttribute");
        AutoNumber = Get(compilation, "AutoNumberAttribute");
        SystemUser = Get(compilation, "SystemUser");
        FileDocument = Get(compilation, "FileDocument");
        Image = Get(compilation, "Image");
    }

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

    public static AccessRulesTypes? Create(Compilation compilation) =>
        Get(compilation, "EntityAttribute") is { } entity ? new AccessRulesTypes(compilation, entity) : null;

    public static bool Is(AttributeData attribute, INamedTypeSymbol? type) =>
        type is not null && SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, type);

    private static INamedTypeSymbol? Get(Compilation compilation, string name) =>
        compilation.GetTypeByMetadataName("AccessRules." + name);
}
