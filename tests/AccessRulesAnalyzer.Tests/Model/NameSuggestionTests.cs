using AccessRulesAnalyzer.Model;

namespace AccessRulesAnalyzer.Tests.Model;

/// <summary>Did-you-mean: the nearest name by edit distance, and the name with its module written or left out.</summary>
public class NameSuggestionTests
{
    [Theory]
    [InlineData("Staus", "Status")]
    [InlineData("status", "Status")]
    [InlineData("Stat", null)]
    [InlineData("Xyz", null)]
    public void For_GivesTheOneNearName(string name, string? expected)
    {
        Assert.Equal(expected, NameSuggestion.For(name, ["Status", "Total", "Shop.Order_Lines"]));
    }

    // Two neighbouring letters swapped are one edit: a name of five letters allows one.
    [Theory]
    [InlineData("Titel", "Title")]
    [InlineData("Ordre", "Order")]
    [InlineData("Sattus", "Status")]
    [InlineData("Tilte", "Title")]
    [InlineData("Tlite", null)]
    public void For_CountsASwapOfNeighboursAsOneEdit(string name, string? expected)
    {
        Assert.Equal(expected, NameSuggestion.For(name, ["Title", "Order", "Status", "Text"]));
    }

    // A name of one or two letters allows one edit, and every path to a name counts: "Q" is two edits from "Ab".
    [Theory]
    [InlineData("Q", null)]
    [InlineData("Qb", "Ab")]
    [InlineData("Xy", null)]
    public void For_AShortName_IsNearOnlyWhatOneEditReaches(string name, string? expected)
    {
        Assert.Equal(expected, NameSuggestion.For(name, ["Ab"]));
    }

    [Fact]
    public void For_GivesNothingOnATie()
    {
        Assert.Null(NameSuggestion.For("Cat", ["Bat", "Hat"]));
    }

    [Theory]
    [InlineData("Order_Lines", "Shop.Order_Lines")]
    [InlineData("Shop.Status", "Status")]
    [InlineData("Sales.Status", "Status")]
    [InlineData("Lines", null)]
    [InlineData("der_Lines", null)]
    [InlineData("Status", null)]
    [InlineData("Shop.Order_Lines", null)]
    [InlineData("Sales.Order_Lines", null)]
    [InlineData("Shop.Tatus", null)]
    public void ForModule_WritesOrDropsTheModule_OfExactlyOneName(string name, string? expected)
    {
        Assert.Equal(expected, NameSuggestion.ForModule(name, ["Status", "Shop.Order_Lines", "Shop.Order_Customer"]));
    }

    [Fact]
    public void ForModule_GivesNothingWhenTwoModulesHaveTheName()
    {
        Assert.Null(NameSuggestion.ForModule("Order_Lines", ["Shop.Order_Lines", "Sales.Order_Lines"]));
    }
}
