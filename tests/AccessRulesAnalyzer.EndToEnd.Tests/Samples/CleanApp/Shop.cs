using AccessRules;

[assembly: ModuleRole("Shop.Customer")]
[assembly: ModuleRole("Shop.Guest")]
[assembly: UserRole("Customer", "Shop.Customer")]
[assembly: UserRole("Anonymous", "Shop.Guest")]
[assembly: AnonymousUsers("Anonymous", SignInMicroflow = "Shop.TransferCart")]

namespace Shop;

[Entity("Shop", StoreOwner = true)]
[AccessRule("Shop.Guest", Create = true, ReadWrite = [nameof(Quantity)], XPath = "[System.owner='[%CurrentUser%]']")]
[AccessRule("Shop.Customer", Read = [nameof(Quantity), nameof(Customer)], XPath = "[Shop.CartLine_Customer = '[%CurrentUser%]']")]
public class CartLine
{
    public int Quantity { get; set; }

    public Customer? Customer { get; set; }
}

[Entity("Shop")]
[AccessRule("Shop.Guest", Read = [nameof(Name), nameof(Price)])]
public class Product
{
    public string? Name { get; set; }

    public decimal Price { get; set; }

    public decimal PurchasePrice { get; set; }
}

[Entity("Shop")]
public class Customer : SystemUser
{
}
