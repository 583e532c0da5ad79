using AccessRulesAnalyzer.Model;

namespace AccessRulesAnalyzer.Tests;

/// <summary>App-level declarations most tests share: a customer role for signed-in users and a guest role for visitors.</summary>
internal static class Sources
{
    public const string ShopRoles = """
        using System.Collections.Generic;
        using AccessRules;

        [assembly: ModuleRole("Shop.Customer")]
        [assembly: ModuleRole("Shop.Guest")]
        [assembly: UserRole("Customer", "Shop.Customer")]
        [assembly: UserRole("Anonymous", "Shop.Guest")]
        [assembly: AnonymousUsers("Anonymous", SignInMicroflow = "Shop.TransferCart")]

        """;

    /// <summary>The same roles with anonymous users not allowed.</summary>
    public const string ShopRolesWithoutAnonymous = """
        using System.Collections.Generic;
        using AccessRules;

        [assembly: ModuleRole("Shop.Customer")]
        [assembly: ModuleRole("Shop.Guest")]
        [assembly: UserRole("Customer", "Shop.Customer")]
        [assembly: UserRole("Anonymous", "Shop.Guest")]

        """;

    /// <summary>How AR0002, AR0004, AR0005 and AR0006 end when the entity's hierarchy does not store the owner the proposed constraint needs.</summary>
    public static string StoreOwnerHint(string root) => $"; '{root}' does not store its owner: set StoreOwner = true on its [Entity] too";

    /// <summary>Shop roles whose user roles include the System module roles, as every user role on the platform does.</summary>
    public const string SystemRoles = """
        using AccessRules;

        [assembly: ModuleRole("Shop.Customer")]
        [assembly: ModuleRole("Shop.Guest")]
        [assembly: UserRole("Customer", "Shop.Customer", "System.User")]
        [assembly: UserRole("Administrator", "Shop.Customer", "System.Administrator")]
        [assembly: UserRole("Anonymous", "Shop.Guest", "System.User")]
        [assembly: AnonymousUsers("Anonymous")]

        """;
}
