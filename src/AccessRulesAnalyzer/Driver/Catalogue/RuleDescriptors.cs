using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Driver;

internal static class RuleDescriptors
{
    public const string DocumentationRoot = "https://github.com/accessrules/AccessRulesAnalyzer/blob/main/docs/rules/";

    /// <summary>A descriptor whose help link is the rule's page under docs/rules.</summary>
    public static DiagnosticDescriptor Create(
        string id,
        string title,
        string messageFormat,
        string category,
        DiagnosticSeverity severity,
        string description,
        params string[] customTags) =>
        new(id, title, messageFormat, category, severity, isEnabledByDefault: true, description, HelpLink(id), customTags);

    /// <summary>A rule of the strict set, off until enabled (docs/strict.md): the platform recommender's stricter checks.</summary>
    public static DiagnosticDescriptor CreateStrict(string id, string title, string messageFormat, string category, string description) =>
        new(id, title, messageFormat, category, DiagnosticSeverity.Warning, isEnabledByDefault: false, description, HelpLink(id));

    public static string HelpLink(string id) => DocumentationRoot + id + ".md";
}
