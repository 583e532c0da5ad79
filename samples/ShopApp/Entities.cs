using AccessRules;

namespace Shop;

// Correct: a visitor can only touch the cart lines created in their own session.
[Entity("Shop", StoreOwner = true)]
[AccessRule("Shop.Guest", Create = true, ReadWrite = [nameof(Quantity)], XPath = "[System.owner='[%CurrentUser%]']")]
[AccessRule("Shop.Customer", Read = [nameof(Quantity), nameof(Customer)], XPath = "[Shop.CartLine_Customer = '[%CurrentUser%]']")]
public class CartLine
{
    public int Quantity { get; set; }

    public Customer? Customer { get; set; }
}

// AR0002: any visitor can rewrite every review in the database.
[Entity("Shop")]
[AccessRule("Shop.Guest", Create = true, ReadWrite = [nameof(Text), nameof(Stars)])]
public class Review
{
    public string? Text { get; set; }

    public int Stars { get; set; }
}

// AR0003: visitors can read the purchase price too, though pages only show name and price.
[Entity("Shop")]
[AccessRule("Shop.Guest", AllMembers = MemberAccess.Read)]
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
