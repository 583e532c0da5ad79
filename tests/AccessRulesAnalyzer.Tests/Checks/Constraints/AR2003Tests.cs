using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;
using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.XPathCurrentUserNotUserCheck>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR2003: '[%CurrentUser%]' compared with a path that does not end at a user.</summary>
public class AR2003Tests
{
    [Fact]
    public async Task AR2003_CurrentUserComparedWithSomethingElse_IsReported()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Customer", Read = [nameof(Status)], XPath = "[{|#0:Shop.Order_Product|} = '[%CurrentUser%]']")]
            [AccessRule("Shop.Customer", Read = [nameof(Status)], XPath = "['[%CurrentUser%]' = {|#1:Status|}]")]
            [AccessRule("Shop.Customer", Read = [nameof(Status)], XPath = "[{|#2:id|} = '[%CurrentUser%]']")]
            [AccessRule("Shop.Customer", Read = [nameof(Status)], XPath = "[System.owner = '[%CurrentUser%]' or Shop.Order_Customer = '[%CurrentUser%]' or Shop.Order_Product/Shop.Product_Customer = '[%CurrentUser%]']")]
            public class Order { public string? Status { get; set; } public Product? Product { get; set; } public Customer? Customer { get; set; } }

            [Entity("Shop")] public class Product { public Customer? Maker { get; set; } }
            [Entity("Shop")] public class Customer : SystemUser { }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.Order", "Shop.Order_Product", "'Shop.Product'"),
            Verify.Diagnostic().WithLocation(1).WithArguments("Shop.Order", "Status", "attribute 'Status'"),
            Verify.Diagnostic().WithLocation(2).WithArguments("Shop.Order", "id", "'Shop.Order'"));
    }

    [Fact]
    public async Task AR2003_APathOfSeveralSteps_IsNamedWhole()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(Status)], XPath = "[{|#0:Shop.Order_Product/Shop.Product_Supplier|} = '[%CurrentUser%]']")]
            public class Order { public string? Status { get; set; } public Product? Product { get; set; } }

            [Entity("Shop")] public class Product { public Supplier? Supplier { get; set; } }
            [Entity("Shop")] public class Supplier { public string? Name { get; set; } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.Order", "Shop.Order_Product/Shop.Product_Supplier", "'Shop.Supplier'"));
    }
}
