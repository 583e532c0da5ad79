using AccessRulesAnalyzer.Rules;
using AccessRulesAnalyzer.Tests.Verification;

namespace AccessRulesAnalyzer.Tests.Rules;

/// <summary>AR1001–AR1016 and AR2001: a model that is wrong grants or denies the wrong thing at run time.</summary>
public class ConsistencyTests
{
    [Fact]
    public async Task AR1001_UndeclaredModuleRoles_AreReportedWithASuggestion()
    {
        await CSharpAnalyzerVerifier<UnknownModuleRoleCheck>.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [assembly: UserRole("Clerk", {|#0:"Shop.Custmer"|}, {|#1:"Sales.Clerk"|})]

            [Entity("Shop")]
            [AccessRule({|#2:"Shop.guest"|}, "Shop.Customer", Read = [nameof(Name)])]
            public class Product { public string? Name { get; set; } }
            """,
            Expect.Diagnostic("AR1001").WithLocation(0).WithArguments("Shop.Custmer", "; did you mean 'Shop.Customer'?"),
            Expect.Diagnostic("AR1001").WithLocation(1).WithArguments("Sales.Clerk", string.Empty),
            Expect.Diagnostic("AR1001").WithLocation(2).WithArguments("Shop.guest", "; did you mean 'Shop.Guest'?"));
    }

    [Fact]
    public async Task AR1001_RolesDeclaredInAModuleLibrary_AreKnown()
    {
        await CSharpAnalyzerVerifier<UnknownModuleRoleCheck>.VerifyAnalyzerWithLibraryAsync(
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
        await CSharpCodeFixVerifier<UnknownModuleRoleCheck, CodeFixes.UseSuggestedModuleRoleCodeFixProvider>.VerifyCodeFixAsync(Sources.ShopRoles + """
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
    public async Task AR1002_RoleOfAnotherModule_IsReported()
    {
        await CSharpAnalyzerVerifier<ModuleRoleOfAnotherModuleCheck>.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [assembly: ModuleRole("Sales.Clerk")]

            [Entity("Shop")]
            [AccessRule("Shop.Customer", {|#0:"Sales.Clerk"|}, "Unknown.Role", Read = [nameof(Name)])]
            public class Product { public string? Name { get; set; } }
            """,
            Expect.Diagnostic("AR1002").WithLocation(0).WithArguments("Sales.Clerk", "Sales", "Shop.Product", "Shop"));
    }

    [Fact]
    public async Task AR1003_UnknownMembers_AreReportedOnTheirName()
    {
        await CSharpAnalyzerVerifier<UnknownMemberCheck>.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(Name), {|#0:"Prise"|}], ReadWrite = new[] { {|#1:"Stock"|} })]
            [AccessRule("Shop.Guest", Read = [nameof(Name), "Active"])]
            public class Product : Base { public string? Name { get; set; } public decimal Price { get; set; } }

            [Entity("Shop")] public class Base { public bool Active { get; set; } }
            """,
            Expect.Diagnostic("AR1003").WithLocation(0).WithArguments("Shop.Product", "Prise", "; did you mean 'Price'?"),
            Expect.Diagnostic("AR1003").WithLocation(1).WithArguments("Shop.Product", "Stock", string.Empty));
    }

    [Fact]
    public async Task AR1005_RuleGrantingNothing_IsReported()
    {
        await CSharpAnalyzerVerifier<RuleGrantsNothingCheck>.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [{|#0:AccessRule("Shop.Customer", XPath = "[Name = 'x']")|}]
            [{|#1:AccessRule("Shop.Customer", Read = ["Nme"])|}]
            [AccessRule("Shop.Customer", Create = true)]
            [AccessRule("Shop.Customer", Delete = true)]
            [AccessRule("Shop.Customer", Read = [nameof(Name)])]
            [AccessRule("Shop.Customer", AllMembers = MemberAccess.Read)]
            public class Product { public string? Name { get; set; } }
            """,
            Expect.Diagnostic("AR1005").WithLocation(0).WithArguments("Shop.Product"),
            Expect.Diagnostic("AR1005").WithLocation(1).WithArguments("Shop.Product"));
    }

    [Fact]
    public async Task AR1006_XPathOnANonPersistableEntity_IsRemovedByTheFix()
    {
        await CSharpCodeFixVerifier<XPathOnNonPersistableEntityCheck, CodeFixes.RemoveXPathCodeFixProvider>.VerifyCodeFixAsync(Sources.ShopRoles + """
            [Entity("Shop", Persistable = false)]
            [AccessRule("Shop.Guest", AllMembers = MemberAccess.ReadWrite, XPath = {|AR1006:"[System.owner='[%CurrentUser%]']"|})]
            [AccessRule("Shop.Customer", XPath = {|AR1006:"[Query != empty]"|}, Read = [nameof(Query)])]
            public class SearchForm { public string? Query { get; set; } }

            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Guest", AllMembers = MemberAccess.ReadWrite, XPath = "[System.owner='[%CurrentUser%]']")]
            public class Stored { public string? Query { get; set; } }
            """, Sources.ShopRoles + """
            [Entity("Shop", Persistable = false)]
            [AccessRule("Shop.Guest", AllMembers = MemberAccess.ReadWrite)]
            [AccessRule("Shop.Customer", Read = [nameof(Query)])]
            public class SearchForm { public string? Query { get; set; } }

            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Guest", AllMembers = MemberAccess.ReadWrite, XPath = "[System.owner='[%CurrentUser%]']")]
            public class Stored { public string? Query { get; set; } }
            """);
    }

    [Fact]
    public async Task AR1007_OwnerWithoutStoreOwner_PointsInsideTheStringAndIsFixed()
    {
        await CSharpCodeFixVerifier<SystemMemberNotStoredCheck, CodeFixes.StoreSystemMemberCodeFixProvider>.VerifyCodeFixAsync(Sources.ShopRoles + """
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
    public async Task AR1010_CreateWithAnXPath_IsReportedOnCreate()
    {
        await CSharpAnalyzerVerifier<CreateNotLimitedByXPathCheck>.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Customer", Create = {|#0:true|}, XPath = "[Shop.Review_Customer = '[%CurrentUser%]']")]
            [AccessRule("Shop.Customer", Create = true, Read = [nameof(Text)], XPath = "[Text != empty][System.owner='[%CurrentUser%]']")]
            [AccessRule("Shop.Customer", Create = true)]
            [AccessRule("Shop.Customer", Create = false, Read = [nameof(Text)], XPath = "[System.owner='[%CurrentUser%]']")]
            public class Review { public string? Text { get; set; } public Customer? Customer { get; set; } }

            [Entity("Shop")] public class Customer : SystemUser { }
            """,
            Expect.Diagnostic("AR1010").WithLocation(0).WithArguments("Shop.Review"));
    }

    [Theory]
    [InlineData("Off")]
    [InlineData("Prototype")]
    public async Task AR1011_SecurityLevelForTestingOnly_IsReported(string level)
    {
        await CSharpAnalyzerVerifier<SecurityLevelCheck>.VerifyAnalyzerAsync(
            "using AccessRules;\n[assembly: AppSecurity({|#0:SecurityLevel.LEVEL|})]".Replace("LEVEL", level),
            Expect.Diagnostic("AR1011").WithLocation(0).WithArguments(level));
    }

    [Fact]
    public async Task AR1011_Production_OrNoDeclaration_IsNotReported()
    {
        await CSharpAnalyzerVerifier<SecurityLevelCheck>.VerifyAnalyzerAsync("using AccessRules;\n[assembly: AppSecurity(SecurityLevel.Production)]");
        await CSharpAnalyzerVerifier<SecurityLevelCheck>.VerifyAnalyzerAsync(Sources.ShopRoles);
    }

    [Fact]
    public async Task AR1012_SecondDeclarations_AreReported()
    {
        await CSharpAnalyzerVerifier<DuplicateRoleDeclarationCheck>.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [assembly: ModuleRole({|#0:"Shop.Guest"|})]
            [assembly: UserRole({|#1:"Customer"|}, "Shop.Customer", "Shop.Guest")]
            """,
            Expect.Diagnostic("AR1012").WithLocation(0).WithArguments("Module role", "Shop.Guest"),
            Expect.Diagnostic("AR1012").WithLocation(1).WithArguments("User role", "Customer"));
    }

    [Fact]
    public async Task AR1013_UndeclaredOrRepeatedAnonymousUsers_IsReported()
    {
        await CSharpAnalyzerVerifier<InvalidAnonymousUsersCheck>.VerifyAnalyzerAsync("""
            using AccessRules;

            [assembly: UserRole("Anonymous", "Shop.Guest")]
            [assembly: AnonymousUsers({|#0:"Anonymus"|})]
            [assembly: {|#1:AnonymousUsers("Anonymous")|}]
            """,
            Expect.Diagnostic("AR1013").WithLocation(0).WithArguments("User role 'Anonymus' of anonymous users is not declared; did you mean 'Anonymous'?"),
            Expect.Diagnostic("AR1013").WithLocation(1).WithArguments("[AnonymousUsers] appears more than once: only the first declaration is in force"));
    }

    [Fact]
    public async Task AR1013_AValidDeclaration_IsNotReported()
    {
        await CSharpAnalyzerVerifier<InvalidAnonymousUsersCheck>.VerifyAnalyzerAsync(Sources.ShopRoles);
    }

    [Fact]
    public async Task AR1016_ModuleRoleNoUserRoleIncludes_IsReportedInAnApp_NotInAModuleLibrary()
    {
        await CSharpAnalyzerVerifier<UnusedModuleRoleCheck>.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [assembly: ModuleRole({|#0:"Shop.Auditor"|})]
            """,
            Expect.Diagnostic("AR1016").WithLocation(0).WithArguments("Shop.Auditor"));
        await CSharpAnalyzerVerifier<UnusedModuleRoleCheck>.VerifyAnalyzerAsync("""
            using AccessRules;
            [assembly: ModuleRole("Shop.Auditor")]
            """);
    }

    [Theory]
    [InlineData("[System.owner = '[%CurrentUser%]'", 32, 1, "Unexpected end of constraint: expected ']'")]
    [InlineData("[Name # 'x']", 6, 1, "Unexpected character '#'")]
    [InlineData("Name = 'x'", 0, 4, "An XPath constraint is a sequence of bracketed conditions: expected '['")]
    public async Task AR2001_SyntaxErrors_PointAtTheOffendingCharacter(string xpath, int start, int length, string message)
    {
        var source = Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(Name)], XPath = "XPATH")]
            public class Product { public string? Name { get; set; } }
            """.Replace("XPATH", xpath.Substring(0, start) + "{|#0:" + xpath.Substring(start, length) + "|}" + xpath.Substring(start + length));

        await CSharpAnalyzerVerifier<XPathSyntaxErrorCheck>.VerifyAnalyzerAsync(source,
            Expect.Diagnostic("AR2001").WithLocation(0).WithArguments("Shop.Product", message));
    }

    [Fact]
    public async Task AR2001_InAVerbatimString_IsReportedOnTheWholeValue_AndValidConstraintsAreNot()
    {
        await CSharpAnalyzerVerifier<XPathSyntaxErrorCheck>.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(Name)], XPath = {|#0:@"[Name = "|})]
            [AccessRule("Shop.Customer", Read = [nameof(Name)], XPath = "[Name = 'x' and (Name != 'y' or not(contains(Name, 'z')))]")]
            public class Product { public string? Name { get; set; } }
            """,
            Expect.Diagnostic("AR2001").WithLocation(0).WithArguments("Shop.Product", "Unexpected end of constraint: expected a value or a path"));
    }
}
