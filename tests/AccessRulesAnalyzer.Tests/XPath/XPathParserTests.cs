using System;
using System.Linq;
using System.Text;
using AccessRulesAnalyzer.XPath;

namespace AccessRulesAnalyzer.Tests.XPath;

public class XPathParserTests
{
    [Fact]
    public void OwnerConstraint_IsAComparisonOfAPathWithTheCurrentUserToken()
    {
        var constraint = XPathParser.Parse("[System.owner='[%CurrentUser%]']");

        Assert.Empty(constraint.Errors);
        var comparison = Assert.IsType<XPathComparison>(Assert.Single(constraint.Groups));
        Assert.Equal(XPathComparisonOperator.Equal, comparison.Operator);
        var path = Assert.IsType<XPathPath>(comparison.Left);
        Assert.Equal("System.owner", Assert.Single(path.Steps).Name);
        Assert.Equal((1, 12), (path.Span.Start, path.Span.Length));
        var token = Assert.IsType<XPathLiteral>(comparison.Right);
        Assert.True(token.IsToken("CurrentUser"));
        Assert.Equal((14, 17), (token.Span.Start, token.Span.Length));
    }

    [Theory]
    [InlineData("[Number = $number]", "number")]
    [InlineData("[Number = $_number2]", "_number2")]
    public void AVariable_IsAValueWhereVariablesAreAllowed_NamedWithoutTheDollar(string text, string name)
    {
        var constraint = XPathParser.Parse(text, variables: true);

        Assert.Empty(constraint.Errors);
        var comparison = Assert.IsType<XPathComparison>(Assert.Single(constraint.Groups));
        var variable = Assert.IsType<XPathLiteral>(comparison.Right);
        Assert.Equal(XPathLiteralKind.Variable, variable.Kind);
        Assert.Equal(name, variable.Value);
        Assert.Equal((10, name.Length + 1), (variable.Span.Start, variable.Span.Length));
        Assert.NotEmpty(XPathParser.Parse(text).Errors);
    }

    [Fact]
    public void AMemberOfAVariablesObject_IsOneValue_WithTheVariablesNameApart()
    {
        var constraint = XPathParser.Parse("[Name = $currentUser/Name]", variables: true);

        Assert.Empty(constraint.Errors);
        var variable = Assert.IsType<XPathLiteral>(Assert.IsType<XPathComparison>(Assert.Single(constraint.Groups)).Right);
        Assert.Equal((XPathLiteralKind.Variable, "currentUser", "Name"), (variable.Kind, variable.Value, variable.Member));
        Assert.Equal((8, 17), (variable.Span.Start, variable.Span.Length));
        Assert.Equal((8, 12), (variable.VariableSpan.Start, variable.VariableSpan.Length));
        Assert.False(XPathLiteral.IsCurrentUser(variable));
    }

    [Fact]
    public void ASecondStepAfterAVariable_IsAnError_AtItsSlash()
    {
        var constraint = XPathParser.Parse("[Name = $order/Shop.Order_Customer/Name]", variables: true);

        var error = Assert.Single(constraint.Errors);
        Assert.Equal(34, error.Span.Start);
    }

    [Theory]
    [InlineData("[id = $currentUser]")]
    [InlineData("[id = $currentuser]")]
    [InlineData("[$CurrentUser = Shop.Order_Customer]")]
    public void TheFlowsCurrentUserVariable_StandsForTheCurrentUser_InAnyCase(string text)
    {
        var comparison = Assert.IsType<XPathComparison>(Assert.Single(XPathParser.Parse(text, variables: true).Groups));

        Assert.NotNull(comparison.PathComparedWithCurrentUser());
    }

    [Fact]
    public void SeveralGroups_AreKeptInOrder()
    {
        var constraint = XPathParser.Parse("[Status = 'Open'] [Total >= 10.5]");

        Assert.Empty(constraint.Errors);
        Assert.Equal(2, constraint.Groups.Length);
        Assert.Equal(XPathComparisonOperator.GreaterThanOrEqual, Assert.IsType<XPathComparison>(constraint.Groups[1]).Operator);
        Assert.Equal("10.5", Assert.IsType<XPathLiteral>(((XPathComparison)constraint.Groups[1]).Right).Value);
    }

    [Fact]
    public void AndBindsTighterThanOr()
    {
        var constraint = XPathParser.Parse("[a = 1 or b = 2 and c = 3]");

        var or = Assert.IsType<XPathLogicalExpression>(Assert.Single(constraint.Groups));
        Assert.Equal(XPathLogicalOperator.Or, or.Operator);
        Assert.Equal(XPathLogicalOperator.And, Assert.IsType<XPathLogicalExpression>(or.Right).Operator);
    }

    [Fact]
    public void ParenthesesAndNot_Group()
    {
        var constraint = XPathParser.Parse("[not((a = 1 or b = 2)) and c != 'x']");

        Assert.Empty(constraint.Errors);
        var and = Assert.IsType<XPathLogicalExpression>(Assert.Single(constraint.Groups));
        var not = Assert.IsType<XPathNotExpression>(and.Left);
        Assert.Equal(XPathLogicalOperator.Or, Assert.IsType<XPathLogicalExpression>(not.Operand).Operator);
        Assert.Equal(XPathComparisonOperator.NotEqual, Assert.IsType<XPathComparison>(and.Right).Operator);
    }

    [Fact]
    public void PathsHaveStepsWithPredicates()
    {
        var constraint = XPathParser.Parse("[Shop.Order_Customer/Shop.Customer[Active = true()]/Shop.Customer_Account = '[%CurrentUser%]']");

        Assert.Empty(constraint.Errors);
        var path = Assert.IsType<XPathPath>(Assert.IsType<XPathComparison>(Assert.Single(constraint.Groups)).Left);
        Assert.Equal(new[] { "Shop.Order_Customer", "Shop.Customer", "Shop.Customer_Account" }, path.Steps.Select(s => s.Name));
        var predicate = Assert.IsType<XPathComparison>(Assert.Single(path.Steps[1].Predicates));
        Assert.Equal(XPathLiteralKind.Boolean, Assert.IsType<XPathLiteral>(predicate.Right).Kind);
        Assert.Equal(1, path.LastStepWithPredicates);
    }

    [Theory]
    [InlineData("[Shop.Order_Customer = '[%CurrentUser%]']", -1)]
    [InlineData("[Shop.Order_Customer/Shop.Customer/Active = true()]", -1)]
    [InlineData("[Shop.Order_Customer[Active = true()]]", 0)]
    [InlineData("[Shop.Order_Customer[Active = true()]/Shop.Customer[Name != empty]/Shop.Customer_Account]", 1)]
    [InlineData("[Shop.Order_Customer/Shop.Customer/Shop.Customer_Account[id = '[%CurrentUser%]']]", 2)]
    public void APath_KnowsItsLastStepWithPredicates(string text, int last)
    {
        var constraint = XPathParser.Parse(text);

        Assert.Empty(constraint.Errors);
        var group = Assert.Single(constraint.Groups);
        var path = Assert.IsType<XPathPath>(group is XPathComparison comparison ? comparison.Left : group);
        Assert.Equal(last, path.LastStepWithPredicates);
    }

    [Fact]
    public void FunctionsLiteralsAndTokens_AreRecognised()
    {
        var constraint = XPathParser.Parse(
            "[contains(Name, 'it''s') and starts-with(Code, \"A\") and ends-with(Code, 'Z') and Deleted = false()" +
            " and Parent = empty and Due < '[%BeginOfCurrentDay%]' and Changed > [%CurrentDateTime%] and Level = -2 and Done = true]");

        Assert.Empty(constraint.Errors);
        var nodes = Flatten(Assert.Single(constraint.Groups)).ToList();
        Assert.Equal(new[] { "contains", "starts-with", "ends-with" }, nodes.OfType<XPathFunctionCall>().Select(f => f.Name));
        var literals = nodes.OfType<XPathLiteral>().ToList();
        Assert.Contains(literals, l => l.Kind == XPathLiteralKind.String && l.Value == "it's");
        Assert.Contains(literals, l => l.Kind == XPathLiteralKind.Empty);
        Assert.Contains(literals, l => l.IsToken("BeginOfCurrentDay"));
        Assert.Contains(literals, l => l.IsToken("CurrentDateTime"));
        Assert.Contains(literals, l => l.Kind == XPathLiteralKind.Number && l.Value == "-2");
        Assert.Equal(2, literals.Count(l => l.Kind == XPathLiteralKind.Boolean));
    }

    [Fact]
    public void TokensWithArithmeticInsideTheQuotes_AreATokenExpression_NamingEachToken()
    {
        var literal = Assert.IsType<XPathLiteral>(Assert.IsType<XPathComparison>(
            Assert.Single(XPathParser.Parse("[Due < '[%BeginOfCurrentDay%] - 1 * [%DayLength%]']").Groups)).Right);

        Assert.Equal(XPathLiteralKind.TokenExpression, literal.Kind);
        Assert.True(literal.IsDate);
        Assert.Equal(new[] { ("BeginOfCurrentDay", 8), ("DayLength", 36) }, literal.Tokens().Select(t => (t.Name, t.Span.Start)));
    }

    [Theory]
    [InlineData("'Hello [%CurrentUser%]'")]
    [InlineData("'[%BeginOfCurrentDay%] -'")]
    [InlineData("'[%BeginOfCurrentDay%] [%DayLength%]'")]
    [InlineData("'3 * [%DayLength%]'")]
    [InlineData("'[%BeginOfCurrentDay%] / 2'")]
    [InlineData("'[%%] + 1'")]
    public void TextWithTokensThatIsNotArithmetic_StaysAString(string quoted)
    {
        var literal = Assert.IsType<XPathLiteral>(Assert.IsType<XPathComparison>(Assert.Single(XPathParser.Parse($"[Note = {quoted}]").Groups)).Right);

        Assert.Equal(XPathLiteralKind.String, literal.Kind);
        Assert.Empty(literal.Tokens());
    }

    [Theory]
    [InlineData("''", false, "")]
    [InlineData("'a''b'", false, "a'b")]
    [InlineData("\"[%CurrentUser%]\"", true, "CurrentUser")]
    [InlineData("'[%Current''User%]'", true, "Current'User")]
    [InlineData("'[%%]'", false, "[%%]")]
    public void QuotedLiterals_ReadTheirContent(string quoted, bool token, string value)
    {
        var literal = Assert.IsType<XPathLiteral>(Assert.IsType<XPathComparison>(Assert.Single(XPathParser.Parse($"[Name = {quoted}]").Groups)).Right);

        Assert.Equal(token ? XPathLiteralKind.Token : XPathLiteralKind.String, literal.Kind);
        Assert.Equal(value, literal.Value);
    }

    [Fact]
    public void EmptyText_HasNoGroupsAndNoErrors()
    {
        var constraint = XPathParser.Parse("   ");

        Assert.Empty(constraint.Groups);
        Assert.Empty(constraint.Errors);
    }

    [Theory]
    [InlineData("[System.owner = '[%CurrentUser%]'", 33, "Unexpected end of constraint: expected ']'")]
    [InlineData("System.owner = 'x'", 0, "An XPath constraint is a sequence of bracketed conditions: expected '['")]
    [InlineData("[Name = 'open]", 8, "Unterminated string")]
    [InlineData("[Due < [%CurrentDateTime]", 7, "Unterminated token: expected '%]'")]
    [InlineData("[Name = ]", 8, "Expected a value or a path, found ']'")]
    [InlineData("[Name = 'a' Total = 1]", 12, "Expected ']', found 'Total'")]
    [InlineData("[Name # 'a']", 6, "Unexpected character '#'")]
    [InlineData("[matches(Name, 'a')]", 1, "Unknown function 'matches'")]
    [InlineData("[Shop.Order_Customer/ = 1]", 22, "Expected a path step after '/'")]
    public void Errors_AreReportedWithTheirPosition(string text, int position, string message)
    {
        var error = XPathParser.Parse(text).Errors.First();

        Assert.Equal(message, error.Message);
        Assert.Equal(position, error.Span.Start);
    }

    [Theory]
    [InlineData("(", ")")]
    [InlineData("a[", "]")]
    [InlineData("not(", ")")]
    public void DeepNesting_IsAnErrorNotAStackOverflow(string open, string close)
    {
        var text = "[" + string.Concat(Enumerable.Repeat(open, 10_000)) + "a = 1" + string.Concat(Enumerable.Repeat(close, 10_000)) + "]";

        var constraint = XPathParser.Parse(text);

        Assert.Contains(constraint.Errors, e => e.Message.Contains("nested more than", StringComparison.Ordinal));
    }

    [Fact]
    public void ALongConstraint_Parses()
    {
        var text = new StringBuilder("[Name = 'a'");
        while (text.Length < 1_000_000)
        {
            text.Append(" and Name != 'b' or Total > 10");
        }

        var constraint = XPathParser.Parse(text.Append(']').ToString());

        Assert.Empty(constraint.Errors);
        Assert.Single(constraint.Groups);
    }

    [Fact]
    public void RandomInput_NeverThrows()
    {
        const string alphabet = "[]()/=!<>'\"%, .-_aZ09énd or not\u00e9\ud83d\ude00";
        var random = new Random(20261122);
        for (var i = 0; i < 5_000; i++)
        {
            var chars = new char[random.Next(0, 60)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(chars);
            var constraint = XPathParser.Parse(text);
            Assert.All(constraint.Errors, e => Assert.True(e.Span.End <= text.Length, $"Error span past the end in '{text}'"));
        }
    }

    private static System.Collections.Generic.IEnumerable<XPathExpression> Flatten(XPathExpression expression)
    {
        yield return expression;
        var children = expression switch
        {
            XPathLogicalExpression logical => new[] { logical.Left, logical.Right },
            XPathComparison comparison => new[] { comparison.Left, comparison.Right },
            XPathNotExpression not => new[] { not.Operand },
            XPathFunctionCall call => call.Arguments.ToArray(),
            _ => Array.Empty<XPathExpression>(),
        };
        foreach (var child in children.SelectMany(Flatten))
        {
            yield return child;
        }
    }

    [Theory]
    [InlineData("[Name = 'open]", 8, 1, "Unterminated string")]
    [InlineData("[>= 5]", 1, 2, "Expected a value or a path, found '>='")]
    [InlineData("[a = 1] # [b = 2]", 8, 1, "Unexpected character '#'")]
    public void Errors_CoverWhatIsWrong(string text, int start, int length, string message)
    {
        var error = XPathParser.Parse(text).Errors.First();

        Assert.Equal((message, start, length), (error.Message, error.Span.Start, error.Span.Length));
    }

    [Theory]
    [InlineData("-5", "-5")]
    [InlineData("2.5", "2.5")]
    [InlineData("-0.25", "-0.25")]
    public void Numbers_KeepTheirSignAndFraction(string number, string value)
    {
        var literal = Assert.IsType<XPathLiteral>(Assert.IsType<XPathComparison>(Assert.Single(XPathParser.Parse($"[Amount = {number}]").Groups)).Right);

        Assert.Equal((XPathLiteralKind.Number, value), (literal.Kind, literal.Value));
    }

    [Fact]
    public void AQuotedLiteralThatStartsWithADoubledQuote_ReadsOneQuote()
    {
        var literal = Assert.IsType<XPathLiteral>(Assert.IsType<XPathComparison>(Assert.Single(XPathParser.Parse("[Name = '''a''']").Groups)).Right);

        Assert.Equal("'a'", literal.Value);
    }

    [Theory]
    [InlineData("[a = 1 and oracle = 2]")]
    [InlineData("[a = 1 or android = 2]")]
    [InlineData("[notes = 1 and ornament = 2]")]
    public void NamesThatStartWithAKeyword_AreNames(string text)
    {
        var constraint = XPathParser.Parse(text);

        Assert.Empty(constraint.Errors);
        var logical = Assert.IsType<XPathLogicalExpression>(Assert.Single(constraint.Groups));
        Assert.IsType<XPathComparison>(logical.Left);
        Assert.IsType<XPathComparison>(logical.Right);
    }

    [Fact]
    public void AnUnknownFunction_IsOneError_WhateverItsArguments()
    {
        var error = Assert.Single(XPathParser.Parse("[matches(Name, 'a', 'b', 'c')]").Errors);

        Assert.Equal("Unknown function 'matches'", error.Message);
    }

    [Fact]
    public void NestingUpToTheLimit_Parses_AndDepthIsCountedPerBranch()
    {
        static string Nested(int depth) => string.Concat(Enumerable.Repeat("(", depth)) + "a = 1" + string.Concat(Enumerable.Repeat(")", depth));

        Assert.Empty(XPathParser.Parse("[" + Nested(60) + "]").Errors);
        Assert.Empty(XPathParser.Parse("[" + Nested(40) + " and " + Nested(40) + " and " + Nested(40) + "]").Errors);
        Assert.NotEmpty(XPathParser.Parse("[" + Nested(70) + "]").Errors);
    }

    [Fact]
    public void UtcTokens_AreTheBeginAndEndTokensOnly()
    {
        Assert.Contains("BeginOfCurrentDayUTC", XPathTokens.Fixed);
        Assert.Contains("EndOfTomorrowUTC", XPathTokens.Fixed);
        Assert.DoesNotContain("CurrentDateTimeUTC", XPathTokens.Fixed);
        Assert.DoesNotContain("CurrentUserUTC", XPathTokens.Fixed);
        Assert.Contains("CurrentObject", XPathTokens.Fixed);
    }

    [Fact]
    public void Nesting_IsAnErrorFromTheLimitOn_TheGroupCountingAsOneLevel()
    {
        static string Nested(int depth) => "[" + string.Concat(Enumerable.Repeat("(", depth)) + "a = 1" + string.Concat(Enumerable.Repeat(")", depth)) + "]";

        Assert.Empty(XPathParser.Parse(Nested(XPathParser.MaxDepth - 1)).Errors);
        var error = Assert.Single(XPathParser.Parse(Nested(XPathParser.MaxDepth)).Errors);
        Assert.Equal("The constraint is nested more than 64 levels deep", error.Message);
    }

    [Theory]
    [InlineData("[(a = 1]", "Expected ')', found ']'")]
    [InlineData("[contains(Name, 'x']", "Expected ')', found ']'")]
    [InlineData("[a = 1", "Unexpected end of constraint: expected ']'")]
    [InlineData("[a = 1 # 2]", "Unexpected character '#'")]
    [InlineData("[a = \U0001F600]", "Unexpected character '\U0001F600'")]
    [InlineData("[a - b]", "Unexpected character '-'")]
    [InlineData("[Total = 1 2]", "Expected ']', found '2'")]
    [InlineData("[a = 1 order = 2]", "Expected ']', found 'order'")]
    [InlineData("[a/ = 1]", "Expected a path step after '/'")]
    [InlineData("[Lines[a = 1 2] = 1]", "Expected ']', found '2'")]
    public void SyntaxErrors_SayWhatWasExpected(string xpath, string message)
    {
        Assert.Equal(message, Assert.Single(XPathParser.Parse(xpath).Errors).Message);
    }

    [Fact]
    public void ErrorsThatDoNotStopTheParse_AreAllKept()
    {
        Assert.Equal(["Unknown function 'foo'", "Unknown function 'bar'"], XPathParser.Parse("[foo(a) = 1 and bar(b) = 2]").Errors.Select(error => error.Message));
    }

    [Fact]
    public void ANameMayEndInDigitsAndHaveUnderscoresAfterItsDot_ANumberMayBeNegative()
    {
        var constraint = XPathParser.Parse("[A1 = -5 and Shop._Hidden = 1]");

        Assert.Empty(constraint.Errors);
        var and = Assert.IsType<XPathLogicalExpression>(Assert.Single(constraint.Groups));
        var first = Assert.IsType<XPathComparison>(and.Left);
        Assert.Equal("A1", Assert.Single(Assert.IsType<XPathPath>(first.Left).Steps).Name);
        Assert.Equal("-5", Assert.IsType<XPathLiteral>(first.Right).Value);
        Assert.Equal("Shop._Hidden", Assert.Single(Assert.IsType<XPathPath>(Assert.IsType<XPathComparison>(and.Right).Left).Steps).Name);
    }

    [Theory]
    [InlineData("'[%BeginOfCurrentDay%] - 1'", "TokenExpression")]
    [InlineData("'[%BeginOfCurrentDay%] - x'", "String")]
    [InlineData("'a%x%]'", "String")]
    [InlineData("'1 + [%DayLength%]'", "String")]
    public void AStringIsATokenExpression_OnlyWhenItIsTokensAndNumbersCombined_StartingWithAToken(string literal, string kind)
    {
        var comparison = Assert.IsType<XPathComparison>(Assert.Single(XPathParser.Parse($"[Due > {literal}]").Groups));

        Assert.Equal(kind, Assert.IsType<XPathLiteral>(comparison.Right).Kind.ToString());
    }
}
