using System.Collections.Generic;
using System;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Sdk;
using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.AnonymousWriteWithoutConstraintCheck>;

namespace AccessRulesAnalyzer.Tests.Verification;

/// <summary>The verifier itself fails where it must: a verifier that cannot fail proves nothing.</summary>
public class VerifierTests
{
    private const string Insecure = Sources.ShopRoles + """
        [Entity("Shop")]
        [{|#0:AccessRule("Shop.Guest", ReadWrite = [nameof(Quantity)])|}]
        public class CartLine { public int Quantity { get; set; } }
        """;

    [Fact]
    public async Task MissingDiagnostic_Fails() =>
        await AssertFails(() => Verify.VerifyAnalyzerAsync(Insecure));

    [Fact]
    public async Task UnexpectedDiagnostic_Fails() =>
        await AssertFails(() => Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop", StoreOwner = true)]
            [[|AccessRule("Shop.Guest", ReadWrite = [nameof(Quantity)], XPath = "[System.owner='[%CurrentUser%]']")|]]
            public class CartLine { public int Quantity { get; set; } }
            """));

    [Fact]
    public async Task WrongMessageArguments_Fail() =>
        await AssertFails(() => Verify.VerifyAnalyzerAsync(Insecure, Verify.Diagnostic().WithLocation(0).WithArguments("'Shop.Guest'", "'Note'", "Shop.CartLine", Sources.StoreOwnerHint("Shop.CartLine"))));

    [Fact]
    public async Task RightMessageArguments_Pass() =>
        await Verify.VerifyAnalyzerAsync(Insecure, Verify.Diagnostic().WithLocation(0).WithArguments("'Shop.Guest'", "'Quantity'", "Shop.CartLine", Sources.StoreOwnerHint("Shop.CartLine")));

    [Fact]
    public async Task CompilerErrorInTheSource_Fails() =>
        await AssertFails(() => Verify.VerifyAnalyzerAsync("class C { int x = ; }"));

    [Fact]
    public async Task AnalyzerException_Fails() =>
        await AssertFails(() => CSharpAnalyzerVerifier<ThrowingCheck>.VerifyAnalyzerAsync("class C { }"));

    [Fact]
    public async Task FixThatChangesNothing_Fails() =>
        await AssertFails(() =>
            CSharpCodeFixVerifier<AccessRulesAnalyzer.Checks.AnonymousWriteWithoutConstraintCheck, CommentingFix>.VerifyCodeFixAsync(
                Insecure.Replace("{|#0:", "[|").Replace("|}]", "|]]"),
                Insecure.Replace("{|#0:", string.Empty).Replace("|}]", "]").Replace("public class", "// fixed\npublic class")));

    [Fact]
    public async Task AFixThatRaisesAnotherChecksFinding_Fails()
    {
        // The check under test sees its finding fixed; only our layer runs every check on the fixed code.
        var failure = await Assert.ThrowsAnyAsync<XunitException>(() =>
            CSharpCodeFixVerifier<AccessRulesAnalyzer.Checks.AnonymousWriteWithoutConstraintCheck, UnknownRoleFix>.VerifyCodeFixAsync(
                Insecure.Replace("{|#0:", "[|").Replace("|}]", "|]]"),
                Insecure.Replace("{|#0:", string.Empty).Replace("|}]", "]").Replace("AccessRule(\"Shop.Guest\"", "AccessRule(\"Shop.Nobody\"")));
        Assert.Contains("raises new diagnostics", failure.Message);
        Assert.Contains("AR1001", failure.Message);
    }

    [Fact]
    public async Task AFixTitledOtherwiseThanItsRulePage_Fails()
    {
        var failure = await Assert.ThrowsAnyAsync<XunitException>(() =>
            CSharpCodeFixVerifier<AccessRulesAnalyzer.Checks.AnonymousWriteWithoutConstraintCheck, MistitledFix>.VerifyCodeFixAsync(
                Insecure.Replace("{|#0:", "[|").Replace("|}]", "|]]"),
                Insecure.Replace("{|#0:", string.Empty).Replace("|}]", "]").Replace("public class", "// fixed\npublic class")));
        Assert.Contains("titled 'Comment the rule', but docs/rules/AR0002.md names it 'Add owner constraint", failure.Message);
    }

    [Fact]
    public async Task ADiagnosticTheIdeDoesNotGetPerDocument_Fails()
    {
        var project = TestProject.Create(new[] { "class C { }" }, new[] { LateAnalyzer.Rule });
        var failure = await Assert.ThrowsAnyAsync<XunitException>(() => AnalyzerRunner.RunAsync(project, ImmutableArray.Create<DiagnosticAnalyzer>(new LateAnalyzer())));
        Assert.Contains("Not reported live", failure.Message);
    }

    /// <summary>The framework reports a mismatch with InvalidOperationException (DefaultVerifier), our layer with xunit's asserts.</summary>
    private static async Task AssertFails(Func<Task> verification)
    {
        var failure = await Record.ExceptionAsync(verification);
        Assert.True(failure is InvalidOperationException or XunitException, $"Expected the verification to fail, got {failure?.GetType().Name ?? "success"}.");
    }

    /// <summary>A check that throws when the driver runs it.</summary>
    internal sealed class ThrowingCheck() : AppCheck(new DiagnosticDescriptor("TEST1", "Test", "Test", "Test", DiagnosticSeverity.Warning, true))
    {
        private protected override IEnumerable<AccessRulesAnalyzer.Driver.Finding> Analyze(AccessRulesAnalyzer.Model.SecurityModel model) =>
            throw new InvalidOperationException("boom");
    }

    /// <summary>A "fix" that adds a comment and leaves the diagnostic in place, under the title the rule page gives.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp)]
    [Shared]
    public class CommentingFix : CodeFixProvider
    {
        private protected virtual string Title => "Add owner constraint";

        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("AR0002");

        public override FixAllProvider? GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            context.RegisterCodeFix(
                CodeAction.Create(Title, async ct =>
                {
                    var text = await context.Document.GetTextAsync(ct);
                    return context.Document.WithText(text.Replace(0, 0, "// fixed\n"));
                }, Title),
                context.Diagnostics);
            return Task.CompletedTask;
        }
    }

    /// <summary>The same, under a title the rule page does not give.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp)]
    [Shared]
    public sealed class MistitledFix : CommentingFix
    {
        private protected override string Title => "Comment the rule";
    }

    /// <summary>A "fix" that renames the anonymous role to one nobody declared: AR0002 goes, AR1001 comes.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp)]
    [Shared]
    public sealed class UnknownRoleFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("AR0002");

        public override FixAllProvider? GetFixAllProvider() => null;

        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            context.RegisterCodeFix(
                CodeAction.Create("Add owner constraint", async ct =>
                {
                    var text = (await context.Document.GetTextAsync(ct)).ToString();
                    var rule = text.IndexOf("AccessRule(\"Shop.Guest\"", StringComparison.Ordinal);
                    return context.Document.WithText(Microsoft.CodeAnalysis.Text.SourceText.From(text.Remove(rule, 23).Insert(rule, "AccessRule(\"Shop.Nobody\"")));
                }, "Add owner constraint"),
                context.Diagnostics);
            return Task.CompletedTask;
        }
    }

    /// <summary>Reports an ordinary (not CompilationEnd) diagnostic only at the end of the compilation, which the IDE never asks for live.</summary>
#pragma warning disable RS1013, RS1037 // a deliberately wrong analyzer
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class LateAnalyzer : DiagnosticAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = new("TEST3", "Test", "Test", "Test", DiagnosticSeverity.Warning, true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start => start.RegisterCompilationEndAction(end =>
                end.ReportDiagnostic(Diagnostic.Create(Rule, end.Compilation.SyntaxTrees.First().GetRoot().GetLocation()))));
        }
    }
#pragma warning restore RS1013, RS1037
}
