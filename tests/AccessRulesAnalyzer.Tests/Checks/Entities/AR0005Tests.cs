using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;
using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.AnonymousFileDocumentReadCheck>;
using VerifyFix = AccessRulesAnalyzer.Tests.Verification.CSharpCodeFixVerifier<AccessRulesAnalyzer.Checks.AnonymousFileDocumentReadCheck, AccessRulesAnalyzer.CodeFixes.AddOwnerConstraintCodeFixProvider>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR0005: Anonymous read of file documents without an instance constraint.</summary>
public class AR0005Tests
{
    [Fact]
    public async Task AR0005_AnonymousReadOfFileDocuments_IsReported_ButNotWithAConstraint()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
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
            Verify.Diagnostic().WithLocation(0).WithArguments("'Shop.Guest'", "Shop.Invoice", ""),
            Verify.Diagnostic().WithLocation(1).WithArguments("'Shop.Guest'", "Shop.Photo", ""));
    }

    [Fact]
    public async Task AR0005_Fix_AddsTheOwnerConstraint_WithoutStoreOwner_WhichFileDocumentStores()
    {
        await VerifyFix.VerifyCodeFixAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [{|AR0005:AccessRule("Shop.Guest", AllMembers = MemberAccess.Read)|}]
            public class Invoice : FileDocument { }
            """, Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Guest", AllMembers = MemberAccess.Read, XPath = "[System.owner='[%CurrentUser%]']")]
            public class Invoice : FileDocument { }
            """);
    }
}
