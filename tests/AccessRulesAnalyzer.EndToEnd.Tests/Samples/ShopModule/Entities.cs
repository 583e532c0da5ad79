using AccessRules;

// A module library: it declares its module roles and entities; the app decides who is anonymous.
[assembly: ModuleRole("Shop.Customer")]
[assembly: ModuleRole("Shop.Guest")]

namespace Shop;

[Entity("Shop")]
[AccessRule("Shop.Guest", Create = true, ReadWrite = [nameof(Quantity)])]
[AccessRule("Shop.Customer", ReadWrite = [nameof(Quantity)])]
public class CartLine
{
    public int Quantity { get; set; }
}
