using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Abstractions;

namespace AccessRulesAnalyzer.Tests.Robustness;

/// <summary>
/// Mutants of the samples and test sources through every analyzer and fix of the package: no analyzer exception,
/// fixed documents parse, and fixes converge. ACCESSRULES_FUZZ_MUTANTS sets how many (2,000 by default).
/// </summary>
public class FuzzTests
{
    private const int Seed = 20261122;
    private readonly ITestOutputHelper _output;

    public FuzzTests(ITestOutputHelper output) => _output = output;

    internal static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } = typeof(SecurityModelAnalyzer).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    private static ImmutableArray<CodeFixProvider> Fixes { get; } = typeof(CodeFixes.AddOwnerConstraintCodeFixProvider).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t))
        .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    /// <summary>The sample applications and a few test sources: the corpus mutants are made from.</summary>
    internal static IReadOnlyList<string> Corpus()
    {
        var root = Repository.Root;
        return Directory.GetFiles(Path.Combine(root, "samples"), "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(root, "tests", "AccessRulesAnalyzer.EndToEnd.Tests", "Samples"), "*.cs", SearchOption.AllDirectories))
            .Where(path => !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Select(File.ReadAllText)
            .Append(Sources.ShopRoles + """
                [Entity("Shop", StoreOwner = true)]
                [AccessRule("Shop.Customer", "Shop.Guest", Create = true, Delete = true, ReadWrite = [nameof(Quantity)], Read = ["Note"])]
                [AccessRule("Shop.Guest", AllMembers = MemberAccess.Read, XPath = "[Shop.CartLine_Customer/Shop.Customer[Active = true()] = '[%CurrentUser%]' or not(Quantity > 3)]")]
                public class CartLine : Base { public int Quantity { get; set; } public Customer? Customer { get; set; } public List<CartLine> Others { get; set; } = new(); }

                [Entity("Shop")] [AccessRule("Shop.Guest", AllMembers = MemberAccess.ReadWrite)] public class Base { public string? Note { get; set; } }
                [Entity("Shop")] public class Customer : SystemUser { [Calculated] public int Score => 1; }
                [Entity("Shop", Persistable = false)] [AccessRule("Shop.Guest", AllMembers = MemberAccess.ReadWrite, XPath = "[System.owner='[%CurrentUser%]']")] public class Form : FileDocument { }
                """)
            .Append(Sources.ShopRoles + """
                [Entity("Shop", StoreOwner = true, StoreCreatedDate = true)]
                [AccessRule("Shop.Guest", Read = [nameof(Status), "createdDate"], ReadWrite = [nameof(Note)], XPath = "[System.owner = '[%CurrentUser%]']")]
                [AccessRule("Shop.Customer", AllMembers = MemberAccess.Read)]
                public class Order { public string? Status { get; set; } public string? Note { get; set; } public Customer? Customer { get; set; } }
                [Entity("Shop")] public class Customer : SystemUser { }

                public class Flows
                {
                    [Microflow("Shop", AllowedRoles = ["Shop.Guest", "Shop.Customer"], Url = "orders/find")]
                    [Retrieves(typeof(Order), XPath = "[Shop.Order_Customer = $customer and Status = $currentUser/Name]")]
                    [Changes(typeof(Order), nameof(Order.Note), Parameter = "order")]
                    [Deletes(typeof(Order))]
                    public static List<Order> ACT_Find(Customer customer, Order order) { SUB_Find<int>(); new Flows().SUB_Log(); return []; }

                    [Microflow("Shop", ApplyEntityAccess = false)]
                    [Retrieves(typeof(Order))]
                    [Creates(typeof(FileDocument))]
                    [Calls("Shop.ACT_Find")]
                    public static void SUB_Find<T>() { }

                    [Microflow("Shop", Name = "SUB_Log")]
                    public void SUB_Log() { }

                    [Nanoflow("Shop", AllowedRoles = ["Shop.Guest"])]
                    [Calls("Shop.ACT_Find")]
                    public static void NF_Open() => ACT_Find(null!, null!);
                }

                [Page("Shop", VisibleFor = ["Shop.Guest", "Shop.Customer"], Url = "orders")]
                [Shows(typeof(Order), XPath = "[System.owner = '[%CurrentUser%]']", Members = [nameof(Order.Status), "createdDate", "Missing"])]
                [Shows(typeof(Order), DataSource = "Shop.ACT_Find")]
                [Calls("Shop.NF_Open")]
                public class OrdersPage { }

                [PublishedService(ServiceKind.OData, "Shop", RequiresAuthentication = false, AllowedRoles = ["Shop.Guest", "Shop.Customer"], Location = "odata/orders/v1")]
                [Publishes(typeof(Order), Capabilities = EntityCapabilities.Readable | EntityCapabilities.Updatable, Members = [nameof(Order.Status)])]
                [Operation("Shop.ACT_Find", Method = "GET", Path = "find")]
                public class OrdersApi { }
                """)
            .ToList();
    }

    [Fact]
    public void MutantsNeverMakeAnAnalyzerThrow_AndFixedMutantsParseAndConverge()
    {
        var count = int.TryParse(Environment.GetEnvironmentVariable("ACCESSRULES_FUZZ_MUTANTS"), out var requested) ? requested : 2_000;
        // A long run may start past the mutants an earlier one tried; every failure names its mutant's number.
        var first = int.TryParse(Environment.GetEnvironmentVariable("ACCESSRULES_FUZZ_FIRST"), out var start) ? start : 0;
        var corpus = Corpus();
        var failures = new ConcurrentQueue<string>();
        var fixesApplied = 0;
        var compilerCrashes = 0;
        System.Threading.Tasks.Parallel.For(first, first + count, new System.Threading.Tasks.ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var mutator = new Mutator(Seed + i);
            if (Mutate(mutator, corpus[i % corpus.Count]) is not { } mutated)
            {
                Interlocked.Increment(ref compilerCrashes);
                return;
            }

            var mutant = $"// mutant {i}\n" + mutated;
            var project = TestProject.Create(new[] { mutant }, Analyzers.SelectMany(a => a.SupportedDiagnostics));
            if (!Compiles(project))
            {
                // The compiler itself fails on a few mutants (it does on hand-typed input too): no analyzer runs then.
                Interlocked.Increment(ref compilerCrashes);
                return;
            }

            var diagnostics = Analyze(project, failures, mutant);
            if (i % 10 == 0 && diagnostics.Any(d => Fixes.Any(f => f.FixableDiagnosticIds.Contains(d.Id))))
            {
                CheckFixes(project, diagnostics, failures, mutant);
                Interlocked.Increment(ref fixesApplied);
            }
        });

        _output.WriteLine($"{count - compilerCrashes} mutants analyzed ({compilerCrashes} more crashed the compiler itself), fixes checked on {fixesApplied}, {failures.Count} failures.");
        if (Environment.GetEnvironmentVariable("ACCESSRULES_FUZZ_FAILURES") is { Length: > 0 } path)
        {
            System.IO.File.WriteAllText(path, string.Join("\n\n", failures));
        }

        Assert.True(failures.IsEmpty, string.Join("\n\n", failures.Take(3)));
    }

    /// <summary>The mutant, or null when the compiler's parser throws on a text between two mutations (it does on a few, as on hand-typed input).</summary>
    private static string? Mutate(Mutator mutator, string source)
    {
        try
        {
            return mutator.Mutate(source);
        }
        catch (Exception exception) when (exception.TargetSite?.DeclaringType?.Assembly == typeof(Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree).Assembly)
        {
            return null;
        }
    }

    private static bool Compiles(Project project)
    {
        try
        {
            return project.GetCompilationAsync().Result is not null;
        }
        catch (AggregateException exception) when (exception.InnerException is not Xunit.Sdk.XunitException)
        {
            return false;
        }
    }

    private static ImmutableArray<Diagnostic> Analyze(Project project, ConcurrentQueue<string> failures, string mutant)
    {
        var compilation = project.GetCompilationAsync().Result!;
        var exceptions = new ConcurrentQueue<Exception>();
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), (e, _, _) => exceptions.Enqueue(e), concurrentAnalysis: false, logAnalyzerExecutionTime: false);
        var diagnostics = compilation.WithAnalyzers(Analyzers, options).GetAnalyzerDiagnosticsAsync(CancellationToken.None).Result;
        foreach (var exception in exceptions)
        {
            failures.Enqueue($"Analyzer exception on mutant:\n{Shorten(mutant)}\n{exception}");
        }

        return diagnostics;
    }

    /// <summary>Each fix offered: the document still parses as well as before, and Fix All twice changes nothing the second time.</summary>
    private static void CheckFixes(Project project, ImmutableArray<Diagnostic> diagnostics, ConcurrentQueue<string> failures, string mutant)
    {
        var document = project.Documents.Single();
        var errorsBefore = SyntaxErrors(document);
        foreach (var fix in Fixes)
        {
            var diagnostic = diagnostics.FirstOrDefault(d => fix.FixableDiagnosticIds.Contains(d.Id) && d.Location.IsInSource);
            if (diagnostic is null)
            {
                continue;
            }

            var actions = new List<CodeAction>();
            fix.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (a, _) => actions.Add(a), CancellationToken.None)).Wait();
            foreach (var action in actions)
            {
                var fixedDocument = Apply(document, action);
                if (SyntaxErrors(fixedDocument) > errorsBefore)
                {
                    failures.Enqueue($"Fix '{action.Title}' broke the syntax of:\n{Shorten(mutant)}\ninto:\n{Shorten(fixedDocument.GetTextAsync().Result.ToString())}");
                }

                var once = FixAll(fix, fixedDocument, action.EquivalenceKey);
                var twice = FixAll(fix, once, action.EquivalenceKey);
                if (once.GetTextAsync().Result.ToString() != twice.GetTextAsync().Result.ToString())
                {
                    failures.Enqueue($"Fix All of '{action.Title}' changed the document a second time:\n{Shorten(mutant)}");
                }
            }
        }
    }

    private static Document FixAll(CodeFixProvider fix, Document document, string? equivalenceKey)
    {
        var diagnostics = Analyze(document.Project, new ConcurrentQueue<string>(), string.Empty).Where(d => fix.FixableDiagnosticIds.Contains(d.Id)).ToImmutableArray();
        if (diagnostics.IsEmpty || fix.GetFixAllProvider() is not { } provider)
        {
            return document;
        }

        var context = new FixAllContext(document, fix, FixAllScope.Document, equivalenceKey, fix.FixableDiagnosticIds, new FixedDiagnostics(diagnostics), CancellationToken.None);
        return provider.GetFixAsync(context).Result is { } action ? Apply(document, action) : document;
    }

    private static Document Apply(Document document, CodeAction action)
    {
        var operation = action.GetOperationsAsync(CancellationToken.None).Result.OfType<ApplyChangesOperation>().Single();
        return operation.ChangedSolution.GetDocument(document.Id)!;
    }

    private static int SyntaxErrors(Document document) =>
        document.GetSyntaxTreeAsync().Result!.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);

    private static string Shorten(string text) => text.Length <= 2_000 ? text : text[..2_000] + "…";

    private sealed class FixedDiagnostics : FixAllContext.DiagnosticProvider
    {
        private readonly ImmutableArray<Diagnostic> _diagnostics;

        public FixedDiagnostics(ImmutableArray<Diagnostic> diagnostics) => _diagnostics = diagnostics;

        public override System.Threading.Tasks.Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            System.Threading.Tasks.Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);

        public override System.Threading.Tasks.Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            System.Threading.Tasks.Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics.Where(d => d.Location.IsInSource));

        public override System.Threading.Tasks.Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            System.Threading.Tasks.Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics.Where(d => !d.Location.IsInSource));
    }
}
