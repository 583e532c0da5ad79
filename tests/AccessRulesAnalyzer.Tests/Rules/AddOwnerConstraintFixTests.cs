using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpCodeFixVerifier<
    AccessRulesAnalyzer.Rules.AnonymousWriteWithoutConstraintCheck,
    AccessRulesAnalyzer.CodeFixes.AddOwnerConstraintCodeFixProvider>;

namespace AccessRulesAnalyzer.Tests.Rules;

public class AddOwnerConstraintFixTests
{
    [Fact]
    public async Task AddsTheOwnerConstraintAndStoresTheOwner()
    {
        await Verify.VerifyCodeFixAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [{|AR0002:AccessRule("Shop.Guest", Create = true, ReadWrite = [nameof(Quantity)])|}]
            public class CartLine { public int Quantity { get; set; } }
            """, Sources.ShopRoles + """
            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Guest", Create = true, ReadWrite = [nameof(Quantity)], XPath = "[System.owner='[%CurrentUser%]']")]
            public class CartLine { public int Quantity { get; set; } }
            """);
    }

    [Fact]
    public async Task ReplacesAnEmptyXPathAndAFalseStoreOwner()
    {
        await Verify.VerifyCodeFixAsync(Sources.ShopRoles + """
            [Entity("Shop", StoreOwner = false, Name = "Line")]
            [{|AR0002:AccessRule("Shop.Guest", XPath = "", AllMembers = MemberAccess.ReadWrite)|}]
            public class CartLine { public int Quantity { get; set; } }
            """, Sources.ShopRoles + """
            [Entity("Shop", StoreOwner = true, Name = "Line")]
            [AccessRule("Shop.Guest", XPath = "[System.owner='[%CurrentUser%]']", AllMembers = MemberAccess.ReadWrite)]
            public class CartLine { public int Quantity { get; set; } }
            """);
    }

    [Fact]
    public async Task SplitsAnonymousRolesIntoTheirOwnRule_SoNamedRolesKeepWhatTheyHad()
    {
        await Verify.VerifyCodeFixAsync(Sources.ShopRoles + """
            [Entity("Shop", StoreOwner = true)]
            // Customers and guests edit their cart.
            [{|AR0002:AccessRule("Shop.Customer", "Shop.Guest", ReadWrite = [nameof(Quantity)])|}] // shared
            public class CartLine { public int Quantity { get; set; } }
            """, Sources.ShopRoles + """
            [Entity("Shop", StoreOwner = true)]
            // Customers and guests edit their cart.
            [AccessRule("Shop.Customer", ReadWrite = [nameof(Quantity)])] // shared
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Quantity)], XPath = "[System.owner='[%CurrentUser%]']")] // shared
            public class CartLine { public int Quantity { get; set; } }
            """);
    }

    [Fact]
    public async Task KeepsTheLayoutOfAMultiLineRule()
    {
        await Verify.VerifyCodeFixAsync(Sources.ShopRoles + """
            namespace Shop
            {
                [Entity("Shop")]
                [{|AR0002:AccessRule(
                    "Shop.Guest",
                    Create = true, // visitors fill their cart
                    ReadWrite = [nameof(Quantity)])|}]
                public class CartLine
                {
                    public int Quantity { get; set; }
                }
            }
            """, Sources.ShopRoles + """
            namespace Shop
            {
                [Entity("Shop", StoreOwner = true)]
                [AccessRule(
                    "Shop.Guest",
                    Create = true, // visitors fill their cart
                    ReadWrite = [nameof(Quantity)],
                    XPath = "[System.owner='[%CurrentUser%]']")]
                public class CartLine
                {
                    public int Quantity { get; set; }
                }
            }
            """);
    }

    [Fact]
    public async Task FixesEveryRuleAndEntityOfADocument()
    {
        await Verify.VerifyCodeFixAsync(Sources.ShopRoles + """
            [Entity("Shop"), {|AR0002:AccessRule("Shop.Guest", ReadWrite = [nameof(Quantity)])|}]
            [{|AR0002:AccessRule("Shop.Guest", Delete = true, ReadWrite = [nameof(Note)])|}]
            public class CartLine { public int Quantity { get; set; } public string? Note { get; set; } }

            [Entity("Shop")]
            [{|AR0002:AccessRule("Shop.Guest", AllMembers = MemberAccess.ReadWrite)|}]
            public class Review { public string? Text { get; set; } }
            """, Sources.ShopRoles + """
            [Entity("Shop", StoreOwner = true), AccessRule("Shop.Guest", ReadWrite = [nameof(Quantity)], XPath = "[System.owner='[%CurrentUser%]']")]
            [AccessRule("Shop.Guest", Delete = true, ReadWrite = [nameof(Note)], XPath = "[System.owner='[%CurrentUser%]']")]
            public class CartLine { public int Quantity { get; set; } public string? Note { get; set; } }

            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Guest", AllMembers = MemberAccess.ReadWrite, XPath = "[System.owner='[%CurrentUser%]']")]
            public class Review { public string? Text { get; set; } }
            """);
    }

    [Fact]
    public async Task FixesRulesAcrossDocuments()
    {
        await Verify.VerifyCodeFixAsync(
            new[]
            {
                Sources.ShopRoles + """
                [Entity("Shop")]
                [{|AR0002:AccessRule("Shop.Guest", ReadWrite = [nameof(Quantity)])|}]
                public class CartLine { public int Quantity { get; set; } }
                """,
                """
                using AccessRules;

                [Entity("Shop")]
                [{|AR0002:AccessRule("Shop.Guest", ReadWrite = [nameof(Text)])|}]
                public class Review { public string? Text { get; set; } }
                """,
            },
            System.Array.Empty<DiagnosticResult>(),
            new[]
            {
                Sources.ShopRoles + """
                [Entity("Shop", StoreOwner = true)]
                [AccessRule("Shop.Guest", ReadWrite = [nameof(Quantity)], XPath = "[System.owner='[%CurrentUser%]']")]
                public class CartLine { public int Quantity { get; set; } }
                """,
                """
                using AccessRules;

                [Entity("Shop", StoreOwner = true)]
                [AccessRule("Shop.Guest", ReadWrite = [nameof(Text)], XPath = "[System.owner='[%CurrentUser%]']")]
                public class Review { public string? Text { get; set; } }
                """,
            });
    }

    [Fact]
    public async Task RolesGivenAsConstants_AreSplitByValue()
    {
        await Verify.VerifyCodeFixAsync(Sources.ShopRoles + """
            static class Roles { public const string Guest = "Shop.Guest"; public const string Customer = "Shop.Customer"; }

            [Entity("Shop", StoreOwner = true)]
            [{|AR0002:AccessRule(Roles.Guest, Roles.Customer, ReadWrite = [nameof(Quantity)])|}]
            public class CartLine { public int Quantity { get; set; } }
            """, Sources.ShopRoles + """
            static class Roles { public const string Guest = "Shop.Guest"; public const string Customer = "Shop.Customer"; }

            [Entity("Shop", StoreOwner = true)]
            [AccessRule(Roles.Customer, ReadWrite = [nameof(Quantity)])]
            [AccessRule(Roles.Guest, ReadWrite = [nameof(Quantity)], XPath = "[System.owner='[%CurrentUser%]']")]
            public class CartLine { public int Quantity { get; set; } }
            """);
    }

    [Fact]
    public async Task RolesGivenAsAnArrayThatNeedSplitting_AreLeftForTheUser()
    {
        const string source = Sources.ShopRoles + """
            [Entity("Shop")]
            [{|AR0002:AccessRule(new[] { "Shop.Customer", "Shop.Guest" }, ReadWrite = [nameof(Quantity)])|}]
            public class CartLine { public int Quantity { get; set; } }
            """;
        await Verify.VerifyCodeFixAsync(source, source);
    }

    [Fact]
    public async Task AR0006_AndsTheOwnerConstraintWithTheExistingFilter()
    {
        await Verification.CSharpCodeFixVerifier<AccessRulesAnalyzer.Rules.AnonymousChangeNotUserScopedCheck, AccessRulesAnalyzer.CodeFixes.AddOwnerConstraintCodeFixProvider>.VerifyCodeFixAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Status)], XPath = {|AR0006:"[Status = 'Open']"|})]
            public class Ticket { public string? Status { get; set; } }
            """, Sources.ShopRoles + """
            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Status)], XPath = "[Status = 'Open'][System.owner='[%CurrentUser%]']")]
            public class Ticket { public string? Status { get; set; } }
            """);
    }

    [Fact]
    public async Task AR0006_AConstantXPathGetsTheOwnerConstraintAppended()
    {
        await Verification.CSharpCodeFixVerifier<AccessRulesAnalyzer.Rules.AnonymousChangeNotUserScopedCheck, AccessRulesAnalyzer.CodeFixes.AddOwnerConstraintCodeFixProvider>.VerifyCodeFixAsync(Sources.ShopRoles + """
            static class Constraints { public const string Open = "[Status = 'Open']"; }

            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Guest", Delete = true, XPath = {|AR0006:Constraints.Open|})]
            public class Ticket { public string? Status { get; set; } }
            """, Sources.ShopRoles + """
            static class Constraints { public const string Open = "[Status = 'Open']"; }

            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Guest", Delete = true, XPath = Constraints.Open + "[System.owner='[%CurrentUser%]']")]
            public class Ticket { public string? Status { get; set; } }
            """);
    }

    [Fact]
    public async Task AR0004_And_AR0005_AreFixedTheSameWay()
    {
        await Verification.CSharpCodeFixVerifier<AccessRulesAnalyzer.Rules.AnonymousDeleteWithoutConstraintCheck, AccessRulesAnalyzer.CodeFixes.AddOwnerConstraintCodeFixProvider>.VerifyCodeFixAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", "Shop.Guest", Delete = {|AR0004:true|})]
            public class Review { public string? Text { get; set; } }
            """, Sources.ShopRoles + """
            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Customer", Delete = true)]
            [AccessRule("Shop.Guest", Delete = true, XPath = "[System.owner='[%CurrentUser%]']")]
            public class Review { public string? Text { get; set; } }
            """);
        await Verification.CSharpCodeFixVerifier<AccessRulesAnalyzer.Rules.AnonymousFileDocumentReadCheck, AccessRulesAnalyzer.CodeFixes.AddOwnerConstraintCodeFixProvider>.VerifyCodeFixAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [{|AR0005:AccessRule("Shop.Guest", AllMembers = MemberAccess.Read)|}]
            public class Invoice : FileDocument { }
            """, Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Guest", AllMembers = MemberAccess.Read, XPath = "[System.owner='[%CurrentUser%]']")]
            public class Invoice : FileDocument { }
            """);
    }

    [Fact]
    public async Task ASpecialization_GetsStoreOwnerOnItsRoot_InTheRootsDocument()
    {
        await Verify.VerifyCodeFixAsync(
            new[]
            {
                Sources.ShopRoles + """
                [Entity("Shop")]
                [{|AR0002:AccessRule("Shop.Guest", ReadWrite = [nameof(Priority)])|}]
                public class UrgentTicket : Ticket { public int Priority { get; set; } }
                """,
                """
                using AccessRules;

                [Entity("Shop", Name = "Ticket")]
                public class Ticket { public string? Text { get; set; } }
                """,
            },
            System.Array.Empty<DiagnosticResult>(),
            new[]
            {
                Sources.ShopRoles + """
                [Entity("Shop")]
                [AccessRule("Shop.Guest", ReadWrite = [nameof(Priority)], XPath = "[System.owner='[%CurrentUser%]']")]
                public class UrgentTicket : Ticket { public int Priority { get; set; } }
                """,
                """
                using AccessRules;

                [Entity("Shop", Name = "Ticket", StoreOwner = true)]
                public class Ticket { public string? Text { get; set; } }
                """,
            });
    }

    [Fact]
    public async Task TheEntityOfAPartialClass_IsEditedWhereItIsDeclared()
    {
        await Verify.VerifyCodeFixAsync(
            new[]
            {
                Sources.ShopRoles + """
                [{|AR0002:AccessRule("Shop.Guest", ReadWrite = [nameof(Quantity)])|}]
                public partial class CartLine { public int Quantity { get; set; } }
                """,
                """
                using AccessRules;

                [Entity("Shop")]
                public partial class CartLine { }
                """,
            },
            System.Array.Empty<DiagnosticResult>(),
            new[]
            {
                Sources.ShopRoles + """
                [AccessRule("Shop.Guest", ReadWrite = [nameof(Quantity)], XPath = "[System.owner='[%CurrentUser%]']")]
                public partial class CartLine { public int Quantity { get; set; } }
                """,
                """
                using AccessRules;

                [Entity("Shop", StoreOwner = true)]
                public partial class CartLine { }
                """,
            });
    }

    [Fact]
    public async Task AnEntityThatStoresItsOwnerThroughItsRoot_IsNotGivenStoreOwnerAgain()
    {
        await Verify.VerifyCodeFixAsync(Sources.ShopRoles + """
            [Entity("Shop", StoreOwner = true)]
            public class Ticket { public string? Text { get; set; } }

            [Entity("Shop")]
            [{|AR0002:AccessRule("Shop.Guest", ReadWrite = [nameof(Priority)])|}]
            public class UrgentTicket : Ticket { public int Priority { get; set; } }
            """, Sources.ShopRoles + """
            [Entity("Shop", StoreOwner = true)]
            public class Ticket { public string? Text { get; set; } }

            [Entity("Shop")]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Priority)], XPath = "[System.owner='[%CurrentUser%]']")]
            public class UrgentTicket : Ticket { public int Priority { get; set; } }
            """);
    }

    [Fact]
    public async Task FixAll_SetsStoreOwnerOnASharedRootOnce()
    {
        await Verify.VerifyCodeFixAsync(
            new[]
            {
                Sources.ShopRoles + """
                [Entity("Shop")]
                [{|AR0002:AccessRule("Shop.Guest", ReadWrite = [nameof(Priority)])|}]
                public class UrgentTicket : Ticket { public int Priority { get; set; } }

                [Entity("Shop")]
                [{|AR0002:AccessRule("Shop.Guest", Create = true, ReadWrite = [nameof(Text)])|}]
                public class Complaint : Ticket { }
                """,
                """
                using AccessRules;

                [Entity("Shop")]
                public abstract class Ticket { public string? Text { get; set; } }

                [Entity("Shop")]
                [{|AR0002:AccessRule("Shop.Guest", "Shop.Customer", ReadWrite = [nameof(Text)])|}]
                public class Question : Ticket { }
                """,
            },
            System.Array.Empty<DiagnosticResult>(),
            new[]
            {
                Sources.ShopRoles + """
                [Entity("Shop")]
                [AccessRule("Shop.Guest", ReadWrite = [nameof(Priority)], XPath = "[System.owner='[%CurrentUser%]']")]
                public class UrgentTicket : Ticket { public int Priority { get; set; } }

                [Entity("Shop")]
                [AccessRule("Shop.Guest", Create = true, ReadWrite = [nameof(Text)], XPath = "[System.owner='[%CurrentUser%]']")]
                public class Complaint : Ticket { }
                """,
                """
                using AccessRules;

                [Entity("Shop", StoreOwner = true)]
                public abstract class Ticket { public string? Text { get; set; } }

                [Entity("Shop")]
                [AccessRule("Shop.Customer", ReadWrite = [nameof(Text)])]
                [AccessRule("Shop.Guest", ReadWrite = [nameof(Text)], XPath = "[System.owner='[%CurrentUser%]']")]
                public class Question : Ticket { }
                """,
            });
    }
}
