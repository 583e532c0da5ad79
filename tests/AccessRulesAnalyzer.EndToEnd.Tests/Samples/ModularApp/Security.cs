using AccessRules;

[assembly: UserRole("Customer", "Shop.Customer")]
[assembly: UserRole("Anonymous", "Shop.Guest")]
[assembly: AnonymousUsers("Anonymous")]
