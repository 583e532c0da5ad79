using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Driver;

internal static class RuleCategories
{
    public const string Security = "Security";
    public const string Consistency = "Consistency";
    public const string XPath = "XPath";
    public const string Review = "Review";
}
