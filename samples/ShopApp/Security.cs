using AccessRules;

[assembly: ModuleRole("Shop.Customer")]
[assembly: ModuleRole("Shop.Guest")]
[assembly: UserRole("Customer", "Shop.Customer")]

// AR0001: visitors get the customers' module role, and so everything customers may do.
[assembly: UserRole("Anonymous", "Shop.Guest", "Shop.Customer")]
[assembly: AnonymousUsers("Anonymous", SignInMicroflow = "Shop.TransferCart")]
