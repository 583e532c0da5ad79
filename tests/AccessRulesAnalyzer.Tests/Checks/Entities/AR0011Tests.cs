using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;
using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.AnonymousReadWithoutConstraintCheck>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR0011: Anonymous read without an instance constraint (strict set).</summary>
public class AR0011Tests
{
    [Fact]
    public async Task AR0011_AnyAnonymousReadWithoutAConstraint_IsReported()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop", StoreOwner = true)]
            [{|#0:AccessRule("Shop.Guest", Read = [nameof(Name)])|}]
            [{|#1:AccessRule("Shop.Guest", "Shop.Customer", ReadWrite = [nameof(Price)])|}]
            [AccessRule("Shop.Guest", Read = [nameof(Cost)], XPath = "[System.owner='[%CurrentUser%]']")]
            [AccessRule("Shop.Customer", Read = [nameof(Cost)])]
            [AccessRule("Shop.Guest", Create = true)]
            public class Product { public string? Name { get; set; } public decimal Price { get; set; } public decimal Cost { get; set; } }

            [Entity("Shop", Persistable = false)]
            [AccessRule("Shop.Guest", Read = [nameof(Query)])]
            public class Search { public string? Query { get; set; } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("'Shop.Guest'", "'Name'", "Shop.Product"),
            Verify.Diagnostic().WithLocation(1).WithArguments("'Shop.Guest'", "'Price'", "Shop.Product"));
    }

    [Fact]
    public async Task AR0011_WithoutAnonymousUsers_NothingIsReported()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRolesWithoutAnonymous + """
            [Entity("Shop")]
            [AccessRule("Shop.Guest", Read = [nameof(Name)])]
            public class Product { public string? Name { get; set; } }
            """);
    }
}
