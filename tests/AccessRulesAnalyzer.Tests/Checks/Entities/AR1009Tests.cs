using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;
using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.XPathOnUserEntityCheck>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR1009: XPath on a System.User specialization cannot restrict built-in user access.</summary>
public class AR1009Tests
{
    [Fact]
    public async Task AR1009_XPathOnAUserSpecialization_IsInfo()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(Nickname)], XPath = {|#0:"[id = '[%CurrentUser%]']"|})]
            [AccessRule("Shop.Customer", Read = [nameof(Name)])]
            public class Customer : SystemUser { public string? Nickname { get; set; } }

            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(Text)], XPath = "[Text != empty]")]
            public class Review { public string? Text { get; set; } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.Customer"));
    }
}
