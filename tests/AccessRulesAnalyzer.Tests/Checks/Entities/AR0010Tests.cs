using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR0010: Anonymous users can create persistable objects.</summary>
public class AR0010Tests
{
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
}
