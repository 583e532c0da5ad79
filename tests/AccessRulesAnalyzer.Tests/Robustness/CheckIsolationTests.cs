using System.Collections.Generic;
using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AccessRulesAnalyzer.Tests.Robustness;

/// <summary>
/// All checks run in one analyzer: a check that throws must not take the other checks' findings with it, and the
/// driver must still see the exception (AD0001), as it did when each rule was an analyzer of its own.
/// </summary>
public class CheckIsolationTests
{
    // AR0002 on the rule, and AR0001 on the anonymous user role: a named user role reuses its module role.
    private const string Source = Sources.ShopRoles + """
        [assembly: UserRole("Member", "Shop.Guest")]

        [Entity("Shop")]
        [AccessRule("Shop.Guest", ReadWrite = [nameof(Quantity)])]
        public class CartLine { public int Quantity { get; set; } }
        """;

    [Fact]
    public async Task AnEntityCheckThatThrows_LeavesTheOtherChecksFindings()
    {
        var (diagnostics, exceptions) = await RunAsync(new ThrowingEntityCheck(), new AnonymousWriteWithoutConstraintCheck());

        Assert.Contains(diagnostics, d => d.Id == "AR0002");
        Assert.NotEmpty(exceptions);
        Assert.All(exceptions, exception => Assert.Equal("entity check failed", exception.Message));
    }

    [Fact]
    public async Task AnAppCheckThatThrows_LeavesTheOtherChecksFindings()
    {
        var (diagnostics, exceptions) = await RunAsync(new VerifierTests.ThrowingCheck(), new AnonymousRoleReusesNamedModuleRoleCheck());

        Assert.Contains(diagnostics, d => d.Id == "AR0001");
        Assert.NotEmpty(exceptions);
        Assert.All(exceptions, exception => Assert.Equal("boom", exception.Message));
    }

    private static async Task<(ImmutableArray<Diagnostic> Diagnostics, Exception[] Exceptions)> RunAsync(params SecurityCheck[] checks)
    {
        var analyzer = new SecurityModelAnalyzer(checks);
        var project = TestProject.Create(new[] { Source }, analyzer.SupportedDiagnostics);
        var compilation = (await project.GetCompilationAsync())!;
        var exceptions = new ConcurrentQueue<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, _, _) => exceptions.Enqueue(exception),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(analyzer), options).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        return (diagnostics, exceptions.ToArray());
    }

    private static readonly DiagnosticDescriptor s_rule = new("TEST2", "Test", "Test", "Test", DiagnosticSeverity.Warning, true);

    private sealed class ThrowingEntityCheck() : EntityCheck(s_rule)
    {
        private protected override void Analyze(SecurityModel model, EntityModel entity, List<Finding> findings) =>
            throw new InvalidOperationException("entity check failed");
    }
}
