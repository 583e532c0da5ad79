using AccessRulesAnalyzer.XPath;

namespace AccessRulesAnalyzer.Tests.XPath;

/// <summary>A constraint written over several lines, shown on one: each line break with the white space around it becomes one space.</summary>
public class XPathTextTests
{
    [Theory]
    [InlineData("[Status = 'Open']", "[Status = 'Open']")]
    [InlineData("  [Status = 'Open']\t", "[Status = 'Open']")]
    [InlineData("[Status = 'Open'\n and Total > 10]", "[Status = 'Open' and Total > 10]")]
    [InlineData("\n    [Status = 'Open'   \r\n        and Total > 10\r\n    ]\n", "[Status = 'Open' and Total > 10 ]")]
    [InlineData("[a = 1\n\n\n and b = 2]", "[a = 1 and b = 2]")]
    [InlineData("[a = 1\rand b = 2\u2028and c = 3\u2029and d = 4\u0085and e = 5]", "[a = 1 and b = 2 and c = 3 and d = 4 and e = 5]")]
    [InlineData("[Note = 'two\nlines']", "[Note = 'two lines']")]
    [InlineData("[Note = 'keeps  its   spaces']", "[Note = 'keeps  its   spaces']")]
    [InlineData("", "")]
    public void OnOneLine_JoinsLinesWithOneSpace_AndTrimsTheEnds(string text, string expected)
    {
        Assert.Equal(expected, XPathText.OnOneLine(text));
    }
}
