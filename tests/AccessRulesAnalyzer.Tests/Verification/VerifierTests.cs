using System;
using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Sdk;
using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Rules.AnonymousWriteWithoutConstraintCheck>;

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
        await Assert.ThrowsAnyAsync<XunitException>(() => Verify.VerifyAnalyzerAsync(Insecure));

    [Fact]
    public async Task UnexpectedDiagnostic_Fails() =>
        await Assert.ThrowsAnyAsync<XunitException>(() => Verify.VerifyAnalyzerAsync(Sources.ShopRoles + """
            [Entity("Shop", StoreOwner = true)]
            [[|AccessRule("Shop.Guest", ReadWrite = [nameof(Quantity)], XPath = "[System.owner='[%CurrentUser%]']")|]]
            public class CartLine { public int Quantity { get; set; } }
            """));

    [Fact]
    public async Task WrongMessageArguments_Fail() =>
        await Assert.ThrowsAnyAsync<XunitException>(() => Verify.VerifyAnalyzerAsync(Insecure, Verify.Diagnostic().WithLocation(0).WithArguments("'Shop.Guest'", "'Note'", "Shop.CartLine", Sources.StoreOwnerHint("Shop.CartLine"))));

    [Fact]
    public async Task RightMessageArguments_Pass() =>
        await Verify.VerifyAnalyzerAsync(Insecure, Verify.Diagnostic().WithLocation(0).WithArguments("'Shop.Guest'", "'Quantity'", "Shop.CartLine", Sources.StoreOwnerHint("Shop.CartLine")));

    [Fact]
    public async Task CompilerErrorInTheSource_Fails() =>
        await Assert.ThrowsAnyAsync<XunitException>(() => Verify.VerifyAnalyzerAsync("class C { int x = ; }"));

    [Fact]
    public async Task AnalyzerException_Fails() =>
        await Assert.ThrowsAnyAsync<XunitException>(() => CSharpAnalyzerVerifier<ThrowingCheck>.VerifyAnalyzerAsync("class C { }"));

    [Fact]
    public async Task FixThatChangesNothing_Fails() =>
        await Assert.ThrowsAnyAsync<XunitException>(() =>
            CSharpCodeFixVerifier<AccessRulesAnalyzer.Rules.AnonymousWriteWithoutConstraintCheck, CommentingFix>.VerifyCodeFixAsync(
                Insecure.Replace("{|#0:", "[|").Replace("|}]", "|]]"),
                Insecure.Replace("{|#0:", string.Empty).Replace("|}]", "]").Replace("public class", "// fixed\npublic class")));

    /// <summary>A check that throws when the driver runs it.</summary>
    public sealed class ThrowingCheck : SecurityCheck
    {
        private static readonly DiagnosticDescriptor s_rule = new("TEST1", "Test", "Test", "Test", DiagnosticSeverity.Warning, true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(s_rule);

        internal override void Register(CheckRegistrations context, AccessRulesAnalyzer.Model.SecurityModel model) =>
            context.RegisterAppRule(s_rule, () => throw new InvalidOperationException("boom"));
    }

    /// <summary>A "fix" that adds a comment and leaves the diagnostic in place.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp)]
    [Shared]
    public sealed class CommentingFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("AR0002");

        public override FixAllProvider? GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            context.RegisterCodeFix(
                CodeAction.Create("Comment", async ct =>
                {
                    var text = await context.Document.GetTextAsync(ct);
                    return context.Document.WithText(text.Replace(0, 0, "// fixed\n"));
                }, "Comment"),
                context.Diagnostics);
            return Task.CompletedTask;
        }
    }
}
