using System.Linq;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;

namespace AccessRulesAnalyzer.Tests.Model;

/// <summary>What each user role reaches, through all its module roles, with every additive rule combined.</summary>
public class EffectiveAccessTests
{
    private const string Shop = """
        using AccessRules;

        [assembly: ModuleRole("Shop.Customer")]
        [assembly: ModuleRole("Shop.Guest")]
        [assembly: ModuleRole("Shop.Clerk")]
        [assembly: UserRole("Customer", "Shop.Customer", "System.User")]
        [assembly: UserRole("Anonymous", "Shop.Guest", "System.User")]
        [assembly: UserRole("Clerk", "Shop.Clerk", "Shop.Customer", "System.User")]
        [assembly: AnonymousUsers("Anonymous")]

        [Entity("Shop", StoreOwner = true)]
        [AccessRule("Shop.Guest", Create = true, ReadWrite = [nameof(Quantity)], XPath = "[System.owner='[%CurrentUser%]']")]
        [AccessRule("Shop.Guest", Read = [nameof(Note)], XPath = "[System.owner='[%CurrentUser%]']")]
        [AccessRule("Shop.Customer", Read = [nameof(Quantity)], XPath = "[Quantity > 0]")]
        [AccessRule("Shop.Clerk", Delete = true, AllMembers = MemberAccess.ReadWrite, Except = [nameof(Note)])]
        public class CartLine { public int Quantity { get; set; } public string? Note { get; set; } }

        [Entity("Shop")]
        [AccessRule("Shop.Guest", AllMembers = MemberAccess.Read)]
        [AccessRule("Shop.Customer")]
        public class Product { public string? Name { get; set; } }

        [Entity("Shop")]
        public class Secret { public string? Value { get; set; } }
        """;

    private static UserRoleAccess[] Access(string source) => UserRoleAccess.Of(SecurityModel.For(TestProject.Compilation(source))!).ToArray();

    [Fact]
    public void TheAnonymousRoleComesFirst_ThenTheOthersByName()
    {
        Assert.Equal(["Anonymous", "Clerk", "Customer"], Access(Shop).Select(role => role.Name));
        Assert.Equal([true, false, false], Access(Shop).Select(role => role.IsAnonymous));
        Assert.Equal(new[] { "Shop.Clerk", "Shop.Customer", "System.User" }, Access(Shop)[1].ModuleRoles);
    }

    [Fact]
    public void RulesWithTheSameConstraint_AreOneGrant_WithTheirRightsCombined()
    {
        var cartLine = Access(Shop)[0].Entities.Single(entity => entity.Entity.QualifiedName == "Shop.CartLine");
        var grant = Assert.Single(cartLine.Grants);

        Assert.Equal("[System.owner='[%CurrentUser%]']", grant.Constraint);
        Assert.Equal(GrantScope.User, grant.Scope);
        Assert.True(grant.Create);
        Assert.False(grant.Delete);
        Assert.Equal(new[] { "Note", "Quantity" }, grant.Read);
        Assert.Equal(new[] { "Quantity" }, grant.Write);
        Assert.Equal(2, grant.Rules.Length);
    }

    [Fact]
    public void AUserRoleGetsTheRulesOfEveryModuleRoleItHas_OneGrantPerConstraint_TheUnconstrainedFirst()
    {
        var clerk = Access(Shop).Single(role => role.Name == "Clerk");
        var grants = clerk.Entities.Single(entity => entity.Entity.QualifiedName == "Shop.CartLine").Grants;

        Assert.Equal([null, "[Quantity > 0]"], grants.Select(grant => grant.Constraint));
        Assert.Equal([GrantScope.None, GrantScope.Constrained], grants.Select(grant => grant.Scope));
        Assert.True(grants[0].Delete);
        Assert.Equal(new[] { "Quantity" }, grants[0].Write);
        Assert.Equal(new[] { "Quantity" }, grants[1].Read);
        Assert.Empty(grants[1].Write);
    }

    [Fact]
    public void EntitiesARoleDoesNotReach_AndRulesThatGrantNothing_AreLeftOut()
    {
        var customer = Access(Shop).Single(role => role.Name == "Customer");

        Assert.Equal(["Shop.CartLine"], customer.Entities.Select(entity => entity.Entity.QualifiedName));
        Assert.Equal(["Shop.CartLine", "Shop.Product"], Access(Shop)[0].Entities.Select(entity => entity.Entity.QualifiedName));
        Assert.Equal(GrantScope.None, Access(Shop)[0].Entities[1].Grants[0].Scope);
    }

    [Fact]
    public void CreateOrDeleteAlone_IsAGrant_AndARuleReachesEveryRoleWithOneOfItsModuleRoles()
    {
        var access = Access("""
            using AccessRules;

            [assembly: ModuleRole("Shop.Customer")]
            [assembly: ModuleRole("Shop.Clerk")]
            [assembly: ModuleRole("Shop.Cleaner")]
            [assembly: UserRole("Customer", "Shop.Customer")]
            [assembly: UserRole("Clerk", "Shop.Clerk")]
            [assembly: UserRole("Cleaner", "Shop.Cleaner")]

            [Entity("Shop")]
            [AccessRule("Shop.Customer", "Shop.Clerk", Create = true)]
            [AccessRule("Shop.Clerk", Read = [nameof(Note)])]
            [AccessRule("Shop.Clerk", "Shop.Cleaner", Delete = true)]
            public class Message { public string? Note { get; set; } }
            """);

        var customer = Assert.Single(access.Single(role => role.Name == "Customer").Entities.Single().Grants);
        var clerk = Assert.Single(access.Single(role => role.Name == "Clerk").Entities.Single().Grants);
        var cleaner = Assert.Single(access.Single(role => role.Name == "Cleaner").Entities.Single().Grants);

        Assert.Equal((true, false, 0), (customer.Create, customer.Delete, customer.Read.Length));
        Assert.Equal((false, true, 0), (cleaner.Create, cleaner.Delete, cleaner.Read.Length));
        Assert.Equal((true, true), (clerk.Create, clerk.Delete));
        Assert.Equal(new[] { "Note" }, clerk.Read);
        Assert.Equal(3, clerk.Rules.Length);
    }

    [Fact]
    public void AConstraintThatDoesNotBind_IsConstrained_NotTiedToTheUser()
    {
        var access = Access(Shop.Replace("[System.owner='[%CurrentUser%]']", "[System.ownr='[%CurrentUser%]']"));

        Assert.All(access[0].Entities[0].Grants, grant => Assert.Equal(GrantScope.Constrained, grant.Scope));
    }

    [Fact]
    public void LibraryEntities_AreReached_AndSpecializationsShowOnlyTheirOwnRules()
    {
        var library = TestProject.Library("ShopModule", """
            using AccessRules;
            [assembly: ModuleRole("Shop.Guest")]

            namespace Shop;

            [Entity("Shop")]
            [AccessRule("Shop.Guest", Read = [nameof(Title)])]
            public class Page { public string? Title { get; set; } }
            """);
        var app = """
            using AccessRules;
            [assembly: UserRole("Anonymous", "Shop.Guest")]
            [assembly: AnonymousUsers("Anonymous")]

            [Entity("Web")]
            public class LandingPage : Shop.Page { public string? Banner { get; set; } }
            """;
        var access = UserRoleAccess.Of(SecurityModel.For(TestProject.Compilation(app, library))!);

        Assert.Equal(["Shop.Page"], Assert.Single(access).Entities.Select(entity => entity.Entity.QualifiedName));
    }

    [Fact]
    public void TheAnonymousRoleComesFirst_WhateverItsName_AndGrantsGoUnconstrainedFirst_ThenByConstraint()
    {
        var access = Access("""
            using AccessRules;

            [assembly: ModuleRole("Shop.Guest")]
            [assembly: ModuleRole("Shop.Clerk")]
            [assembly: UserRole("Zed", "Shop.Guest")]
            [assembly: UserRole("Alpha", "Shop.Clerk")]
            [assembly: AnonymousUsers("Zed")]

            [Entity("Shop")]
            [AccessRule("Shop.Guest", Read = [nameof(Name)], XPath = "[Name = 'b']")]
            [AccessRule("Shop.Guest", Delete = true, XPath = "[Name = 'a']")]
            [AccessRule("Shop.Guest", Read = [nameof(Name)])]
            [AccessRule("Shop.Guest", XPath = "[Name = 'c']")]
            public class Tag { public string? Name { get; set; } }
            """);

        Assert.Equal(["Zed", "Alpha"], access.Select(role => role.Name));
        var grants = access[0].Entities.Single().Grants;
        Assert.Equal([null, "[Name = 'a']", "[Name = 'b']"], grants.Select(grant => grant.Constraint));
        Assert.Equal([false, true, false], grants.Select(grant => grant.Delete));
        Assert.Empty(access[1].Entities);
    }

    [Fact]
    public void OnASystemUserSpecialization_TheRulesGrantOnlyItsOwnMembers_AndComputedMembersAreReadUnderAllMembersReadWrite()
    {
        var access = Access("""
            using AccessRules;

            [assembly: ModuleRole("Shop.Customer")]
            [assembly: UserRole("Customer", "Shop.Customer", "System.User")]

            [Entity("Shop")]
            [AccessRule("Shop.Customer", AllMembers = MemberAccess.ReadWrite)]
            [AccessRule("Shop.Customer", Read = [nameof(Name)], ReadWrite = [nameof(Password), "System.UserRoles"], XPath = "[id = '[%CurrentUser%]']")]
            public class Account : Person { public string? Email { get; set; } [Calculated] public int Age => 0; }

            [Entity("Shop")] public class Person : SystemUser { public string? FullName { get; set; } }

            [Entity("Shop")]
            [AccessRule("Shop.Customer", AllMembers = MemberAccess.ReadWrite)]
            public class Invoice : FileDocument { }
            """);

        var account = Assert.Single(access).Entities.Single(entity => entity.Entity.QualifiedName == "Shop.Account");
        var grant = Assert.Single(account.Grants);
        Assert.Null(grant.Constraint);
        Assert.Equal(new[] { "Age", "Email", "FullName" }, grant.Read);
        Assert.Equal(new[] { "Email", "FullName" }, grant.Write);

        var invoice = Assert.Single(access).Entities.Single(entity => entity.Entity.QualifiedName == "Shop.Invoice");
        Assert.Contains("Name", Assert.Single(invoice.Grants).Write);
        Assert.Contains("FileID", Assert.Single(invoice.Grants).Read);
        Assert.DoesNotContain("FileID", Assert.Single(invoice.Grants).Write);
    }
}
