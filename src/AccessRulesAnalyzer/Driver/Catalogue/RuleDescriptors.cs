using Microsoft.CodeAnalysis;

namespace AccessRulesAnalyzer.Driver;

internal static class RuleDescriptors
{
    public const string DocumentationRoot = "https://github.com/accessrules/AccessRulesAnalyzer/blob/main/docs/rules/";

    /// <summary>A descriptor whose help link is the rule's page under docs/rules; a Security rule carries <see cref="RuleTags.Security"/>.</summary>
    public static DiagnosticDescriptor Create(
        string id,
        string title,
        string messageFormat,
        string category,
        DiagnosticSeverity severity,
        string description,
        params string[] customTags) =>
        new(id, title, messageFormat, category, severity, isEnabledByDefault: true, description, HelpLink(id), Tags(category, customTags));

    /// <summary>A red flag (<see cref="RuleTags.RedFlag"/>): what a security review of anonymous access flags, an error in CI.</summary>
    public static DiagnosticDescriptor CreateRedFlag(string id, string title, string messageFormat, string category, DiagnosticSeverity severity, string description) =>
        Create(id, title, messageFormat, category, severity, description, RuleTags.RedFlag);

    /// <summary>A rule of the strict set, off until enabled (docs/strict.md): the platform recommender's stricter checks.</summary>
    public static DiagnosticDescriptor CreateStrict(string id, string title, string messageFormat, string category, string description) =>
        new(id, title, messageFormat, category, DiagnosticSeverity.Warning, isEnabledByDefault: false, description, HelpLink(id), Tags(category, []));

    /// <summary>
    /// <paramref name="rule"/> at Info: its cases that are suggestions, reported by the suggestion analyzer, which a
    /// command-line build skips (see <see cref="SecurityModelAnalyzer"/>). The ID, and so every severity setting, is the rule's.
    /// </summary>
    public static DiagnosticDescriptor Suggestion(DiagnosticDescriptor rule) =>
        new(rule.Id, rule.Title, rule.MessageFormat, rule.Category, DiagnosticSeverity.Info, rule.IsEnabledByDefault, rule.Description, rule.HelpLinkUri, [.. rule.CustomTags]);

    private static string[] Tags(string category, string[] customTags) =>
        category == RuleCategories.Security ? [RuleTags.Security, .. customTags] : customTags;

    public static string HelpLink(string id) => DocumentationRoot + id + ".md";
}
