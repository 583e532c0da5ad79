using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;
using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.UnknownModuleRoleCheck>;
using VerifyFix = AccessRulesAnalyzer.Tests.Verification.CSharpCodeFixVerifier<AccessRulesAnalyzer.Checks.UnknownModuleRoleCheck, AccessRulesAnalyzer.CodeFixes.UseSuggestedModuleRoleCodeFixProvider>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR1001: Unknown module role.</summary>
public class AR1001Tests
{
    [Fact]
    public async Task AR1001_UndeclaredModuleRoles_AreReportedWithASuggestion()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [assembly: UserRole("Clerk", {|#0:"Shop.Custmer"|}, {|#1:"Sales.Clerk"|})]

            [Entity("Shop")]
            [AccessRule({|#2:"Shop.guest"|}, "Shop.Customer", Read = [nameof(Name)])]
            public class Product { public string? Name { get; set; } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.Custmer", "; did you mean 'Shop.Customer'?"),
            Verify.Diagnostic().WithLocation(1).WithArguments("Sales.Clerk", string.Empty),
            Verify.Diagnostic().WithLocation(2).WithArguments("Shop.guest", "; did you mean 'Shop.Guest'?"));
    }

    [Fact]
    public async Task AR1001_RolesDeclaredInAModuleLibrary_AreKnown()
    {
        await Verify.VerifyAnalyzerWithLibraryAsync(
            """
            using AccessRules;
            [assembly: ModuleRole("Shop.Customer")]
            """,
            """
            using AccessRules;
            [assembly: UserRole("Customer", "Shop.Customer")]
            """);
    }

    [Fact]
    public async Task AR1001_Fix_UsesTheSuggestedRole()
    {
        await VerifyFix.VerifyCodeFixAsync(Sources.ShopRoles + """
            [assembly: UserRole("Clerk", {|AR1001:"Shop.Custmer"|})]

            [Entity("Shop")]
            [AccessRule({|AR1001:"Shop.Gest"|}, Read = [nameof(Name)])]
            public class Product { public string? Name { get; set; } public decimal Cost { get; set; } }
            """, Sources.ShopRoles + """
            [assembly: UserRole("Clerk", "Shop.Customer")]

            [Entity("Shop")]
            [AccessRule("Shop.Guest", Read = [nameof(Name)])]
            public class Product { public string? Name { get; set; } public decimal Cost { get; set; } }
            """);
    }

    [Fact]
    public async Task AR1001_SystemModuleRolesAreKnownWithoutADeclaration_ButOthersOfSystemAreNot()
    {
        await Verify.VerifyAnalyzerAsync(Sources.SystemRoles + """
            [assembly: ModuleRole("System.User")]
            [assembly: UserRole("Auditor", {|#0:"System.Auditor"|})]
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("System.Auditor", string.Empty));
    }

    [Fact]
    public async Task AR1001_Fix_CorrectsTheCaseOfASystemRole()
    {
        await VerifyFix.VerifyCodeFixAsync(Sources.SystemRoles + """
            [assembly: UserRole("Clerk", "Shop.Customer", {|AR1001:"system.user"|})]
            [assembly: UserRole("Manager", "Shop.Customer", {|AR1001:"System.administrator"|})]
            """, Sources.SystemRoles + """
            [assembly: UserRole("Clerk", "Shop.Customer", "System.User")]
            [assembly: UserRole("Manager", "Shop.Customer", "System.Administrator")]
            """);
    }

    [Fact]
    public async Task AR1001_Fix_IsNotOfferedWithoutASuggestion()
    {
        const string source = Sources.ShopRoles + """
            [assembly: UserRole("Clerk", {|AR1001:"Sales.Clerk"|})]
            """;
        await VerifyFix.VerifyNoFixOfferedAsync(source);
    }

    [Fact]
    public async Task AR1001_UnknownRolesInADocumentsAllowedRoles_AreReported_AndFixed()
    {
        await VerifyFix.VerifyCodeFixAsync(Sources.ShopRoles + """
            public static class Flows
            {
                [Microflow("Shop", Url = "browse", AllowedRoles = ["Shop.Customer", {|AR1001:"Shop.Gest"|}])]
                public static void ACT_Browse() { }
            }

            [PublishedService(ServiceKind.Rest, "Shop", AllowedRoles = [{|AR1001:"Shop.Custmer"|}])]
            public class Api { }
            """, Sources.ShopRoles + """
            public static class Flows
            {
                [Microflow("Shop", Url = "browse", AllowedRoles = ["Shop.Customer", "Shop.Guest"])]
                public static void ACT_Browse() { }
            }

            [PublishedService(ServiceKind.Rest, "Shop", AllowedRoles = ["Shop.Customer"])]
            public class Api { }
            """);
    }

    [Fact]
    public async Task AR1001_AnUnknownRoleAPageIsVisibleFor_IsReported_AndFixed()
    {
        await VerifyFix.VerifyCodeFixAsync(Sources.ShopRoles + """
            [Page("Shop", VisibleFor = [{|AR1001:"Shop.Custmer"|}])]
            public class Orders { }
            """, Sources.ShopRoles + """
            [Page("Shop", VisibleFor = ["Shop.Customer"])]
            public class Orders { }
            """);
    }

    [Fact]
    public async Task AR1001_ARoleWrittenWithoutItsModule_SuggestsTheOwnModulesRole_OrTheOneRoleOfThatName()
    {
        // A rule or document names its own module's roles (AR1002): a bare name is that module's role, in any case, and
        // never another module's (Admin.Clerk for a Shop rule). A user role has no module of its own: a bare name is the
        // one role of that name, none when two modules have it.
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [assembly: ModuleRole("Admin.Customer")]
            [assembly: ModuleRole("Admin.Clerk")]
            [assembly: UserRole("Clerk", {|#0:"Clerk"|}, {|#1:"Customer"|})]

            [Entity("Shop")]
            [AccessRule({|#2:"Customer"|}, {|#3:"guest"|}, {|#5:"Clerk"|}, Read = [nameof(Name)])]
            public class Product { public string? Name { get; set; } }

            public static class Flows
            {
                [Microflow("Admin", AllowedRoles = [{|#4:"Customer"|}])]
                public static void ACT_Open() { }
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Clerk", "; did you mean 'Admin.Clerk'?"),
            Verify.Diagnostic().WithLocation(1).WithArguments("Customer", string.Empty),
            Verify.Diagnostic().WithLocation(2).WithArguments("Customer", "; did you mean 'Shop.Customer'?"),
            Verify.Diagnostic().WithLocation(3).WithArguments("guest", "; did you mean 'Shop.Guest'?"),
            Verify.Diagnostic().WithLocation(4).WithArguments("Customer", "; did you mean 'Admin.Customer'?"),
            Verify.Diagnostic().WithLocation(5).WithArguments("Clerk", string.Empty));
    }

    [Fact]
    public async Task AR1001_Fix_WritesTheModuleOfARoleWrittenWithoutIt()
    {
        await VerifyFix.VerifyCodeFixAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule({|AR1001:"Guest"|}, Read = [nameof(Name)])]
            public class Product { public string? Name { get; set; } public decimal Cost { get; set; } }
            """, Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Guest", Read = [nameof(Name)])]
            public class Product { public string? Name { get; set; } public decimal Cost { get; set; } }
            """);
    }
}
