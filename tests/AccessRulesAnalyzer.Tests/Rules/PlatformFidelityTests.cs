using AccessRulesAnalyzer.Rules;
using AccessRulesAnalyzer.Tests.Verification;

namespace AccessRulesAnalyzer.Tests.Rules;

/// <summary>
/// The model follows the platform the way real applications declare it: System module roles, generalizations
/// through plain C# classes, settings inherited from the root entity, system members and system entities.
/// </summary>
public class PlatformFidelityTests
{
    private const string SystemRoles = """
        using AccessRules;

        [assembly: ModuleRole("Shop.Customer")]
        [assembly: ModuleRole("Shop.Guest")]
        [assembly: UserRole("Customer", "Shop.Customer", "System.User")]
        [assembly: UserRole("Administrator", "Shop.Customer", "System.Administrator")]
        [assembly: UserRole("Anonymous", "Shop.Guest", "System.User")]
        [assembly: AnonymousUsers("Anonymous")]

        """;

    [Fact]
    public async Task AR0001_SystemModuleRolesAreSharedByEveryUserRole_AndAreNotReported()
    {
        await CSharpAnalyzerVerifier<AnonymousRoleReusesNamedModuleRoleCheck>.VerifyAnalyzerAsync(SystemRoles + """
            [assembly: UserRole("Visitor", "Shop.Customer")]
            """);
    }

    [Fact]
    public async Task AR0001_AnotherModuleRoleSharedBesideSystemUser_IsStillReported()
    {
        await CSharpAnalyzerVerifier<AnonymousRoleReusesNamedModuleRoleCheck>.VerifyAnalyzerAsync("""
            using AccessRules;
            [assembly: ModuleRole("Shop.Customer")]
            [assembly: UserRole("Customer", "Shop.Customer", "System.User")]
            [assembly: UserRole("Anonymous", "System.User", {|#0:"Shop.Customer"|})]
            [assembly: AnonymousUsers("Anonymous")]
            """,
            Expect.Diagnostic("AR0001").WithLocation(0).WithArguments("Anonymous", "Shop.Customer", "'Customer'"));
    }

    [Fact]
    public async Task AR1001_SystemModuleRolesAreKnownWithoutADeclaration_ButOthersOfSystemAreNot()
    {
        await CSharpAnalyzerVerifier<UnknownModuleRoleCheck>.VerifyAnalyzerAsync(SystemRoles + """
            [assembly: ModuleRole("System.User")]
            [assembly: UserRole("Auditor", {|#0:"System.Auditor"|})]
            """,
            Expect.Diagnostic("AR1001").WithLocation(0).WithArguments("System.Auditor", string.Empty));
    }

    [Fact]
    public async Task AR1016_DeclaredSystemModuleRoles_AreNotReportedAsUnused()
    {
        await CSharpAnalyzerVerifier<UnusedModuleRoleCheck>.VerifyAnalyzerAsync("""
            using AccessRules;
            [assembly: ModuleRole("System.User")]
            [assembly: ModuleRole("System.Administrator")]
            [assembly: ModuleRole("Shop.Customer")]
            [assembly: ModuleRole({|#0:"Shop.Clerk"|})]
            [assembly: UserRole("Customer", "Shop.Customer", "System.User")]
            """,
            Expect.Diagnostic("AR1016").WithLocation(0).WithArguments("Shop.Clerk"));
    }

    [Fact]
    public async Task AR1003_MembersOfPlainBaseClasses_AreMembersOfTheEntity()
    {
        await CSharpAnalyzerVerifier<UnknownMemberCheck>.VerifyAnalyzerAsync(SystemRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(Nickname), nameof(Created), nameof(Name), nameof(BlockedSince), {|#0:"Nicknam"|}])]
            public class Member : UserBase { public string? Nickname { get; set; } }

            public abstract class UserBase : Audited<string> { }
            public abstract class Audited<T> : SystemUser { public System.DateTime Created { get; set; } public T? Tag { get; set; } }
            """,
            Expect.Diagnostic("AR1003").WithLocation(0).WithArguments("Shop.Member", "Nicknam", "; did you mean 'Nickname'?"));
    }

    [Fact]
    public async Task AnEntityBehindAPlainBaseClass_SpecializesSystemUser()
    {
        // AR0009 reports anonymous access to entities of registered users: the specialization is found through UserBase.
        await CSharpAnalyzerVerifier<AnonymousUserEntityAccessCheck>.VerifyAnalyzerAsync(SystemRoles + """
            [Entity("Shop")]
            [{|#0:AccessRule("Shop.Guest", Read = [nameof(Nickname)])|}]
            public class Member : UserBase { public string? Nickname { get; set; } }

            public abstract class UserBase : SystemUser { }
            """,
            Expect.Diagnostic("AR0009").WithLocation(0).WithArguments("'Shop.Guest'", "Shop.Member", "System.User"));
    }

    [Fact]
    public async Task AR1017_ASpecializationThatSetsAnotherValue_IsReportedOnTheArgument()
    {
        await CSharpAnalyzerVerifier<SpecializationOverridesInheritedSettingCheck>.VerifyAnalyzerAsync(SystemRoles + """
            [Entity("Shop", Persistable = false, StoreOwner = true)] public class Draft { }
            [Entity("Shop", Persistable = {|#0:true|}, StoreOwner = true, StoreCreatedDate = {|#1:true|})] public class OrderDraft : Draft { }
            [Entity("Shop", Persistable = false)] public class QuoteDraft : Draft { }
            [Entity("Shop", StoreOwner = {|#2:false|})] public class Photo : Image { }
            [Entity("Shop", StoreOwner = true, StoreChangedDate = true)] public class Root { }
            """,
            Expect.Diagnostic("AR1017").WithLocation(0).WithArguments("Shop.OrderDraft", "Shop.Draft", "Persistable", "false", "true"),
            Expect.Diagnostic("AR1017").WithLocation(1).WithArguments("Shop.OrderDraft", "Shop.Draft", "StoreCreatedDate", "false", "true"),
            Expect.Diagnostic("AR1017").WithLocation(2).WithArguments("Shop.Photo", "System.Image", "StoreOwner", "true", "false"));
    }

    [Fact]
    public async Task AR1017_Fix_RemovesTheArgument()
    {
        await CSharpCodeFixVerifier<SpecializationOverridesInheritedSettingCheck, CodeFixes.RemoveInheritedSettingCodeFixProvider>.VerifyCodeFixAsync(SystemRoles + """
            [Entity("Shop", Persistable = false)] public class Draft { }
            [Entity("Shop", Persistable = {|AR1017:true|}, Name = "Order", StoreOwner = {|AR1017:true|})] public class OrderDraft : Draft { }
            [Entity("Shop", Persistable = {|AR1017:true|})] public class QuoteDraft : Draft { }
            """, SystemRoles + """
            [Entity("Shop", Persistable = false)] public class Draft { }
            [Entity("Shop", Name = "Order")] public class OrderDraft : Draft { }
            [Entity("Shop")] public class QuoteDraft : Draft { }
            """);
    }

    [Fact]
    public async Task ASpecializationOfANonPersistableEntity_IsExemptFromTheRedFlags()
    {
        await CSharpAnalyzerVerifier<AnonymousWriteWithoutConstraintCheck>.VerifyAnalyzerAsync(SystemRoles + """
            [Entity("Shop", Persistable = false)] public class Form { public string? Query { get; set; } }

            [Entity("Shop")]
            [AccessRule("Shop.Guest", Create = true, AllMembers = MemberAccess.ReadWrite)]
            public class SearchForm : Form { }

            [Entity("Shop")] public class Stored { public string? Query { get; set; } }

            [Entity("Shop")]
            [{|#0:AccessRule("Shop.Guest", ReadWrite = [nameof(Query)])|}]
            public class StoredSearch : Stored { }
            """,
            Expect.Diagnostic("AR0002").WithLocation(0).WithArguments("'Shop.Guest'", "'Query'", "Shop.StoredSearch", Sources.StoreOwnerHint("Shop.Stored")));
    }

    [Fact]
    public async Task AR1007_SystemMembersAreValidOnSpecializationsOfEntitiesThatStoreThem()
    {
        await CSharpAnalyzerVerifier<SystemMemberNotStoredCheck>.VerifyAnalyzerAsync(SystemRoles + """
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
        await CSharpAnalyzerVerifier<SystemMemberNotStoredCheck>.VerifyAnalyzerAsync(SystemRoles + """
            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Customer", Read = [nameof(Quantity)], XPath = "[{|#0:createdDate|} > '[%BeginOfCurrentDay%]' and {|#1:changedDate|} < '[%CurrentDateTime%]']")]
            [AccessRule("Shop.Customer", Read = [nameof(Quantity)], XPath = "[{|#2:System.changedBy|} = '[%CurrentUser%]' or System.owner = '[%CurrentUser%]']")]
            public class CartLine { public int Quantity { get; set; } }
            """,
            Expect.Diagnostic("AR1007").WithLocation(0).WithArguments("Shop.CartLine", "createdDate", "StoreCreatedDate", "Shop.CartLine"),
            Expect.Diagnostic("AR1007").WithLocation(1).WithArguments("Shop.CartLine", "changedDate", "StoreChangedDate", "Shop.CartLine"),
            Expect.Diagnostic("AR1007").WithLocation(2).WithArguments("Shop.CartLine", "System.changedBy", "StoreChangedBy", "Shop.CartLine"));
    }

    [Fact]
    public async Task AR1007_APredicateIsReadAgainstItsStep()
    {
        await CSharpAnalyzerVerifier<SystemMemberNotStoredCheck>.VerifyAnalyzerAsync(SystemRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Guest", Read = [nameof(Quantity)], XPath = "[Shop.CartLine_Cart/Shop.Cart[System.owner = '[%CurrentUser%]']]")]
            [AccessRule("Shop.Customer", Read = [nameof(Quantity)], XPath = "[Shop.CartLine_Basket/Shop.Basket[{|#0:System.owner|} = '[%CurrentUser%]']]")]
            [AccessRule("Shop.Customer", Read = [nameof(Quantity)], XPath = "[Shop.CartLine_Basket/Shop.Basket/{|#1:System.owner|} = '[%CurrentUser%]']")]
            public class CartLine { public int Quantity { get; set; } public Cart? Cart { get; set; } public Basket? Basket { get; set; } }

            [Entity("Shop", StoreOwner = true)] public class Cart { }
            [Entity("Shop")] public class Basket { }
            """,
            Expect.Diagnostic("AR1007").WithLocation(0).WithArguments("Shop.Basket", "System.owner", "StoreOwner", "Shop.Basket"),
            Expect.Diagnostic("AR1007").WithLocation(1).WithArguments("Shop.Basket", "System.owner", "StoreOwner", "Shop.Basket"));
    }

    [Fact]
    public async Task AR1007_Fix_SetsTheFlagOnTheRootEntity_InAnotherDocument()
    {
        await CSharpCodeFixVerifier<SystemMemberNotStoredCheck, CodeFixes.StoreSystemMemberCodeFixProvider>.VerifyCodeFixAsync(
            new[]
            {
                SystemRoles + """
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
                SystemRoles + """
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

    [Fact]
    public async Task AR2002_SystemMembersAndSystemEntitiesBind()
    {
        await CSharpAnalyzerVerifier<XPathUnknownNameCheck>.VerifyAnalyzerAsync(SystemRoles + """
            [Entity("Shop", StoreOwner = true, StoreCreatedDate = true, StoreChangedDate = true, StoreChangedBy = true)]
            [AccessRule("Shop.Customer", Read = [nameof(Quantity)], XPath = "[createdDate > '[%BeginOfCurrentDay%] - 3 * [%YearLength%]'][changedDate < '[%CurrentDateTime%]'][System.changedBy = '[%CurrentUser%]']")]
            [AccessRule("Shop.Customer", Read = [nameof(Quantity)], XPath = "[Shop.Basket_User/System.User/id = '[%CurrentUser%]']")]
            [AccessRule("Shop.Customer", Read = [nameof(Quantity)], XPath = "[Shop.Basket_User/System.User/System.UserRoles = '[%UserRole_Administrator%]']")]
            [AccessRule("Shop.Customer", Read = [nameof(Quantity)], XPath = "[System.owner/System.User/System.UserRoles/System.UserRole/Name = 'Customer']")]
            [AccessRule("Shop.Customer", Read = [nameof(Quantity)], XPath = "[Shop.Basket_User/System.User[IsAnonymous = false() and FailedLogins < 3 and BlockedSince = empty]/System.User_Language/System.Language/Code = 'en_US']")]
            [AccessRule("Shop.Customer", Read = [nameof(Quantity)], XPath = "[Shop.Basket_User/System.User/{|#0:LastLogon|} = empty]")]
            public class Basket { public int Quantity { get; set; } public SystemUser? User { get; set; } }

            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(Name)], XPath = "[FileID > 0 and HasContents = true() and DeleteAfterDownload = false() and EnableCaching = true and PublicThumbnailPath != NULL]")]
            public class Photo : Image { }
            """,
            Expect.Diagnostic("AR2002").WithLocation(0).WithArguments("Shop.Basket", "'System.User' has no attribute, association or specialization 'LastLogon'; did you mean 'LastLogin'?"));
    }

    [Fact]
    public async Task AR2004_SystemMembersAreTyped()
    {
        await CSharpAnalyzerVerifier<XPathTypeMismatchCheck>.VerifyAnalyzerAsync(SystemRoles + """
            [Entity("Shop", StoreOwner = true, StoreCreatedDate = true)]
            [AccessRule("Shop.Customer", Read = [nameof(Quantity)], XPath = "[{|#0:createdDate = 3|}][{|#1:System.owner = 'x' and 1 = 1|}][createdDate > '[%BeginOfCurrentDay%] - [%DayLength%]']")]
            [AccessRule("Shop.Customer", Read = [nameof(Quantity)], XPath = "[{|#2:System.owner = true()|}]")]
            public class Basket { public int Quantity { get; set; } }
            """,
            Expect.Diagnostic("AR2004").WithLocation(0).WithArguments("Shop.Basket", "date attribute 'createdDate'", "a number"),
            Expect.Diagnostic("AR2004").WithLocation(2).WithArguments("Shop.Basket", "association 'System.owner'", "a boolean"));
    }

    [Fact]
    public async Task AR1004_TheFileIdOfAFileDocument_IsAnAutoNumber()
    {
        await CSharpAnalyzerVerifier<WriteOnComputedMemberCheck>.VerifyAnalyzerAsync(SystemRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", ReadWrite = [nameof(Name), {|#0:nameof(FileID)|}])]
            [AccessRule("Shop.Customer", Read = [nameof(FileID)], ReadWrite = [nameof(Name)])]
            public class Invoice : FileDocument { }
            """,
            Expect.Diagnostic("AR1004").WithLocation(0).WithArguments("'FileID'", "Shop.Invoice"));
    }

    [Fact]
    public async Task AR0006_AndAR1015_StaySilentOnAConstraintThatDoesNotBind()
    {
        await CSharpAnalyzerVerifier<AnonymousChangeNotUserScopedCheck>.VerifyAnalyzerAsync(SystemRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Status)], XPath = "[Statu = 'Open']")]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Status)], XPath = "[Status = '[%CurentUser%]']")]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Status)], XPath = {|#0:"[Status = 'Open']"|})]
            public class Ticket { public string? Status { get; set; } }
            """,
            Expect.Diagnostic("AR0006").WithLocation(0).WithArguments("'Shop.Guest'", "Shop.Ticket", Sources.StoreOwnerHint("Shop.Ticket")));
        await CSharpAnalyzerVerifier<ConstrainedMemberWritableCheck>.VerifyAnalyzerAsync(SystemRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Status)], XPath = "[Status = 'Open' and Statu = 'x']")]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Status)], XPath = "[Status = '[%CurentUser%]']")]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Status)], XPath = "[{|#0:Status|} = 'Open']")]
            public class Ticket { public string? Status { get; set; } }
            """,
            Expect.Diagnostic("AR1015").WithLocation(0).WithArguments("'Shop.Guest'", "'Status'", "Shop.Ticket"));
    }

    [Fact]
    public async Task AnXPathOnANonPersistableEntity_IsAR1006Alone()
    {
        const string source = SystemRoles + """
            [Entity("Shop", Persistable = false)]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Query)], XPath = "[Quey = 'x' and System.owner = '[%CurrentUser%]' and Query = 1]")]
            [AccessRule("Shop.Customer", Create = true, ReadWrite = [nameof(Query)], XPath = "[Query = 'x'")]
            public class SearchForm { public string? Query { get; set; } }
            """;
        await CSharpAnalyzerVerifier<XPathUnknownNameCheck>.VerifyAnalyzerAsync(source);
        await CSharpAnalyzerVerifier<XPathCurrentUserNotUserCheck>.VerifyAnalyzerAsync(source);
        await CSharpAnalyzerVerifier<XPathSyntaxErrorCheck>.VerifyAnalyzerAsync(source);
        await CSharpAnalyzerVerifier<XPathTypeMismatchCheck>.VerifyAnalyzerAsync(source);
        await CSharpAnalyzerVerifier<SystemMemberNotStoredCheck>.VerifyAnalyzerAsync(source);
        await CSharpAnalyzerVerifier<ConstrainedMemberWritableCheck>.VerifyAnalyzerAsync(source);
        await CSharpAnalyzerVerifier<CreateNotLimitedByXPathCheck>.VerifyAnalyzerAsync(source);
        await CSharpAnalyzerVerifier<XPathOnNonPersistableEntityCheck>.VerifyAnalyzerAsync(SystemRoles + """
            [Entity("Shop", Persistable = false)]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Query)], XPath = {|#0:"[Quey = 'x' and System.owner = '[%CurrentUser%]' and Query = 1]"|})]
            [AccessRule("Shop.Customer", Create = true, ReadWrite = [nameof(Query)], XPath = {|#1:"[Query = 'x'"|})]
            public class SearchForm { public string? Query { get; set; } }
            """,
            Expect.Diagnostic("AR1006").WithLocation(0).WithArguments("Shop.SearchForm"),
            Expect.Diagnostic("AR1006").WithLocation(1).WithArguments("Shop.SearchForm"));
    }

    [Fact]
    public async Task AR0003_EveryMemberButTheExceptedOnes_IsNotFullRead()
    {
        await CSharpAnalyzerVerifier<AnonymousFullReadCheck>.VerifyAnalyzerAsync(SystemRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Guest", AllMembers = MemberAccess.Read, Except = [nameof(Token)])]
            public class Session { public string? Name { get; set; } public string? Token { get; set; } }

            [Entity("Shop")]
            [AccessRule("Shop.Guest", AllMembers = MemberAccess.Read, Except = [nameof(Token)], Read = [nameof(Token)])]
            public class [|Ticket|] { public string? Name { get; set; } public string? Token { get; set; } }
            """);
    }

    [Fact]
    public async Task AR0002_AndAR1004_HonourExcept()
    {
        await CSharpAnalyzerVerifier<AnonymousWriteWithoutConstraintCheck>.VerifyAnalyzerAsync(SystemRoles + """
            [Entity("Shop")]
            [{|#0:AccessRule("Shop.Guest", AllMembers = MemberAccess.ReadWrite, Except = [nameof(Token)])|}]
            public class Session { public string? Name { get; set; } public string? Token { get; set; } }

            [Entity("Shop")]
            [AccessRule("Shop.Guest", AllMembers = MemberAccess.ReadWrite, Except = [nameof(Name)])]
            public class Label { public string? Name { get; set; } }
            """,
            Expect.Diagnostic("AR0002").WithLocation(0).WithArguments("'Shop.Guest'", "'Name'", "Shop.Session", Sources.StoreOwnerHint("Shop.Session")));
        await CSharpAnalyzerVerifier<WriteOnComputedMemberCheck>.VerifyAnalyzerAsync(SystemRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", AllMembers = MemberAccess.ReadWrite, Except = [nameof(FileID)])]
            public class Invoice : FileDocument { }
            """);
    }

    [Fact]
    public async Task AR1003_AppliesToExceptNames()
    {
        await CSharpAnalyzerVerifier<UnknownMemberCheck>.VerifyAnalyzerAsync(SystemRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", AllMembers = MemberAccess.Read, Except = [nameof(Token), {|#0:"Tokn"|}])]
            public class Session { public string? Token { get; set; } }
            """,
            Expect.Diagnostic("AR1003").WithLocation(0).WithArguments("Shop.Session", "Tokn", "; did you mean 'Token'?"));
    }

    [Fact]
    public async Task AR0008_Fix_ListsTheMembers_LeavingOutTheExceptedOnes()
    {
        await CSharpCodeFixVerifier<AllMembersCheck, CodeFixes.ListMembersCodeFixProvider>.VerifyCodeFixAsync(SystemRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", AllMembers = {|AR0008:MemberAccess.ReadWrite|}, Except = [nameof(Token)])]
            public class Session { public string? Name { get; set; } public string? Token { get; set; } [Calculated] public int Age => 1; }
            """, SystemRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", ReadWrite = new[] { nameof(Name) }, Read = new[] { nameof(Age) })]
            public class Session { public string? Name { get; set; } public string? Token { get; set; } [Calculated] public int Age => 1; }
            """);
    }

    [Fact]
    public async Task AR2002_SystemOwnerSpelledWithACapital_SuggestsSystemOwner()
    {
        await CSharpAnalyzerVerifier<XPathUnknownNameCheck>.VerifyAnalyzerAsync(SystemRoles + """
            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Guest", Read = [nameof(Quantity)], XPath = "[{|#0:System.Owner|} = '[%CurrentUser%]']")]
            public class CartLine { public int Quantity { get; set; } }
            """,
            Expect.Diagnostic("AR2002").WithLocation(0).WithArguments("Shop.CartLine", "'Shop.CartLine' has no attribute, association or specialization 'System.Owner'; did you mean 'System.owner'?"));
    }

    [Fact]
    public async Task AR2002_Fix_UsesTheSuggestedSystemMember()
    {
        await CSharpCodeFixVerifier<XPathUnknownNameCheck, CodeFixes.UseSuggestedNameCodeFixProvider>.VerifyCodeFixAsync(SystemRoles + """
            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Guest", Read = [nameof(Quantity)], XPath = "[{|AR2002:System.Owner|} = '[%CurrentUser%]']")]
            public class CartLine { public int Quantity { get; set; } }
            """, SystemRoles + """
            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Guest", Read = [nameof(Quantity)], XPath = "[System.owner = '[%CurrentUser%]']")]
            public class CartLine { public int Quantity { get; set; } }
            """);
    }

    [Fact]
    public async Task AR2002_Fix_ReplacesEveryMisspeltStepAndToken_KeepingTheQuotes()
    {
        await CSharpCodeFixVerifier<XPathUnknownNameCheck, CodeFixes.UseSuggestedNameCodeFixProvider>.VerifyCodeFixAsync(SystemRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(Status)], XPath = "[{|AR2002:staus|} = 'Open' and {|AR2002:Creatd|} > {|AR2002:'[%BeginOfCurrentDya%]'|}][Due < '{|AR2002:[%CurrentDateTme%]|} + [%DayLength%]']")]
            public class Ticket { public string? Status { get; set; } public System.DateTime Created { get; set; } public System.DateTime Due { get; set; } }
            """, SystemRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(Status)], XPath = "[Status = 'Open' and Created > '[%BeginOfCurrentDay%]'][Due < '[%CurrentDateTime%] + [%DayLength%]']")]
            public class Ticket { public string? Status { get; set; } public System.DateTime Created { get; set; } public System.DateTime Due { get; set; } }
            """);
    }

    [Fact]
    public async Task AR2002_Fix_IsNotOfferedWithoutASuggestion_OrWhenTheSourceDoesNotShowTheName()
    {
        // No near name; and a constraint built from a constant declared elsewhere, which other rules may share.
        const string source = SystemRoles + """
            static class Constraints { public const string Mine = "[Ownr = '[%CurrentUser%]']"; }

            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(Status)], XPath = "[{|AR2002:Priority|} = 1]")]
            [AccessRule("Shop.Customer", Delete = true, XPath = {|AR2002:Constraints.Mine|})]
            public class Ticket { public string? Status { get; set; } public Owner? Owner { get; set; } }

            [Entity("Shop")]
            public class Owner : SystemUser { }
            """;
        await CSharpCodeFixVerifier<XPathUnknownNameCheck, CodeFixes.UseSuggestedNameCodeFixProvider>.VerifyCodeFixAsync(source, source);
    }

    [Fact]
    public async Task AR1001_Fix_CorrectsTheCaseOfASystemRole()
    {
        await CSharpCodeFixVerifier<UnknownModuleRoleCheck, CodeFixes.UseSuggestedModuleRoleCodeFixProvider>.VerifyCodeFixAsync(SystemRoles + """
            [assembly: UserRole("Clerk", "Shop.Customer", {|AR1001:"system.user"|})]
            """, SystemRoles + """
            [assembly: UserRole("Clerk", "Shop.Customer", "System.User")]
            """);
    }
}
