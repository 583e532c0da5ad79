namespace AccessRulesAnalyzer.Driver;

/// <summary>
/// Custom tags on the descriptors: the one place that says which rules are red flags and which are about security.
/// The build props, the command-line tool, SARIF and the README are held to them (DocumentationTests).
/// </summary>
internal static class RuleTags
{
    /// <summary>What a security review of anonymous access flags: these fail the build in CI.</summary>
    public const string RedFlag = "AccessRulesRedFlag";

    /// <summary>A rule of the Security category; code-scanning dashboards read it from the compiler's SARIF (<c>properties.tags</c>).</summary>
    public const string Security = "security";
}
