using AccessRulesAnalyzer.XPath;

namespace AccessRulesAnalyzer.Tests.XPath;

/// <summary>
/// The pure reading behind AR2005, from the text alone: which constraints can never match, and which comparison
/// says so. Names need not bind here; AR2005's own tests cover the rule around it.
/// </summary>
public class XPathContradictionsTests
{
    [Theory]
    [InlineData("[false()]", "false()", "'false()' never holds")]
    [InlineData("[Amount < 3\n    and\n    Amount = 5]", "Amount = 5", "'Amount = 5' contradicts 'Amount < 3': both cannot hold")]
    [InlineData("[not(\n    true()\n  )]", "not(\n    true()\n  )", "'not( true() )' never holds")]
    [InlineData("[not(not(false()))]", "not(not(false()))", "'not(not(false()))' never holds")]
    [InlineData("[Status != 'A' and Status = 'a']", "Status = 'a'", "'Status = 'a'' contradicts 'Status != 'A'': both cannot hold")]
    [InlineData("[Amount < 3 and Amount = 5]", "Amount = 5", "'Amount = 5' contradicts 'Amount < 3': both cannot hold")]
    [InlineData("[Amount = 5 and Amount < 3]", "Amount < 3", "'Amount < 3' contradicts 'Amount = 5': both cannot hold")]
    [InlineData("[Amount > 3 and Amount <= 3]", "Amount <= 3", "'Amount <= 3' contradicts 'Amount > 3': both cannot hold")]
    [InlineData("[Amount <= 3 and Amount > 3]", "Amount > 3", "'Amount > 3' contradicts 'Amount <= 3': both cannot hold")]
    [InlineData("[Amount >= 3 and Amount < 3]", "Amount < 3", "'Amount < 3' contradicts 'Amount >= 3': both cannot hold")]
    [InlineData("[Amount < 3 and Amount >= 3]", "Amount >= 3", "'Amount >= 3' contradicts 'Amount < 3': both cannot hold")]
    [InlineData("[Amount = 3 and Amount > 3]", "Amount > 3", "'Amount > 3' contradicts 'Amount = 3': both cannot hold")]
    [InlineData("[Amount > 3][Amount = 3]", "Amount = 3", "'Amount = 3' contradicts 'Amount > 3': both cannot hold")]
    [InlineData("[Amount = 3 and Amount < 3]", "Amount < 3", "'Amount < 3' contradicts 'Amount = 3': both cannot hold")]
    [InlineData("[Amount < 3 and 3 = Amount]", "3 = Amount", "'3 = Amount' contradicts 'Amount < 3': both cannot hold")]
    [InlineData("[Amount = 1 and Amount = 1.0 and Amount = 2]", "Amount = 2", "'Amount = 2' contradicts 'Amount = 1': both cannot hold")]
    public void AConstraintThatCannotMatch_IsFound_OnTheComparisonThatSaysSo(string xpath, string reported, string reason)
    {
        var found = XPathContradictions.Find(XPathParser.Parse(xpath));

        Assert.NotNull(found);
        Assert.Equal(reported, xpath.Substring(found.Value.Span.Start, found.Value.Span.Length));
        Assert.Equal(reason, found.Value.Reason);
    }

    [Theory]
    [InlineData("[Amount >= 3 and Amount <= 3]")]
    [InlineData("[Amount = 3 and Amount <= 3]")]
    [InlineData("[Amount >= 3][Amount = 3]")]
    [InlineData("[Amount != 3 and Amount > 5]")]
    [InlineData("[Amount != 3 and Amount != 4]")]
    [InlineData("[Amount > 3 or Amount < 2]")]
    // Different kinds are not the same value, though their text is.
    [InlineData("[Amount = '5' and Amount != 5]")]
    [InlineData("[Amount = '5' and Amount = 6]")]
    // Different paths, even where their names run together.
    [InlineData("[ab = 'x' and a/b = 'y']")]
    // A predicate on any step makes the paths' objects differ.
    [InlineData("[Shop.Order_Customer[Name = 'x']/Nickname = 'A' and Shop.Order_Customer[Name = 'x']/Nickname = 'B']")]
    [InlineData("[Nickname = 'A' and Shop.Order_Customer[Name = 'x']/Nickname = 'B']")]
    // Comparisons with a token or another path are not read.
    [InlineData("[Due < '[%CurrentDateTime%]' and Due > '[%CurrentDateTime%]']")]
    [InlineData("[Amount > Other and Amount < Other]")]
    [InlineData("[not(true()) or Amount = 1]")]
    [InlineData("[not(false())]")]
    public void AConstraintThatMayMatch_IsNotFound(string xpath)
    {
        Assert.Null(XPathContradictions.Find(XPathParser.Parse(xpath)));
    }
}
