using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;
using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.CreateNotLimitedByXPathCheck>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR1010: Create is not limited by the rule's XPath.</summary>
public class AR1010Tests
{
    [Fact]
    public async Task AR1010_CreateWithAnXPath_IsReportedOnCreate()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop", StoreOwner = true)]
            [AccessRule("Shop.Customer", Create = {|#0:true|}, XPath = "[Shop.Review_Customer = '[%CurrentUser%]']")]
            [AccessRule("Shop.Customer", Create = true, Read = [nameof(Text)], XPath = "[Text != empty][System.owner='[%CurrentUser%]']")]
            [AccessRule("Shop.Customer", Create = true)]
            [AccessRule("Shop.Customer", Create = false, Read = [nameof(Text)], XPath = "[System.owner='[%CurrentUser%]']")]
            public class Review { public string? Text { get; set; } public Customer? Customer { get; set; } }

            [Entity("Shop")] public class Customer : SystemUser { }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.Review"));
    }
}
