using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;
using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.AnonymousCreateWithoutSignInMicroflowCheck>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR1014: Anonymous users create objects but no sign-in microflow carries them over.</summary>
public class AR1014Tests
{
    [Fact]
    public async Task AR1014_AnonymousCreateWithoutSignInMicroflow_IsReported()
    {
        await Verify.VerifyAnalyzerAsync("""
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
            Verify.Diagnostic().WithLocation(0).WithArguments("'Shop.Guest'", "Shop.CartLine"));
    }

    [Fact]
    public async Task AR1014_WithASignInMicroflow_IsNotReported()
    {
        await Verify.VerifyAnalyzerAsync("""
            using AccessRules;

            [assembly: UserRole("Anonymous", "Shop.Guest")]
            [assembly: AnonymousUsers("Anonymous", SignInMicroflow = "Shop.TransferCart")]

            [Entity("Shop")]
            [AccessRule("Shop.Guest", Create = true)]
            public class CartLine { public int Quantity { get; set; } }
            """);
    }
}
