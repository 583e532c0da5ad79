using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;
using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.AnonymousFullReadCheck>;

namespace AccessRulesAnalyzer.Tests.Checks;

public class AR0003Tests
{
    [Fact]
    public async Task AllMembersRead_IsReportedOnTheClassWithTheRuleAsAdditionalLocation()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [{|#1:AccessRule("Shop.Guest", AllMembers = MemberAccess.Read)|}]
            public class {|#0:Product|} { public string? Name { get; set; } public decimal Cost { get; set; } }
            """,
            Verify.Diagnostic().WithLocation(0).WithLocation(1).WithArguments("'Shop.Guest'", "Shop.Product"));
    }

    [Fact]
    public async Task ReadRightsSplitAcrossRules_AreUnited()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [{|#1:AccessRule("Shop.Guest", Read = [nameof(Name)])|}]
            [AccessRule("Shop.Customer", AllMembers = MemberAccess.Read)]
            [{|#2:AccessRule("Shop.Guest", ReadWrite = [nameof(Cost), nameof(Public)], XPath = "[Public = true()]")|}]
            public class {|#0:Product|} { public string? Name { get; set; } public decimal Cost { get; set; } public bool Public { get; set; } }
            """,
            Verify.Diagnostic().WithLocation(0).WithLocation(1).WithLocation(2).WithArguments("'Shop.Guest'", "Shop.Product"));
    }

    [Fact]
    public async Task RuleNamingAnonymousAndNamedRoles_NamesOnlyTheAnonymousRole()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [{|#1:AccessRule("Shop.Customer", "Shop.Guest", Read = [nameof(Name), nameof(Cost)])|}]
            public class {|#0:Product|} { public string? Name { get; set; } public decimal Cost { get; set; } }
            """,
            Verify.Diagnostic().WithLocation(0).WithLocation(1).WithArguments("'Shop.Guest'", "Shop.Product"));
    }

    [Fact]
    public async Task PartialRead_IsNotReported()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Guest", Read = [nameof(Name)])]
            public class Product { public string? Name { get; set; } public decimal Cost { get; set; } }
            """);
    }

    [Theory]
    [InlineData("[System.owner='[%CurrentUser%]']")]
    [InlineData("[System.owner = '[%CurrentUser%]' and Public = true()]")]
    [InlineData("[Public = true()][System.owner = '[%CurrentUser%]']")]
    [InlineData("[(System.owner = '[%CurrentUser%]' or Shop.Product_Customer = '[%CurrentUser%]')]")]
    [InlineData("[Shop.Product_Customer = '[%CurrentUser%]']")]
    [InlineData("['[%CurrentUser%]' = Shop.Product_Customer]")]
    [InlineData("[Shop.Product_Customer[id = '[%CurrentUser%]']]")]
    [InlineData("[Shop.Product_Customer/Shop.Customer = '[%CurrentUser%]']")]
    public async Task UserScopedConstraint_IsNotReported(string xpath)
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Guest", AllMembers = MemberAccess.Read, XPath = XPATH)]
            public class Product { public string? Name { get; set; } public bool Public { get; set; } public Customer? Customer { get; set; } }

            [Entity("Shop")]
            public class Customer : SystemUser { }
            """.Replace("XPATH", "\"" + xpath + "\""));
    }

    [Theory]
    [InlineData("[Public = true()]")]
    [InlineData("[System.owner='[%CurrentUser%]' or Public = true()]")]
    [InlineData("[not(System.owner = '[%CurrentUser%]')]")]
    [InlineData("[System.owner != '[%CurrentUser%]']")]
    public async Task ConstraintNotScopedToTheUser_IsReported(string xpath)
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Guest", AllMembers = MemberAccess.Read, XPath = XPATH)]
            public class [|Product|] { public string? Name { get; set; } public bool Public { get; set; } public Category? Category { get; set; } }

            [Entity("Shop")]
            public class Category { public string? Name { get; set; } }
            """.Replace("XPATH", "\"" + xpath + "\""));
    }

    [Fact]
    public async Task AssociationDeclaredOnTheUserSide_ScopesFromTheOtherSide()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Guest", AllMembers = MemberAccess.Read, XPath = "[Shop.Customer_Order = '[%CurrentUser%]']")]
            public class Order { public decimal Total { get; set; } }

            [Entity("Shop")]
            public class Customer : SystemUser { public List<Order> Orders { get; set; } = new(); }
            """);
    }

    [Fact]
    public async Task IdOfAUserEntity_ComparedWithTheCurrentUser_IsScoped()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Guest", AllMembers = MemberAccess.Read, XPath = "[id = '[%CurrentUser%]']")]
            public class Visitor : SystemUser { public string? Nickname { get; set; } }
            """);
    }

    // One finding per mistake: AR2001, AR2002 or AR2003 reports the constraint (an error that fails the build), and
    // AR0003 draws no conclusion from what it would select.
    [Theory]
    [InlineData("[id = '[%CurrentUser%]']")]
    [InlineData("[Shop.Product_Category = '[%CurrentUser%]']")]
    [InlineData("[System.owner = '[%CurrentUser%]'")]
    [InlineData("[Shop.Product_Categry/Shop.Category/Name = 'x']")]
    [InlineData("[Name = '[%CurrentUsr%]']")]
    public async Task AConstraintThatDoesNotParseOrBind_IsNotJudged(string xpath)
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Guest", AllMembers = MemberAccess.Read, XPath = XPATH)]
            public class Product { public string? Name { get; set; } public Category? Category { get; set; } }

            [Entity("Shop")]
            public class Category { public string? Name { get; set; } }
            """.Replace("XPATH", "\"" + xpath + "\""));
    }

    [Fact]
    public async Task AnotherRuleWithoutAConstraint_StillMakesTheReadFull()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Guest", AllMembers = MemberAccess.Read, XPath = "[id = '[%CurrentUser%]']")]
            [AccessRule("Shop.Guest", AllMembers = MemberAccess.Read)]
            public class [|Product|] { public string? Name { get; set; } }
            """);
    }

    [Fact]
    public async Task InheritedMembersCount_AndGeneralizationRulesDoNot()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Guest", AllMembers = MemberAccess.Read)]
            public class [|Document|] { public string? Title { get; set; } }

            [Entity("Shop")]
            [AccessRule("Shop.Guest", Read = [nameof(Pages)])]
            public class Manual : Document { public int Pages { get; set; } }

            [Entity("Shop")]
            [AccessRule("Shop.Guest", Read = [nameof(Title), nameof(Version)])]
            public class [|Leaflet|] : Document { public int Version { get; set; } }
            """);
    }

    [Fact]
    public async Task NonPersistableEntity_IsNotReported()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop", Persistable = false)]
            [AccessRule("Shop.Guest", AllMembers = MemberAccess.Read)]
            public class SearchForm { public string? Query { get; set; } }
            """);
    }

    [Fact]
    public async Task EntityWithoutMembers_IsNeverFullRead()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Guest", Create = true, AllMembers = MemberAccess.Read)]
            public class Visit { }
            """);
    }

    [Fact]
    public async Task WithoutAnonymousUsers_NothingIsReported()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRolesWithoutAnonymous + """
            [Entity("Shop")]
            [AccessRule("Shop.Guest", AllMembers = MemberAccess.Read)]
            public class Product { public string? Name { get; set; } }
            """);
    }

    [Fact]
    public async Task NamedRolesWithFullRead_AreNotReported()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", AllMembers = MemberAccess.Read)]
            public class Product { public string? Name { get; set; } }
            """);
    }

    [Fact]
    public async Task AR0003_EveryMemberButTheExceptedOnes_IsNotFullRead()
    {
        await Verify.VerifyAnalyzerAsync(Sources.SystemRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Guest", AllMembers = MemberAccess.Read, Except = [nameof(Token)])]
            public class Session { public string? Name { get; set; } public string? Token { get; set; } }

            [Entity("Shop")]
            [AccessRule("Shop.Guest", AllMembers = MemberAccess.Read, Except = [nameof(Token)], Read = [nameof(Token)])]
            public class [|Ticket|] { public string? Name { get; set; } public string? Token { get; set; } }
            """);
    }

    [Fact]
    public async Task SeveralAnonymousRolesReadingTogether_AreAllNamed_AndARuleThatReadsNothingIsNoPartOfIt()
    {
        await Verify.VerifyAnalyzerAsync("""
            using AccessRules;

            [assembly: ModuleRole("Shop.Guest")]
            [assembly: ModuleRole("Shop.Visitor")]
            [assembly: ModuleRole("Shop.Kiosk")]
            [assembly: UserRole("Anonymous", "Shop.Guest", "Shop.Visitor", "Shop.Kiosk")]
            [assembly: AnonymousUsers("Anonymous", SignInMicroflow = "Shop.TransferCart")]

            [Entity("Shop")]
            [{|#1:AccessRule("Shop.Guest", Read = [nameof(Name)])|}]
            [AccessRule("Shop.Kiosk", Create = true)]
            [{|#2:AccessRule("Shop.Visitor", Read = [nameof(Cost)])|}]
            public class {|#0:Product|} { public string? Name { get; set; } public decimal Cost { get; set; } }
            """,
            Verify.Diagnostic().WithLocation(0).WithLocation(1).WithLocation(2).WithArguments("'Shop.Guest', 'Shop.Visitor'", "Shop.Product"));
    }

    [Fact]
    public async Task OnASystemUserSpecialization_FullReadIsOfItsOwnMembers_TheSystemUserOnesAreNeverGranted()
    {
        // System.User's members have inbuilt access; naming them (AR1034) grants nothing, and is not needed for full read.
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [{|#1:AccessRule("Shop.Guest", Read = [nameof(Nickname), nameof(Email)])|}]
            public class {|#0:Customer|} : SystemUser { public string? Nickname { get; set; } public string? Email { get; set; } }

            [Entity("Shop")]
            [AccessRule("Shop.Guest", Read = [nameof(Nickname), nameof(Name), nameof(Password), "System.UserRoles"])]
            public class Member : SystemUser { public string? Nickname { get; set; } public string? Email { get; set; } }
            """,
            Verify.Diagnostic().WithLocation(0).WithLocation(1).WithArguments("'Shop.Guest'", "Shop.Customer"));
    }
}
