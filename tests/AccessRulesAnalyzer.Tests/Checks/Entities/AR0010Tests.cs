using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;
using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.AnonymousCreateCheck>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR0010: Anonymous users can create persistable objects.</summary>
public class AR0010Tests
{
    [Fact]
    public async Task AR0010_AnonymousCreateOfPersistableObjects_IsReportedOnCreate()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Guest", Create = {|#0:true|})]
            [AccessRule("Shop.Customer", Create = true)]
            public class Review { public string? Text { get; set; } }

            [Entity("Shop", Persistable = false)]
            [AccessRule("Shop.Guest", Create = true)]
            public class SearchForm { public string? Query { get; set; } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("'Shop.Guest'", "Shop.Review"));
    }
}
