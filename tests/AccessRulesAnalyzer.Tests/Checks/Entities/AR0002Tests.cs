using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;
using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.AnonymousWriteWithoutConstraintCheck>;
using VerifyFix = AccessRulesAnalyzer.Tests.Verification.CSharpCodeFixVerifier<AccessRulesAnalyzer.Checks.AnonymousWriteWithoutConstraintCheck, AccessRulesAnalyzer.CodeFixes.AddOwnerConstraintCodeFixProvider>;

namespace AccessRulesAnalyzer.Tests.Checks;

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

    [Fact]
    public async Task AddsTheOwnerConstraintAndStoresTheOwner()
    {
        await VerifyFix.VerifyCodeFixAsync(Sources.ShopRoles + """
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
        await VerifyFix.VerifyCodeFixAsync(Sources.ShopRoles + """
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
    public async Task ReplacesAnXPathWhoseValueIsNoString()
    {
        // Half-typed code (found by the long fuzz run): appending to it would leave it unreadable, and Fix All would append again.
        await VerifyFix.VerifyCodeFixAsync(Sources.ShopRoles + """
            [Entity("Shop", StoreOwner = true)]
            [{|AR0002:AccessRule("Shop.Guest", XPath = {|CS0029:true|}, ReadWrite = [nameof(Quantity)])|}]
            public class CartLine { public int Quantity { get; set; } }
            """, Sources.ShopRoles + """
            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Guest", XPath = "[System.owner='[%CurrentUser%]']", ReadWrite = [nameof(Quantity)])]
            public class CartLine { public int Quantity { get; set; } }
            """);
    }

    [Fact]
    public async Task ARuleToSplitWhoseAttributeListIsUnclosed_IsLeftForTheUser()
    {
        // Splitting would copy the list's missing ']' into a second list (found by the long fuzz run).
        const string source = Sources.ShopRoles + """
            [Entity("Shop", StoreOwner = true)]
            [{|AR0002:AccessRule("Shop.Customer", "Shop.Guest", ReadWrite = [nameof(Quantity)])|}{|CS1003:|}
            public class CartLine { public int Quantity { get; set; } }
            """;
        await VerifyFix.VerifyNoFixOfferedAsync(source);
    }

    [Fact]
    public async Task ARuleThatNeedsNoSplit_IsFixedInAnUnclosedAttributeList()
    {
        // Only a split would copy the list's missing ']': the rule's own constraint is added as usual.
        await VerifyFix.VerifyCodeFixAsync(Sources.ShopRoles + """
            [Entity("Shop", StoreOwner = true)]
            [{|AR0002:AccessRule("Shop.Guest", ReadWrite = [nameof(Quantity)])|}{|CS1003:|}
            public class CartLine { public int Quantity { get; set; } }
            """, Sources.ShopRoles + """
            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Quantity)], XPath = "[System.owner='[%CurrentUser%]']"){|CS1003:|}
            public class CartLine { public int Quantity { get; set; } }
            """);
    }

    [Fact]
    public async Task SplitsAnonymousRolesIntoTheirOwnRule_SoNamedRolesKeepWhatTheyHad()
    {
        await VerifyFix.VerifyCodeFixAsync(Sources.ShopRoles + """
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
        await VerifyFix.VerifyCodeFixAsync(Sources.ShopRoles + """
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
        await VerifyFix.VerifyCodeFixAsync(Sources.ShopRoles + """
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
        await VerifyFix.VerifyCodeFixAsync(
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
        await VerifyFix.VerifyCodeFixAsync(Sources.ShopRoles + """
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
        await VerifyFix.VerifyNoFixOfferedAsync(source);
    }

    [Fact]
    public async Task ASpecialization_GetsStoreOwnerOnItsRoot_InTheRootsDocument()
    {
        await VerifyFix.VerifyCodeFixAsync(
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
        await VerifyFix.VerifyCodeFixAsync(
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
        await VerifyFix.VerifyCodeFixAsync(Sources.ShopRoles + """
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
        await VerifyFix.VerifyCodeFixAsync(
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

    [Fact]
    public async Task ASpecializationOfANonPersistableEntity_IsExemptFromTheRedFlags()
    {
        await Verify.VerifyAnalyzerAsync(Sources.SystemRoles + """
            [Entity("Shop", Persistable = false)] public class Form { public string? Query { get; set; } }

            [Entity("Shop")]
            [AccessRule("Shop.Guest", Create = true, AllMembers = MemberAccess.ReadWrite)]
            public class SearchForm : Form { }

            [Entity("Shop")] public class Stored { public string? Query { get; set; } }

            [Entity("Shop")]
            [{|#0:AccessRule("Shop.Guest", ReadWrite = [nameof(Query)])|}]
            public class StoredSearch : Stored { }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("'Shop.Guest'", "'Query'", "Shop.StoredSearch", Sources.StoreOwnerHint("Shop.Stored")));
    }

    [Fact]
    public async Task AR0002_AndAR1004_HonourExcept()
    {
        await Verify.VerifyAnalyzerAsync(Sources.SystemRoles + """
            [Entity("Shop")]
            [{|#0:AccessRule("Shop.Guest", AllMembers = MemberAccess.ReadWrite, Except = [nameof(Token)])|}]
            public class Session { public string? Name { get; set; } public string? Token { get; set; } }

            [Entity("Shop")]
            [AccessRule("Shop.Guest", AllMembers = MemberAccess.ReadWrite, Except = [nameof(Name)])]
            public class Label { public string? Name { get; set; } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("'Shop.Guest'", "'Name'", "Shop.Session", Sources.StoreOwnerHint("Shop.Session")));
        await CSharpAnalyzerVerifier<WriteOnComputedMemberCheck>.VerifyAnalyzerAsync(Sources.SystemRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", AllMembers = MemberAccess.ReadWrite, Except = [nameof(FileID)])]
            public class Invoice : FileDocument { }
            """);
    }
}
