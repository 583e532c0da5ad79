using System.Linq;
using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;
using AccessRulesAnalyzer.XPath;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>
/// Every example of the platform's reference pages "XPath Constraints", "XPath Expressions", "XPath Operators",
/// "XPath Keywords and System Variables" and "XPath Constraint Functions" parses and binds without a diagnostic.
/// </summary>
public class PlatformXPathExamplesTests
{
    private static readonly string[] s_customerExamples =
    [
        "[Name = NULL]",
        "[Name = empty]",
        "[DateRegistered >= '[%BeginOfCurrentWeek%]']",
        "[DateRegistered >= '[%BeginOfCurrentWeek%]' and DateRegistered < '[%EndOfCurrentWeek%]']",
        "[DateRegistered > '[%BeginOfCurrentDay%] - 3 * [%YearLength%]']",
        "[Name='Jansen']",
        "[(Name = 'Thomson' and Sales.Customer_Address/Sales.Address/City = 'New York') or (Name = 'Thompson' and Sales.Customer_Address/Sales.Address/City = 'London')]",
        "[Sales.Customer_Address/Sales.Address[City = 'New York' or City = 'London']]",
        "[Name='Jansen'][Sales.Customer_Address/Sales.Address/City = 'Rotterdam']",
        "[Name = 'Jansen' and Sales.Customer_Address/Sales.Address/City = 'Rotterdam']",
        "[Name = 'Jansen' or Sales.Customer_Address/Sales.Address/City = 'Rotterdam']",
        "[( Name = 'Jansen' or Name = 'Smit' ) and Sales.Customer_Address/Sales.Address/City = 'Rotterdam']",
        "[Sales.Customer_Address/Sales.Address[City = 'Rotterdam' or City = 'Losdun']]",
        "[Sales.Customer_Address/Sales.Address[City = 'New Amsterdam']/Sales.Address_Country/Sales.Country/Name = 'Guyana']",
        "[Sales.Customer_Address/Sales.Address/City = 'Rotterdam' or Sales.Customer_Address/Sales.Address/City = 'Losdun']",
        "[Name = City]",
        "[Sales.Customer_Order/Sales.Order/HasPayed = false()]",
        "[Sales.Customer_Order = 'ID_124123512341']",
        "[Sales.Customer_Order/Sales.Order/ID = 'ID_124123512341']",
        "[Sales.Customer_Order/Sales.Order]",
        "[not(Sales.Customer_Order/Sales.Order)]",
        "[not(Name = 'Jansen')]",
        "[Name != 'Jansen']",
        "[not(Sales.Customer_Order/Sales.Order/TotalPrice > 30000)]",
        "[Sales.Customer_Order/Sales.Order/TotalPrice <= 30000]",
        "[contains(Name, 'an')]",
        "[starts-with(Name, 'Jans')]",
        "[ends-with(Name, 'sen')]",
        "[length(FirstName) >= 5]",
        "[string-length(Name) > 7]",
        "[IsActive = true()]",
        "[IsActive = false()]",
        "[IsActive = true]",
        "[IsActive = false]",
        "[true()]",
        "[false()]",
    ];

    private static readonly string[] s_logExamples =
        new[] { "year", "month", "day", "hours", "minutes", "seconds", "quarter", "day-of-year", "weekday", "week" }
            .SelectMany(part => new[] { $"[{part}-from-dateTime(DateAttribute) = 2]", $"[{part}-from-dateTime(DateAttribute, 'America/New_York') = 2]" })
            .ToArray();

    private static readonly string[] s_userExamples =
    [
        "[System.UserRoles = '[%UserRole_Administrator%]']",
        "[id = '[%UserRole_Administrator%]']",
        "[id = '[%CurrentUser%]']",
        "[Sales.Account_Manager[reversed()]/Sales.Account/id = '[%CurrentUser%]']",
    ];

    private static string Source()
    {
        static string Rules(string[] examples, string member) =>
            string.Concat(examples.Select(example => $"[AccessRule(\"Sales.User\", Read = [nameof({member})], XPath = \"{example}\")]\n"));

        return """
            using System;
            using System.Collections.Generic;
            using AccessRules;

            [assembly: ModuleRole("Sales.User")]
            [assembly: UserRole("Administrator", "Sales.User")]

            [Entity("Sales")]

            """ + Rules(s_customerExamples, "Name") + """
            public class Customer
            {
                public string? Name { get; set; }
                public string? FirstName { get; set; }
                public string? City { get; set; }
                public bool IsActive { get; set; }
                public DateTime DateRegistered { get; set; }
                public Address? Address { get; set; }
                public List<Order> Order { get; set; } = new();
            }

            [Entity("Sales")] public class Address { public string? City { get; set; } public Country? Country { get; set; } }
            [Entity("Sales")] public class Country { public string? Name { get; set; } }

            [Entity("Sales")]
            [AccessRule("Sales.User", Read = [nameof(TotalPrice)], XPath = "[TotalPrice < 50.00]")]
            public class Order { public decimal TotalPrice { get; set; } public bool HasPayed { get; set; } public string? ID { get; set; } }

            [Entity("Sales")]

            """ + Rules(s_logExamples, "DateAttribute") + """
            public class Log { public DateTime DateAttribute { get; set; } }

            [Entity("Sales")]

            """ + Rules(s_userExamples, "Name") + """
            public class Account : SystemUser { [Association("Account_Manager")] public Account? Manager { get; set; } }
            """;
    }

    [Fact]
    public async Task EveryExample_ParsesWithoutASyntaxError() =>
        await CSharpAnalyzerVerifier<XPathSyntaxErrorCheck>.VerifyAnalyzerAsync(Source());

    [Fact]
    public async Task EveryExample_BindsEveryNameAndToken() =>
        await CSharpAnalyzerVerifier<XPathUnknownNameCheck>.VerifyAnalyzerAsync(Source());

    [Fact]
    public async Task EveryExample_ComparesTheCurrentUserWithAUser() =>
        await CSharpAnalyzerVerifier<XPathCurrentUserNotUserCheck>.VerifyAnalyzerAsync(Source());

    /// <summary>Every example but <c>[false()]</c>, which the functions page shows matching nothing; AR2005 says so.</summary>
    [Fact]
    public async Task EveryExample_CanMatch_ButFalse() =>
        await CSharpAnalyzerVerifier<XPathNeverMatchesCheck>.VerifyAnalyzerAsync(
            Source().Replace("""XPath = "[false()]")]""", """XPath = "[{|#0:false()|}]")]"""),
            Expect.Diagnostic("AR2005").WithLocation(0).WithArguments("Sales.Customer", "'false()' never holds"));

    [Fact]
    public async Task EveryExample_ComparesValuesOfTheSameType() =>
        await CSharpAnalyzerVerifier<XPathTypeMismatchCheck>.VerifyAnalyzerAsync(Source());

    // As the platform's "XPath Keywords and System Variables" page lists them, written out rather than taken from
    // XPathTokens, so that a token missing there fails here.
    private static readonly string[] s_documentedDateTokens =
    [
        "CurrentDateTime",
        "BeginOfCurrentMinute", "BeginOfCurrentMinuteUTC", "EndOfCurrentMinute", "EndOfCurrentMinuteUTC",
        "BeginOfCurrentHour", "BeginOfCurrentHourUTC", "EndOfCurrentHour", "EndOfCurrentHourUTC",
        "BeginOfCurrentDay", "BeginOfCurrentDayUTC", "EndOfCurrentDay", "EndOfCurrentDayUTC",
        "BeginOfYesterday", "BeginOfYesterdayUTC", "EndOfYesterday", "EndOfYesterdayUTC",
        "BeginOfTomorrow", "BeginOfTomorrowUTC", "EndOfTomorrow", "EndOfTomorrowUTC",
        "BeginOfCurrentWeek", "BeginOfCurrentWeekUTC", "EndOfCurrentWeek", "EndOfCurrentWeekUTC",
        "BeginOfCurrentMonth", "BeginOfCurrentMonthUTC", "EndOfCurrentMonth", "EndOfCurrentMonthUTC",
        "BeginOfCurrentYear", "BeginOfCurrentYearUTC", "EndOfCurrentYear", "EndOfCurrentYearUTC",
    ];

    private static readonly string[] s_documentedLengthTokens = ["SecondLength", "MinuteLength", "HourLength", "DayLength", "WeekLength", "MonthLength", "YearLength"];

    [Fact]
    public async Task EveryDocumentedToken_IsKnown_AloneAndInArithmetic()
    {
        var dates = s_documentedDateTokens.Select(token => $"[DateRegistered >= '[%{token}%]']");
        var lengths = s_documentedLengthTokens.Select(token => $"[DateRegistered >= '[%CurrentDateTime%] + 2 * [%{token}%] - [%{token}%]']");
        var rules = string.Concat(dates.Concat(lengths).Select(example => $"[AccessRule(\"Sales.User\", Read = [nameof(DateRegistered)], XPath = \"{example}\")]\n"));

        await CSharpAnalyzerVerifier<XPathUnknownNameCheck>.VerifyAnalyzerAsync("""
            using AccessRules;
            [assembly: ModuleRole("Sales.User")]
            [Entity("Sales")]

            """ + rules + """
            public class Customer { public System.DateTime DateRegistered { get; set; } }
            """);
        // Dates compare with dates (AR2004), lengths only inside arithmetic.
        await CSharpAnalyzerVerifier<XPathTypeMismatchCheck>.VerifyAnalyzerAsync("""
            using AccessRules;
            [assembly: ModuleRole("Sales.User")]
            [Entity("Sales")]

            """ + rules + """
            public class Customer { public System.DateTime DateRegistered { get; set; } }
            """);
    }

    [Theory]
    [InlineData("[contains(Name)]", "'contains' takes 2 arguments, not 1")]
    [InlineData("[not(Name = 'a', Name = 'b')]", "'not' takes one argument, not 2")]
    [InlineData("[year-from-dateTime(Due, 'UTC', 'x') = 1]", "'year-from-dateTime' takes 1 or 2 arguments, not 3")]
    [InlineData("[reversed(Name)]", "'reversed' takes 0 arguments, not 1")]
    public void AFunctionWithTheWrongNumberOfArguments_IsASyntaxError(string constraint, string message)
    {
        var error = Assert.Single(XPathParser.Parse(constraint).Errors);

        Assert.Equal(message, error.Message);
    }
}
