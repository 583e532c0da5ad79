using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;
using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.SystemUserMemberInRuleCheck>;
using VerifyFix = AccessRulesAnalyzer.Tests.Verification.CSharpCodeFixVerifier<AccessRulesAnalyzer.Checks.SystemUserMemberInRuleCheck, AccessRulesAnalyzer.CodeFixes.RemoveMemberNameCodeFixProvider>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR1034: A System.User member named in a specialization's access rule.</summary>
public class AR1034Tests
{
    [Fact]
    public async Task AR1034_SystemUserMembersInReadReadWriteAndExcept_AreReported_ByPropertyOrAssociationName()
    {
        await Verify.VerifyAnalyzerAsync(Sources.SystemRoles + """
            [Entity("Administration")]
            [AccessRule("Shop.Customer", Read = [nameof(FullName), {|#0:nameof(Name)|}], ReadWrite = [{|#1:nameof(Password)|}, nameof(Email)])]
            [AccessRule("Shop.Customer", AllMembers = MemberAccess.Read, Except = [{|#2:"System.UserRoles"|}, {|#3:"Blocked"|}])]
            [AccessRule("Shop.Guest", Read = [{|#4:"System.User_Language"|}, {|#5:nameof(TimeZone)|}])]
            public class Account : Person { public string? Email { get; set; } }

            [Entity("Administration")] public class Person : SystemUser { public string? FullName { get; set; } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Read", "Name", "Administration.Account"),
            Verify.Diagnostic().WithLocation(1).WithArguments("ReadWrite", "Password", "Administration.Account"),
            Verify.Diagnostic().WithLocation(2).WithArguments("Except", "System.UserRoles", "Administration.Account"),
            Verify.Diagnostic().WithLocation(3).WithArguments("Except", "Blocked", "Administration.Account"),
            Verify.Diagnostic().WithLocation(4).WithArguments("Read", "System.User_Language", "Administration.Account"),
            Verify.Diagnostic().WithLocation(5).WithArguments("Read", "TimeZone", "Administration.Account"));
    }

    [Fact]
    public async Task AR1034_FileDocumentMembers_OwnMembers_AndARedeclaredName_AreNotReported()
    {
        await Verify.VerifyAnalyzerAsync(Sources.SystemRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(Name), nameof(Size)], ReadWrite = [nameof(Contents)])]
            public class Invoice : FileDocument { }

            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(Nickname), nameof(Active)])]
            public class Customer : SystemUser { public string? Nickname { get; set; } public new bool Active { get; set; } }

            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(Name)])]
            public class Product { public string? Name { get; set; } }
            """);
    }

    [Fact]
    public async Task AR1034_AndAR1003_ReportOneFindingEach_OnAUserSpecialization()
    {
        // A System.User member is AR1034's, a name that matches nothing AR1003's: never both.
        await CSharpAnalyzerVerifier<UnknownMemberCheck>.VerifyAnalyzerAsync(Sources.SystemRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = ["System.UserRoles", "Name", {|#0:"Nicknam"|}])]
            public class Customer : SystemUser { public string? Nickname { get; set; } }
            """,
            Expect.Diagnostic("AR1003").WithLocation(0).WithArguments("Shop.Customer", "Nicknam", "; did you mean 'Nickname'?"));
    }

    [Fact]
    public async Task AR1034_Fix_RemovesTheNames_AndAnArgumentLeftEmpty_FixAll()
    {
        await VerifyFix.VerifyCodeFixAsync(Sources.SystemRoles + """
            [Entity("Administration")]
            [AccessRule("Shop.Customer", Read = [nameof(FullName), {|AR1034:nameof(Name)|}], ReadWrite = [{|AR1034:nameof(Password)|}])]
            [AccessRule("Shop.Guest", Read = new[] { nameof(FullName), {|AR1034:"Blocked"|} })]
            public class Account : SystemUser { public string? FullName { get; set; } }
            """, Sources.SystemRoles + """
            [Entity("Administration")]
            [AccessRule("Shop.Customer", Read = [nameof(FullName)])]
            [AccessRule("Shop.Guest", Read = new[] { nameof(FullName) })]
            public class Account : SystemUser { public string? FullName { get; set; } }
            """);
    }
}
