using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;
using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.SystemMemberNotStoredCheck>;
using VerifyFix = AccessRulesAnalyzer.Tests.Verification.CSharpCodeFixVerifier<AccessRulesAnalyzer.Checks.SystemMemberNotStoredCheck, AccessRulesAnalyzer.CodeFixes.StoreSystemMemberCodeFixProvider>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR1007: System member used on an entity that does not store it.</summary>
public class AR1007Tests
{
    [Fact]
    public async Task AR1007_OwnerWithoutStoreOwner_PointsInsideTheStringAndIsFixed()
    {
        await VerifyFix.VerifyCodeFixAsync(Sources.ShopRoles + """
            [Entity("Shop", Name = "Line")]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Quantity)], XPath = "[{|AR1007:System.owner|}='[%CurrentUser%]']")]
            [AccessRule("Shop.Customer", Read = [nameof(Quantity)], XPath = "[Quantity > 0][{|AR1007:System.owner|} = '[%CurrentUser%]']")]
            public class CartLine { public int Quantity { get; set; } }

            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Text)], XPath = "[System.owner='[%CurrentUser%]']")]
            public class Wish { public string? Text { get; set; } }
            """, Sources.ShopRoles + """
            [Entity("Shop", Name = "Line", StoreOwner = true)]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Quantity)], XPath = "[System.owner='[%CurrentUser%]']")]
            [AccessRule("Shop.Customer", Read = [nameof(Quantity)], XPath = "[Quantity > 0][System.owner = '[%CurrentUser%]']")]
            public class CartLine { public int Quantity { get; set; } }

            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Text)], XPath = "[System.owner='[%CurrentUser%]']")]
            public class Wish { public string? Text { get; set; } }
            """);
    }

    [Fact]
    public async Task AR1007_SystemMembersAreValidOnSpecializationsOfEntitiesThatStoreThem()
    {
        await Verify.VerifyAnalyzerAsync(Sources.SystemRoles + """
            [Entity("Shop", StoreOwner = true, StoreCreatedDate = true)] public class Line { public int Quantity { get; set; } }

            [Entity("Shop")]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Quantity)], XPath = "[System.owner = '[%CurrentUser%]'][createdDate > '[%BeginOfCurrentDay%]']")]
            public class CartLine : Line { }

            [Entity("Shop")]
            [AccessRule("Shop.Guest", Read = [nameof(Name)], XPath = "[System.owner = '[%CurrentUser%]' and changedDate > '[%BeginOfCurrentDay%]' and System.changedBy = '[%CurrentUser%]']")]
            public class Photo : Image { }
            """);
    }

    [Fact]
    public async Task AR1007_EverySystemMemberNotStored_IsReportedWithItsFlag()
    {
        await Verify.VerifyAnalyzerAsync(Sources.SystemRoles + """
            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Customer", Read = [nameof(Quantity)], XPath = "[{|#0:createdDate|} > '[%BeginOfCurrentDay%]' and {|#1:changedDate|} < '[%CurrentDateTime%]']")]
            [AccessRule("Shop.Customer", Read = [nameof(Quantity)], XPath = "[{|#2:System.changedBy|} = '[%CurrentUser%]' or System.owner = '[%CurrentUser%]']")]
            public class CartLine { public int Quantity { get; set; } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.CartLine", "createdDate", "StoreCreatedDate", "Shop.CartLine"),
            Verify.Diagnostic().WithLocation(1).WithArguments("Shop.CartLine", "changedDate", "StoreChangedDate", "Shop.CartLine"),
            Verify.Diagnostic().WithLocation(2).WithArguments("Shop.CartLine", "System.changedBy", "StoreChangedBy", "Shop.CartLine"));
    }

    [Fact]
    public async Task AR1007_APredicateIsReadAgainstItsStep()
    {
        await Verify.VerifyAnalyzerAsync(Sources.SystemRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Guest", Read = [nameof(Quantity)], XPath = "[Shop.CartLine_Cart/Shop.Cart[System.owner = '[%CurrentUser%]']]")]
            [AccessRule("Shop.Customer", Read = [nameof(Quantity)], XPath = "[Shop.CartLine_Basket/Shop.Basket[{|#0:System.owner|} = '[%CurrentUser%]']]")]
            [AccessRule("Shop.Customer", Read = [nameof(Quantity)], XPath = "[Shop.CartLine_Basket/Shop.Basket/{|#1:System.owner|} = '[%CurrentUser%]']")]
            public class CartLine { public int Quantity { get; set; } public Cart? Cart { get; set; } public Basket? Basket { get; set; } }

            [Entity("Shop", StoreOwner = true)] public class Cart { }
            [Entity("Shop")] public class Basket { }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.Basket", "System.owner", "StoreOwner", "Shop.Basket"),
            Verify.Diagnostic().WithLocation(1).WithArguments("Shop.Basket", "System.owner", "StoreOwner", "Shop.Basket"));
    }

    [Fact]
    public async Task AR1007_Fix_SetsTheFlagOnTheRootEntity_InAnotherDocument()
    {
        await VerifyFix.VerifyCodeFixAsync(
            new[]
            {
                Sources.SystemRoles + """
                [Entity("Shop")]
                [AccessRule("Shop.Guest", Read = [nameof(Quantity)], XPath = "[{|AR1007:System.owner|} = '[%CurrentUser%]'][{|AR1007:createdDate|} > '[%BeginOfCurrentDay%]']")]
                public class CartLine : Line { }
                """,
                """
                using AccessRules;
                [Entity("Shop", Name = "Line")]
                public partial class Line { public int Quantity { get; set; } }
                public partial class Line { }
                """,
            },
            [],
            new[]
            {
                Sources.SystemRoles + """
                [Entity("Shop")]
                [AccessRule("Shop.Guest", Read = [nameof(Quantity)], XPath = "[System.owner = '[%CurrentUser%]'][createdDate > '[%BeginOfCurrentDay%]']")]
                public class CartLine : Line { }
                """,
                """
                using AccessRules;
                [Entity("Shop", Name = "Line", StoreOwner = true, StoreCreatedDate = true)]
                public partial class Line { public int Quantity { get; set; } }
                public partial class Line { }
                """,
            });
    }
}
