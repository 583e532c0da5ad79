using System;
using System.Collections.Generic;
using System.Linq;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;
using AccessRulesAnalyzer.XPath;
using Xunit.Abstractions;

namespace AccessRulesAnalyzer.Tests.Model.Scope;

/// <summary>
/// The user-scope verdict proven against an evaluator: for every generated constraint the analyzer calls
/// user-scoped, no object graph has an object that the constraint matches and that is not tied to the current user.
/// The fixed seed and count run in every test run; <c>ACCESSRULES_SCOPE_CASES=20000 ACCESSRULES_SCOPE_SEED=7 dotnet
/// test --filter UserScopePropertyTests</c> searches longer. Over-strict verdicts (not scoped, yet no counterexample
/// found) are counted, not failed: docs/testing.md records them.
/// </summary>
public class UserScopePropertyTests
{
    private const int GraphCount = 150;

    private readonly ITestOutputHelper _output;

    public UserScopePropertyTests(ITestOutputHelper output) => _output = output;

    private static int Cases => int.TryParse(Environment.GetEnvironmentVariable("ACCESSRULES_SCOPE_CASES"), out var cases) ? cases : 600;

    private static int Seed => int.TryParse(Environment.GetEnvironmentVariable("ACCESSRULES_SCOPE_SEED"), out var seed) ? seed : 20261204;

    [Fact]
    public void EveryConstraintCalledUserScoped_HasNoCounterexample()
    {
        var result = Search(rule => rule.IsUserScoped, Seed, Cases);

        _output.WriteLine($"{result.Judged} constraints: {result.Scoped} user-scoped, {result.OverStrict.Count} called not scoped without a counterexample found.");
        foreach (var overStrict in result.OverStrict.Take(40))
        {
            _output.WriteLine("  over-strict? " + overStrict);
        }

        Assert.True(result.Unsound.Count == 0, "Unsound verdicts:\n" + string.Join("\n", result.Unsound));
        Assert.Equal(Cases, result.Judged);
        // Not vacuous: a good share of the generated constraints is user-scoped, and a good share is not.
        Assert.InRange(result.Scoped, Cases / 10, Cases - Cases / 10);
    }

    [Fact]
    public void AVerdictThatAcceptsABareFilter_IsCaught()
    {
        // A scope check that takes a filter such as [Status = 'Open'] for a user scope: the search must refute it.
        var result = Search(rule => rule.IsUserScoped || rule.XPath!.Groups.Any(group => group is XPathComparison { Left: XPathPath { Steps.Length: 1 } }), Seed, Cases);

        Assert.NotEmpty(result.Unsound);
    }

    [Fact]
    public void AVerdictThatLetsAPathThroughUserRolesScope_IsCaught()
    {
        // The class of verdict that was unsound before: a path to the user through a role many users share.
        var result = Search(rule => rule.IsUserScoped || rule.XPath!.Text.Contains("System.UserRole/System.UserRoles = '[%CurrentUser%]'", StringComparison.Ordinal), Seed, Cases);

        Assert.Contains(result.Unsound, unsound => unsound.Contains("System.UserRole/System.UserRoles", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(ScopeSchema.Ticket, "[System.owner = '[%CurrentUser%]']", false)]
    [InlineData(ScopeSchema.Ticket, "[Status = 'Open']", true)]
    [InlineData(ScopeSchema.Ticket, "[not(System.owner = '[%CurrentUser%]')]", true)]
    [InlineData(ScopeSchema.Ticket, "[Shop.Ticket_Order/Shop.Order[System.owner = '[%CurrentUser%]'] = empty]", true)]
    [InlineData(ScopeSchema.Ticket, "[Shop.Ticket_Order/Shop.Order[System.owner = '[%CurrentUser%]'] != empty]", false)]
    [InlineData(ScopeSchema.Customer, "[System.UserRoles/System.UserRole/System.UserRoles = '[%CurrentUser%]']", true)]
    [InlineData(ScopeSchema.Customer, "[id = '[%CurrentUser%]']", false)]
    [InlineData(ScopeSchema.Order, "[Status = 'a' and Status = 'b']", false)]
    public void TheEvaluator_FindsACounterexample_ExactlyWhereOneExists(string entity, string constraint, bool counterexample)
    {
        var parsed = XPathParser.Parse(constraint);
        Assert.Empty(parsed.Errors);
        Assert.Equal(counterexample, FindCounterexample(parsed, entity, Graphs(Seed)) is not null);
    }

    private sealed record SearchResult(int Judged, int Scoped, List<string> Unsound, List<string> OverStrict);

    private static SearchResult Search(Func<AccessRule, bool> verdict, int seed, int count)
    {
        var generator = new ConstraintGenerator(seed);
        var constraints = Enumerable.Range(0, count).Select(i => (Entity: ScopeSchema.RuleEntities[i % ScopeSchema.RuleEntities.Length], Text: string.Empty)).ToArray();
        for (var i = 0; i < constraints.Length; i++)
        {
            constraints[i].Text = generator.Constraint(constraints[i].Entity);
        }

        var source = ScopeSchema.Source;
        foreach (var entity in ScopeSchema.RuleEntities)
        {
            var rules = constraints.Where(c => c.Entity == entity).Select(c => $"[AccessRule(\"Shop.Guest\", Delete = true, XPath = \"{c.Text}\")]");
            source = source.Replace("RULES_" + entity.Substring("Shop.".Length) + "\n", string.Join("\n", rules) + "\n");
        }

        var model = SecurityModel.For(TestProject.Compilation(source))!;
        var graphs = Graphs(seed);
        var (judged, scoped) = (0, 0);
        var unsound = new List<string>();
        var overStrict = new List<string>();
        foreach (var entity in model.AppEntities.Where(e => ScopeSchema.RuleEntities.Contains(e.QualifiedName)))
        {
            foreach (var rule in entity.Rules)
            {
                // Every generated constraint is well-formed: one that does not bind is a generator bug.
                Assert.True(rule.HasValidConstraint, $"{rule.XPath!.Text} on {entity.QualifiedName} does not parse or bind.");
                judged++;
                var isScoped = verdict(rule);
                scoped += isScoped ? 1 : 0;
                var counterexample = FindCounterexample(rule.XPath!, entity.QualifiedName, graphs);
                if (isScoped && counterexample is not null)
                {
                    unsound.Add($"{entity.QualifiedName} {rule.XPath!.Text}: matches {counterexample}, not tied to the current user");
                }
                else if (!isScoped && counterexample is null)
                {
                    overStrict.Add($"{entity.QualifiedName} {rule.XPath!.Text}");
                }
            }
        }

        return new SearchResult(judged, scoped, unsound, overStrict);
    }

    private static ObjectGraph[] Graphs(int seed) => Enumerable.Range(0, GraphCount).Select(i => ObjectGraph.Random(new Random(seed + i))).ToArray();

    /// <summary>An object of <paramref name="entity"/>, in one of the graphs, that the constraint matches and that is not tied to the current user.</summary>
    private static string? FindCounterexample(XPathConstraint constraint, string entity, ObjectGraph[] graphs)
    {
        for (var i = 0; i < graphs.Length; i++)
        {
            foreach (var candidate in graphs[i].ObjectsOf(entity))
            {
                if (graphs[i].Matches(constraint, candidate) && !graphs[i].IsTiedToCurrentUser(candidate))
                {
                    return $"{candidate} of graph {i}";
                }
            }
        }

        return null;
    }
}
