using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Rules.AnonymousWriteWithoutConstraintCheck>;

namespace AccessRulesAnalyzer.Tests.Rules;

public class AR0002Tests
{
    [Fact]
    public async Task AnonymousWriteWithoutXPath_IsReportedOnTheRule()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [{|#0:AccessRule("Shop.Guest", Create = true, ReadWrite = [nameof(Quantity)])|}]
            public class CartLine { public int Quantity { get; set; } public string? Note { get; set; } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("'Shop.Guest'", "'Quantity'", "Shop.CartLine", Sources.StoreOwnerHint("Shop.CartLine")));
    }

    [Fact]
    public async Task AllMembersReadWrite_NamesEveryMember()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop", Name = "Line")]
            [{|#0:AccessRule("Shop.Guest", AllMembers = MemberAccess.ReadWrite)|}]
            public class CartLine { public int Quantity { get; set; } public string? Note { get; set; } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("'Shop.Guest'", "'Quantity', 'Note'", "Shop.Line", Sources.StoreOwnerHint("Shop.Line")));
    }

    [Fact]
    public async Task RuleNamingAnonymousAndNamedRoles_IsReportedForTheAnonymousRole()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [{|#0:AccessRule("Shop.Customer", "Shop.Guest", ReadWrite = new[] { "Quantity" })|}]
            public class CartLine { public int Quantity { get; set; } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("'Shop.Guest'", "'Quantity'", "Shop.CartLine", Sources.StoreOwnerHint("Shop.CartLine")));
    }

    [Fact]
    public async Task AssociationsAreMembersToo()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [{|#0:AccessRule("Shop.Guest", Read = [nameof(Quantity)], ReadWrite = [nameof(Product)])|}]
            public class CartLine { public int Quantity { get; set; } public Product? Product { get; set; } }

            [Entity("Shop")]
            public class Product { public string? Name { get; set; } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("'Shop.Guest'", "'Product'", "Shop.CartLine", Sources.StoreOwnerHint("Shop.CartLine")));
    }

    [Fact]
    public async Task OwnerConstraint_IsNotReported()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Guest", Create = true, ReadWrite = [nameof(Quantity)], XPath = "[System.owner='[%CurrentUser%]']")]
            public class CartLine { public int Quantity { get; set; } }
            """);
    }

    [Fact]
    public async Task ReadOnlyAnonymousAccess_IsNotReported()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Guest", Read = [nameof(Name)])]
            public class Product { public string? Name { get; set; } public decimal Price { get; set; } }
            """);
    }

    [Fact]
    public async Task WriteSplitFromReadAcrossRules_IsReportedOnTheWritingRuleOnly()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Guest", Read = [nameof(Quantity)])]
            [{|#0:AccessRule("Shop.Guest", ReadWrite = [nameof(Note)])|}]
            public class CartLine { public int Quantity { get; set; } public string? Note { get; set; } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("'Shop.Guest'", "'Note'", "Shop.CartLine", Sources.StoreOwnerHint("Shop.CartLine")));
    }

    [Fact]
    public async Task NonPersistableEntity_IsNotReported()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop", Persistable = false)]
            [AccessRule("Shop.Guest", Create = true, AllMembers = MemberAccess.ReadWrite)]
            public class SearchForm { public string? Query { get; set; } }
            """);
    }

    [Fact]
    public async Task NamedRolesOnly_AreNotReported()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", AllMembers = MemberAccess.ReadWrite)]
            public class CartLine { public int Quantity { get; set; } }
            """);
    }

    [Fact]
    public async Task WithoutAnonymousUsers_NothingIsReported()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRolesWithoutAnonymous + """
            [Entity("Shop")]
            [AccessRule("Shop.Guest", AllMembers = MemberAccess.ReadWrite)]
            public class CartLine { public int Quantity { get; set; } }
            """);
    }

    [Fact]
    public async Task SpecializationDoesNotInheritItsGeneralizationsConstraint()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Note)], XPath = "[System.owner='[%CurrentUser%]']")]
            public class Request { public string? Note { get; set; } }

            [Entity("Shop")]
            [{|#0:AccessRule("Shop.Guest", ReadWrite = [nameof(Note)])|}]
            public class SupportRequest : Request { public int Priority { get; set; } }

            [Entity("Shop")]
            public class SalesRequest : Request { }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("'Shop.Guest'", "'Note'", "Shop.SupportRequest", ""));
    }

    [Fact]
    public async Task WriteOnAMemberThatDoesNotExist_GrantsNothingAndIsNotReported()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Guest", ReadWrite = ["Quantty"])]
            public class CartLine { public int Quantity { get; set; } }
            """);
    }

    [Fact]
    public async Task ClassWithoutEntityAttribute_IsNotAnEntity()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [AccessRule("Shop.Guest", AllMembers = MemberAccess.ReadWrite)]
            public class CartLine { public int Quantity { get; set; } }
            """);
    }
}
