using AccessRulesAnalyzer.Rules;
using AccessRulesAnalyzer.Tests.Verification;

namespace AccessRulesAnalyzer.Tests.Rules;

/// <summary>AR0004, AR0005, AR0006, AR0007, AR0009, AR0010 and AR1014: the anonymous checks beyond the three red flags.</summary>
public class AnonymousExposureTests
{
    [Fact]
    public async Task AR0004_AnonymousDeleteWithoutConstraint_IsReportedOnDelete()
    {
        await CSharpAnalyzerVerifier<AnonymousDeleteWithoutConstraintCheck>.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Guest", Read = [nameof(Text)], Delete = {|#0:true|})]
            [AccessRule("Shop.Customer", Delete = true)]
            public class Review { public string? Text { get; set; } }

            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Guest", Delete = true, XPath = "[System.owner='[%CurrentUser%]']")]
            public class Wish { public string? Text { get; set; } }

            [Entity("Shop", Persistable = false)]
            [AccessRule("Shop.Guest", Delete = true)]
            public class Form { public string? Text { get; set; } }
            """,
            Expect.Diagnostic("AR0004").WithLocation(0).WithArguments("'Shop.Guest'", "Shop.Review", Sources.StoreOwnerHint("Shop.Review")));
    }

    [Fact]
    public async Task AR0004_WithoutAnonymousUsers_IsNotReported()
    {
        await CSharpAnalyzerVerifier<AnonymousDeleteWithoutConstraintCheck>.VerifyAnalyzerAsync(Sources.ShopRolesWithoutAnonymous + """
            [Entity("Shop")]
            [AccessRule("Shop.Guest", Delete = true)]
            public class Review { public string? Text { get; set; } }
            """);
    }

    [Fact]
    public async Task AR0005_AnonymousReadOfFileDocuments_IsReported_ButNotWithAConstraint()
    {
        await CSharpAnalyzerVerifier<AnonymousFileDocumentReadCheck>.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [{|#0:AccessRule("Shop.Guest", Read = [nameof(Name)])|}]
            public class Invoice : FileDocument { }

            [Entity("Shop")]
            [{|#1:AccessRule("Shop.Guest", AllMembers = MemberAccess.Read)|}]
            public class Photo : Image { }

            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Guest", AllMembers = MemberAccess.Read, XPath = "[System.owner='[%CurrentUser%]']")]
            public class Upload : FileDocument { }

            [Entity("Shop")]
            [AccessRule("Shop.Guest", AllMembers = MemberAccess.Read)]
            public class Product { public string? Name { get; set; } }

            [Entity("Shop")]
            [AccessRule("Shop.Guest", Create = true)]
            public class Attachment : FileDocument { }
            """,
            Expect.Diagnostic("AR0005").WithLocation(0).WithArguments("'Shop.Guest'", "Shop.Invoice", ""),
            Expect.Diagnostic("AR0005").WithLocation(1).WithArguments("'Shop.Guest'", "Shop.Photo", ""));
    }

    [Theory]
    [InlineData("[Status = 'Open']")]
    [InlineData("[System.owner = '[%CurrentUser%]' or Status = 'Open']")]
    [InlineData("[not(System.owner = '[%CurrentUser%]')]")]
    public async Task AR0006_AnonymousChangeWithAFilterThatIsNotUserScoped_IsReportedOnTheXPath(string xpath)
    {
        await CSharpAnalyzerVerifier<AnonymousChangeNotUserScopedCheck>.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Status)], XPath = {|#0:XPATH|})]
            public class Ticket { public string? Status { get; set; } }
            """.Replace("XPATH", "\"" + xpath + "\""),
            Expect.Diagnostic("AR0006").WithLocation(0).WithArguments("'Shop.Guest'", "Shop.Ticket", ""));
    }

    [Theory]
    [InlineData("ReadWrite = [nameof(Status)], XPath = \"[System.owner = '[%CurrentUser%]' and Status = 'Open']\"")]
    [InlineData("Read = [nameof(Status)], XPath = \"[Status = 'Open']\"")]
    [InlineData("ReadWrite = [nameof(Status)]")]
    [InlineData("Delete = true, XPath = \"[Status = 'Open'\"")]
    public async Task AR0006_ScopedReadOnlyUnconstrainedOrBrokenConstraints_AreNotReported(string arguments)
    {
        await CSharpAnalyzerVerifier<AnonymousChangeNotUserScopedCheck>.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Guest", ARGUMENTS)]
            public class Ticket { public string? Status { get; set; } }
            """.Replace("ARGUMENTS", arguments));
    }

    [Fact]
    public async Task AR0007_AnonymousRoleManagingUsers_IsReportedOnTheArgument()
    {
        await CSharpAnalyzerVerifier<AnonymousUserManagementCheck>.VerifyAnalyzerAsync("""
            using AccessRules;

            [assembly: UserRole("Customer", "Shop.Customer", ManagesAllRoles = true)]
            [assembly: UserRole("Anonymous", "Shop.Guest", ManagesAllRoles = {|#0:true|}, ManagedRoles = {|#1:["Customer"]|})]
            [assembly: AnonymousUsers("Anonymous")]
            """,
            Expect.Diagnostic("AR0007").WithLocation(0).WithArguments("Anonymous", "every user role"),
            Expect.Diagnostic("AR0007").WithLocation(1).WithArguments("Anonymous", "'Customer'"));
    }

    [Fact]
    public async Task AR0007_WithoutAnonymousUsers_IsNotReported()
    {
        await CSharpAnalyzerVerifier<AnonymousUserManagementCheck>.VerifyAnalyzerAsync("""
            using AccessRules;

            [assembly: UserRole("Anonymous", "Shop.Guest", ManagesAllRoles = true)]
            """);
    }

    [Fact]
    public async Task AR0009_AnonymousAccessToAUserSpecialization_IsReported()
    {
        await CSharpAnalyzerVerifier<AnonymousUserEntityAccessCheck>.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [{|#0:AccessRule("Shop.Guest", Read = [nameof(Nickname)], XPath = "[id = '[%CurrentUser%]']")|}]
            [AccessRule("Shop.Customer", AllMembers = MemberAccess.Read)]
            public class Customer : SystemUser { public string? Nickname { get; set; } }

            [Entity("Shop")]
            [AccessRule("Shop.Guest", Read = [nameof(Name)])]
            public class Product { public string? Name { get; set; } }
            """,
            Expect.Diagnostic("AR0009").WithLocation(0).WithArguments("'Shop.Guest'", "Shop.Customer"));
    }

    [Fact]
    public async Task AR0010_AnonymousCreateOfPersistableObjects_IsReportedOnCreate()
    {
        await CSharpAnalyzerVerifier<AnonymousCreateCheck>.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Guest", Create = {|#0:true|})]
            [AccessRule("Shop.Customer", Create = true)]
            public class Review { public string? Text { get; set; } }

            [Entity("Shop", Persistable = false)]
            [AccessRule("Shop.Guest", Create = true)]
            public class SearchForm { public string? Query { get; set; } }
            """,
            Expect.Diagnostic("AR0010").WithLocation(0).WithArguments("'Shop.Guest'", "Shop.Review"));
    }

    [Fact]
    public async Task AR1014_AnonymousCreateWithoutSignInMicroflow_IsReported()
    {
        await CSharpAnalyzerVerifier<AnonymousCreateWithoutSignInMicroflowCheck>.VerifyAnalyzerAsync("""
            using AccessRules;

            [assembly: UserRole("Anonymous", "Shop.Guest")]
            [assembly: AnonymousUsers("Anonymous")]

            [Entity("Shop")]
            [AccessRule("Shop.Guest", Create = {|#0:true|})]
            public class CartLine { public int Quantity { get; set; } }

            [Entity("Shop", Persistable = false)]
            [AccessRule("Shop.Guest", Create = true)]
            public class SearchForm { public string? Query { get; set; } }
            """,
            Expect.Diagnostic("AR1014").WithLocation(0).WithArguments("'Shop.Guest'", "Shop.CartLine"));
    }

    [Fact]
    public async Task AR1014_WithASignInMicroflow_IsNotReported()
    {
        await CSharpAnalyzerVerifier<AnonymousCreateWithoutSignInMicroflowCheck>.VerifyAnalyzerAsync("""
            using AccessRules;

            [assembly: UserRole("Anonymous", "Shop.Guest")]
            [assembly: AnonymousUsers("Anonymous", SignInMicroflow = "Shop.TransferCart")]

            [Entity("Shop")]
            [AccessRule("Shop.Guest", Create = true)]
            public class CartLine { public int Quantity { get; set; } }
            """);
    }
}
