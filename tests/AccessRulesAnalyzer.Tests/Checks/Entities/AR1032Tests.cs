using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.ComplementaryConstraintsCheck>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR1032: Two rules whose constraints negate each other.</summary>
public class AR1032Tests
{
    [Theory]
    [InlineData("[Status = 'Open']", "[not(Status = 'Open')]")]
    [InlineData("[not( Status = 'Open' )]", "[Status='Open']")]
    [InlineData("[Status = 'Open']", "[Status != 'Open']")]
    [InlineData("[Paid = true()]", "[Paid != true()]")]
    public async Task AR1032_TheSameGrantUnderAConstraintAndItsNegation_IsReportedOnTheSecondRule(string first, string second)
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + $$"""
            [Entity("Shop")]
            [{|#1:AccessRule("Shop.Customer", Read = [nameof(Status)], XPath = "{{first}}")|}]
            [{|#0:AccessRule("Shop.Customer", Read = [nameof(Status)], XPath = "{{second}}")|}]
            public class Order { public string? Status { get; set; } public bool Paid { get; set; } }
            """,
            Verify.Diagnostic().WithLocation(0).WithLocation(1).WithArguments("Shop.Order", "10", first, second));
    }

    [Theory]
    [InlineData("Read = [nameof(Status)], XPath = \"[Status = 'Open']\"", "Read = [nameof(Status), nameof(Paid)], XPath = \"[not(Status = 'Open')]\"")]
    [InlineData("Read = [nameof(Status)], XPath = \"[Status = 'Open']\"", "Read = [nameof(Status)], XPath = \"[not(Status = 'Closed')]\"")]
    [InlineData("Read = [nameof(Status)], XPath = \"[Status = 'Open']\"", "Read = [nameof(Status)], XPath = \"[Status != 'Open'][Paid = true()]\"")]
    [InlineData("Read = [nameof(Status)], XPath = \"[Shop.Order_Customer = '[%CurrentUser%]']\"", "Read = [nameof(Status)], XPath = \"[Shop.Order_Customer != '[%CurrentUser%]']\"")]
    [InlineData("Read = [nameof(Status)], XPath = \"[Status = 'Open']\"", "Read = [nameof(Status)]")]
    public async Task AR1032_OtherRights_OtherConstraints_OrPathsThatMayBeEmpty_AreNotReported(string first, string second)
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + $$"""
            [Entity("Shop")]
            [AccessRule("Shop.Customer", {{first}})]
            [AccessRule("Shop.Customer", {{second}})]
            public class Order { public string? Status { get; set; } public bool Paid { get; set; } public Customer? Customer { get; set; } }

            [Entity("Shop")] public class Customer : SystemUser { }
            """);
    }

    [Fact]
    public async Task AR1032_ARuleNegatingTwoEarlierRules_IsReportedOnce_NamingTheFirst()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [{|#1:AccessRule("Shop.Customer", Read = [nameof(Status)], XPath = "[Status = 'Open']")|}]
            [AccessRule("Shop.Customer", Read = [nameof(Status)], XPath = "[Status = 'Open']")]
            [{|#0:AccessRule("Shop.Customer", Read = [nameof(Status)], XPath = "[Status != 'Open']")|}]
            public class Order { public string? Status { get; set; } }
            """,
            Verify.Diagnostic().WithLocation(0).WithLocation(1).WithArguments("Shop.Order", "10", "[Status = 'Open']", "[Status != 'Open']"));
    }
}
