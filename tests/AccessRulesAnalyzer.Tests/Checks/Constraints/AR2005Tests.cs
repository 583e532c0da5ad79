using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;
using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.XPathNeverMatchesCheck>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR2005: XPath constraint that never matches.</summary>
public class AR2005Tests
{
    [Theory]
    [InlineData("[{|#0:false()|}]", "'false()' never holds")]
    [InlineData("[Status = 'Open'][{|#0:not(true())|}]", "'not(true())' never holds")]
    [InlineData("[Status = 'A' and {|#0:Status = 'B'|}]", "'Status = 'B'' contradicts 'Status = 'A'': both cannot hold")]
    [InlineData("[Status = 'A'][{|#0:Status != 'a'|}]", "'Status != 'a'' contradicts 'Status = 'A'': both cannot hold")]
    [InlineData("[Amount > 5 and {|#0:Amount < 3|}]", "'Amount < 3' contradicts 'Amount > 5': both cannot hold")]
    [InlineData("[Amount >= 3 and {|#0:3 > Amount|}]", "'3 > Amount' contradicts 'Amount >= 3': both cannot hold")]
    [InlineData("[Amount = 2 and {|#0:Amount >= 2.5|}]", "'Amount >= 2.5' contradicts 'Amount = 2': both cannot hold")]
    [InlineData("[3 > Amount and {|#0:Amount >= 3|}]", "'Amount >= 3' contradicts '3 > Amount': both cannot hold")]
    public async Task AR2005_AConstraintThatCannotHold_IsReportedInsideTheString_WithWhy(string xpath, string reason)
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(Status)], XPath = "XPATH")]
            public class Order { public string? Status { get; set; } public decimal Amount { get; set; } }
            """.Replace("XPATH", xpath),
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.Order", reason));
    }

    [Theory]
    [InlineData("[Status = 'A' or Status = 'B']")]
    [InlineData("[Amount >= 3 and Amount <= 3]")]
    [InlineData("[Status = 'A' and Status = 'a']")]
    [InlineData("[Status != 'A' and Status != 'B']")]
    [InlineData("[Shop.Order_Customer/Nickname = 'A' and Status = 'B']")]
    [InlineData("[10 > Amount and Amount = 0]")]
    [InlineData("[5 <= Amount and Amount < 6]")]
    [InlineData("[not(false())]")]
    [InlineData("[true()]")]
    public async Task AR2005_AConstraintThatCanHold_IsNotReported(string xpath)
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(Status)], XPath = "XPATH")]
            public class Order { public string? Status { get; set; } public decimal Amount { get; set; } public Customer? Customer { get; set; } }

            [Entity("Shop")] public class Customer : SystemUser { public string? Nickname { get; set; } }
            """.Replace("XPATH", xpath));
    }

    [Theory]
    [InlineData("[Paid = 'true' and {|#0:Paid = false()|}]", "'Paid = false()' contradicts 'Paid = 'true'': both cannot hold")]
    [InlineData("[Paid = true()][{|#0:Paid = 'FALSE'|}]", "'Paid = 'FALSE'' contradicts 'Paid = true()': both cannot hold")]
    [InlineData("[Paid = 'False' and {|#0:Paid != false()|}]", "'Paid != false()' contradicts 'Paid = 'False'': both cannot hold")]
    public async Task AR2005_AQuotedTrueOrFalse_IsReadAsThatBoolean(string xpath, string reason)
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(Paid)], XPath = "XPATH")]
            public class Order { public bool Paid { get; set; } }
            """.Replace("XPATH", xpath),
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.Order", reason));
    }

    [Theory]
    [InlineData("[Paid = 'true' and Paid = true()]")]
    [InlineData("[Paid = 'TRUE' and Paid != false()]")]
    [InlineData("[Paid = 'yes' and Paid = true()]")]
    public async Task AR2005_AQuotedBooleanThatAgrees_OrAnotherString_IsNotAContradiction(string xpath)
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(Paid)], XPath = "XPATH")]
            public class Order { public bool Paid { get; set; } }
            """.Replace("XPATH", xpath));
    }

    [Fact]
    public async Task AR2005_InARetrieve_IsReported_AndComparisonsWithParametersAreNotContradictions()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            public class Order { public decimal Total { get; set; } }

            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Customer"], ApplyEntityAccess = true)]
                [Retrieves(typeof(Order), XPath = "[Total > 10 and {|#0:Total < 5|}]")]
                [Retrieves(typeof(Order), XPath = "[Total = $low and Total = $high]")]
                public static void ACT_Find(decimal low, decimal high) { }
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("retrieve of Shop.ACT_Find", "'Total < 5' contradicts 'Total > 10': both cannot hold"));
    }
}
