using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Driver;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AccessRulesAnalyzer.Tests;

public class DescriptorTests
{
    private static readonly DiagnosticDescriptor[] s_descriptors = typeof(SecurityModelAnalyzer).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
        .SelectMany(t => ((DiagnosticAnalyzer)Activator.CreateInstance(t)!).SupportedDiagnostics)
        .ToArray();

    public static TheoryData<string> Ids => new(s_descriptors.Select(d => d.Id).Distinct());

    [Fact]
    public void EveryAnalyzerIsExportedForCSharp()
    {
        var analyzers = typeof(SecurityModelAnalyzer).Assembly.GetTypes().Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t)).ToList();

        Assert.NotEmpty(analyzers);
        Assert.All(analyzers, t => Assert.Contains(LanguageNames.CSharp, ((DiagnosticAnalyzerAttribute)Attribute.GetCustomAttribute(t, typeof(DiagnosticAnalyzerAttribute))!).Languages));
    }

    [Fact]
    public void TheAnalyzerRunsEveryCheckOnce()
    {
        var checks = typeof(SecurityCheck).Assembly.GetTypes().Where(t => !t.IsAbstract && typeof(SecurityCheck).IsAssignableFrom(t)).OrderBy(t => t.Name).ToList();
        var run = AllChecks.Create().Select(check => check.GetType()).OrderBy(t => t.Name).ToList();

        Assert.Equal(checks, run);
    }

    [Fact]
    public void ThePackagesTwoAnalyzers_SplitTheIdsBySeverity_SoThatABuildSkipsTheSuggestions()
    {
        var package = SecurityModelAnalyzer.Package();
        var findings = Assert.IsType<SecurityModelAnalyzer>(package[0]).SupportedDiagnostics;
        var suggestions = Assert.IsType<SecuritySuggestionAnalyzer>(package[1]).SupportedDiagnostics;

        // The compiler skips an analyzer only when every one of its rules is Info or hidden.
        Assert.All(suggestions, d => Assert.Equal(DiagnosticSeverity.Info, d.DefaultSeverity));
        Assert.All(findings, d => Assert.True(d.DefaultSeverity >= DiagnosticSeverity.Warning, d.Id));
        Assert.Contains(suggestions, d => d.Id == RuleIdentifiers.AnonymousCreate);
        Assert.Equal(
            AllChecks.Create().SelectMany(check => check.SupportedDiagnostics).Select(d => d.Id).OrderBy(id => id),
            findings.Concat(suggestions).Select(d => d.Id).OrderBy(id => id));
    }

    [Fact]
    public void EachCheckReportsOneId_AndEachIdComesFromOneCheck()
    {
        var idsByCheck = AllChecks.Create().Select(check => (Check: check.GetType().Name, Ids: check.SupportedDiagnostics.Select(d => d.Id).Distinct().ToList())).ToList();

        Assert.All(idsByCheck, entry => Assert.True(entry.Ids.Count == 1, $"{entry.Check} reports {string.Join(", ", entry.Ids)}: one check per ID, so that a rule is found by its ID."));
        Assert.Equal(idsByCheck.Count, idsByCheck.Select(entry => entry.Ids[0]).Distinct().Count());
        Assert.Equal(idsByCheck.Select(entry => entry.Ids[0]).OrderBy(id => id, StringComparer.Ordinal), idsByCheck.Select(entry => entry.Ids[0]));
    }

    [Fact]
    public void IdsAreUnique_AndARuleInBothAnalyzers_IsTheSameRuleAtTwoSeverities()
    {
        var package = SecurityModelAnalyzer.Package();
        Assert.All(package, analyzer => Assert.Equal(analyzer.SupportedDiagnostics.Length, analyzer.SupportedDiagnostics.Select(d => d.Id).Distinct().Count()));

        var inBoth = s_descriptors.GroupBy(d => d.Id).Where(group => group.Count() > 1).ToList();
        Assert.Equal(
            [RuleIdentifiers.AllMembersCoversFutureMembers, RuleIdentifiers.AllowedRolesWithoutClientCaller],
            inBoth.Select(group => group.Key).OrderBy(id => id, StringComparer.Ordinal));
        Assert.All(inBoth, group =>
        {
            var warning = Assert.Single(package[0].SupportedDiagnostics, d => d.Id == group.Key);
            var suggestion = Assert.Single(package[1].SupportedDiagnostics, d => d.Id == group.Key);
            Assert.Equal(DiagnosticSeverity.Warning, warning.DefaultSeverity);
            Assert.Equal(DiagnosticSeverity.Info, suggestion.DefaultSeverity);
            Assert.Equal(
                (warning.Title, warning.MessageFormat, warning.Description, warning.Category, warning.HelpLinkUri, warning.IsEnabledByDefault, string.Join(",", warning.CustomTags)),
                (suggestion.Title, suggestion.MessageFormat, suggestion.Description, suggestion.Category, suggestion.HelpLinkUri, suggestion.IsEnabledByDefault, string.Join(",", suggestion.CustomTags)));
        });
    }
}
