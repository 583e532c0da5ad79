using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;
using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.AnonymousWriteCheck>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR0012: Anonymous write access on a persistable entity (strict set).</summary>
public class AR0012Tests
{
    [Fact]
    public async Task AR0012_AnonymousWrite_IsReported_EvenUnderTheOwnerConstraint()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop", StoreOwner = true)]
            [{|#0:AccessRule("Shop.Guest", Create = true, ReadWrite = [nameof(Quantity)], XPath = "[System.owner='[%CurrentUser%]']")|}]
            [{|#1:AccessRule("Shop.Guest", AllMembers = MemberAccess.ReadWrite, Except = [nameof(Note)])|}]
            [AccessRule("Shop.Guest", Read = [nameof(Note)])]
            [AccessRule("Shop.Customer", ReadWrite = [nameof(Note)])]
            public class CartLine { public int Quantity { get; set; } public string? Note { get; set; } }

            [Entity("Shop", Persistable = false)]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Query)])]
            public class Search { public string? Query { get; set; } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("'Shop.Guest'", "'Quantity'", "Shop.CartLine"),
            Verify.Diagnostic().WithLocation(1).WithArguments("'Shop.Guest'", "'Quantity'", "Shop.CartLine"));
    }
}
