using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;
using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.XPathSyntaxErrorCheck>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR2001: XPath syntax error.</summary>
public class AR2001Tests
{
    [Theory]
    [InlineData("[System.owner = '[%CurrentUser%]'", 32, 1, "Unexpected end of constraint: expected ']'")]
    [InlineData("[Name # 'x']", 6, 1, "Unexpected character '#'")]
    [InlineData("Name = 'x'", 0, 4, "An XPath constraint is a sequence of bracketed conditions: expected '['")]
    public async Task AR2001_SyntaxErrors_PointAtTheOffendingCharacter(string xpath, int start, int length, string message)
    {
        var source = Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(Name)], XPath = "XPATH")]
            public class Product { public string? Name { get; set; } }
            """.Replace("XPATH", xpath.Substring(0, start) + "{|#0:" + xpath.Substring(start, length) + "|}" + xpath.Substring(start + length));

        await Verify.VerifyAnalyzerAsync(source,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.Product", message));
    }

    [Fact]
    public async Task AR2001_InAVerbatimString_IsReportedOnTheWholeValue_AndValidConstraintsAreNot()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(Name)], XPath = {|#0:@"[Name = "|})]
            [AccessRule("Shop.Customer", Read = [nameof(Name)], XPath = "[Name = 'x' and (Name != 'y' or not(contains(Name, 'z')))]")]
            public class Product { public string? Name { get; set; } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.Product", "Unexpected end of constraint: expected a value or a path"));
    }

    [Fact]
    public async Task AR2001_InRetrieveAndWidgetConstraints_IsReportedInsideTheString_AndAVariableOnlyWhereAllowed()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(Number)], XPath = "[Number = {|#0:$|}number]")]
            public class Order { public string? Number { get; set; } }

            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Customer"], ApplyEntityAccess = true)]
                [Retrieves(typeof(Order), XPath = "[Number = {|#1:=|} 'x']")]
                [Retrieves(typeof(Order), XPath = "[Number = $number]")]
                public static void ACT_Find(string number) { }
            }

            [Page("Shop", VisibleFor = ["Shop.Customer"])]
            [Shows(typeof(Order), XPath = "[Number = {|#2:$|}number]")]
            public class Orders { }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Shop.Order", "Unexpected character '$'"),
            Verify.Diagnostic().WithLocation(1).WithArguments("retrieve of Shop.ACT_Find", "Expected a value or a path, found '='"),
            Verify.Diagnostic().WithLocation(2).WithArguments("widget of page Shop.Orders", "Unexpected character '$'"));
    }
}
