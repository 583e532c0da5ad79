using System.Collections.Generic;
using AccessRulesAnalyzer.Model;

namespace AccessRulesAnalyzer.Tests.Model.Scope;

/// <summary>
/// The small schema the scope property test generates constraints over and builds object graphs of: tickets with an
/// order, a customer and a reference set of tags; orders with a customer; customers that specialize System.User and
/// have user roles (which many users share); every ticket and order stores its owner. The C# source is what the
/// analyzer reads; the tables are what the generator and the evaluator read, written apart from the analyzer's model.
/// </summary>
internal static class ScopeSchema
{
    public const string Source = """
        using AccessRules;

        [assembly: ModuleRole("Shop.Customer")]
        [assembly: ModuleRole("Shop.Guest")]
        [assembly: UserRole("Customer", "Shop.Customer", "System.User")]
        [assembly: UserRole("Anonymous", "Shop.Guest", "System.User")]
        [assembly: AnonymousUsers("Anonymous")]

        [Entity("Shop", StoreOwner = true)]
        RULES_Ticket
        public class Ticket { public string? Status { get; set; } public int Total { get; set; } public bool Open { get; set; } public Order? Order { get; set; } public Customer? Customer { get; set; } public Tag[]? Tags { get; set; } }

        [Entity("Shop", StoreOwner = true)]
        RULES_Order
        public class Order { public string? Status { get; set; } public int Total { get; set; } public Customer? Customer { get; set; } }

        [Entity("Shop")]
        RULES_Customer
        public class Customer : SystemUser { public string? Nickname { get; set; } }

        [Entity("Shop")]
        RULES_Tag
        public class Tag { public string? Label { get; set; } }
        """;

    public const string Ticket = "Shop.Ticket";
    public const string Order = "Shop.Order";
    public const string Customer = "Shop.Customer";
    public const string Tag = "Shop.Tag";
    public const string User = "System.User";
    public const string UserRole = "System.UserRole";

    /// <summary>The entities a rule can stand on: the context of a generated constraint.</summary>
    public static readonly string[] RuleEntities = [Ticket, Order, Customer, Tag];

    /// <summary>Associations by XPath name: the entity that holds it, the entity it leads to, and whether it is a set.</summary>
    public static readonly Dictionary<string, (string Holder, string Target, bool Many)> Associations = new()
    {
        ["Shop.Ticket_Order"] = (Ticket, Order, false),
        ["Shop.Ticket_Customer"] = (Ticket, Customer, false),
        ["Shop.Ticket_Tag"] = (Ticket, Tag, true),
        ["Shop.Order_Customer"] = (Order, Customer, false),
        ["System.UserRoles"] = (User, UserRole, true),
    };

    /// <summary>Attributes per entity and their type: S string, N number, B Boolean.</summary>
    public static readonly Dictionary<string, (string Name, char Type)[]> Attributes = new()
    {
        [Ticket] = [("Status", 'S'), ("Total", 'N'), ("Open", 'B')],
        [Order] = [("Status", 'S'), ("Total", 'N')],
        [Customer] = [("Nickname", 'S'), ("Name", 'S'), ("Blocked", 'B')],
        [Tag] = [("Label", 'S')],
        [UserRole] = [("Name", 'S')],
        [User] = [("Name", 'S'), ("Blocked", 'B')],
    };

    /// <summary>Steps from an entity to another: an association (either way) followed by the entity, or System.owner.</summary>
    public static readonly Dictionary<string, (string Steps, string Target)[]> References = new()
    {
        [Ticket] = [("Shop.Ticket_Order/Shop.Order", Order), ("Shop.Ticket_Customer/Shop.Customer", Customer), ("Shop.Ticket_Tag/Shop.Tag", Tag), ("System.owner", User)],
        [Order] = [("Shop.Order_Customer/Shop.Customer", Customer), ("Shop.Ticket_Order/Shop.Ticket", Ticket), ("System.owner", User)],
        [Customer] = [("System.UserRoles/System.UserRole", UserRole), ("Shop.Order_Customer/Shop.Order", Order), ("Shop.Ticket_Customer/Shop.Ticket", Ticket)],
        [Tag] = [("Shop.Ticket_Tag/Shop.Ticket", Ticket)],
        [UserRole] = [("System.UserRoles/Shop.Customer", Customer)],
        [User] = [("Shop.Customer", Customer)],
    };

    /// <summary>Paths from an entity that end at a user, to compare with '[%CurrentUser%]'.</summary>
    public static readonly Dictionary<string, string[]> UserPaths = new()
    {
        [Ticket] = ["System.owner", "Shop.Ticket_Customer", "Shop.Ticket_Order/Shop.Order/System.owner", "Shop.Ticket_Order/Shop.Order/Shop.Order_Customer",
            "Shop.Ticket_Customer/Shop.Customer/System.UserRoles/System.UserRole/System.UserRoles"],
        [Order] = ["System.owner", "Shop.Order_Customer", "Shop.Ticket_Order/Shop.Ticket/Shop.Ticket_Customer", "Shop.Ticket_Order/Shop.Ticket/System.owner"],
        [Customer] = ["id", "System.UserRoles/System.UserRole/System.UserRoles", "Shop.Order_Customer/Shop.Order/System.owner"],
        [Tag] = ["Shop.Ticket_Tag/Shop.Ticket/System.owner", "Shop.Ticket_Tag/Shop.Ticket/Shop.Ticket_Customer"],
        [UserRole] = ["System.UserRoles"],
        [User] = ["id"],
    };

    /// <summary><paramref name="type"/> is <paramref name="entity"/> or specializes it.</summary>
    public static bool IsA(string type, string entity) => type == entity || (type == Customer && entity == User);
}
