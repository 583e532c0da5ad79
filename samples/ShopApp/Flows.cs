using AccessRules;

namespace Shop;

public static class Flows
{
    // The sign-in microflow carries a visitor's cart over to the customer who signs in; the platform runs it, not the client.
    [Microflow("Shop")]
    [Retrieves(typeof(CartLine), XPath = "[System.owner='[%CurrentUser%]']")]
    public static void TransferCart() { }

    // AR0016: visitors may call it, and the sub-microflow it calls retrieves every customer without entity access.
    [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
    public static void ACT_FindCustomer() => SUB_Customer_Find();

    [Microflow("Shop")]
    [Retrieves(typeof(Customer))]
    public static void SUB_Customer_Find() { }
}

// AR0017: an OData service that needs no sign-in publishes the products, purchase price included.
[PublishedService(ServiceKind.OData, "Shop", RequiresAuthentication = false, Location = "odata/products/v1")]
[Publishes(typeof(Product))]
public class ProductsApi { }

// The visitors' way to ACT_FindCustomer: a page button (without a client caller, its allowed roles would be AR0020's).
[Page("Shop", VisibleFor = ["Shop.Guest"])]
[Calls("Shop.ACT_FindCustomer")]
public class FindCustomerPage { }
