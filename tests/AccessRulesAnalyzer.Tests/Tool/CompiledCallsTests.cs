using System.Collections.Immutable;
using System.IO;
using System.Linq;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;
using AccessRulesAnalyzer.Tool;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AccessRulesAnalyzer.Tests.Tool;

/// <summary>An app given to the tool as a built assembly: its flows' calls in code are read from IL, and must be the ones the analyzer reads from source.</summary>
public class CompiledCallsTests
{
    private const string Library = """
        using AccessRules;

        [assembly: ModuleRole("Catalogue.Reader")]

        namespace Catalogue
        {
            public static class CatalogueFlows
            {
                [Microflow("Catalogue")]
                public static void SUB_Products() { }

                [Microflow("Catalogue")]
                public static void SUB_Of<T>() { }

                public static class Nested
                {
                    [Microflow("Catalogue")]
                    public static void SUB_Deep() { }
                }
            }
        }

        public static class GlobalFlows
        {
            [Microflow("Catalogue")]
            public static void SUB_Global() { }
        }
        """;

    // Every shape of call the analyzer reads from a body, and shapes that are no call.
    private const string App = """
        using System;
        using System.Linq;
        using AccessRules;

        [assembly: ModuleRole("Shop.Guest")]
        [assembly: UserRole("Guest", "Shop.Guest")]
        [assembly: AnonymousUsers("Guest")]

        namespace Shop
        {
            [Entity("Shop")]
            [AccessRule("Shop.Guest", Read = [nameof(Number)])]
            public class Order { public string? Number { get; set; } }

            public class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                public static void ACT_Direct() => SUB_Find();

                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                public static void ACT_Qualified() { Flows.SUB_Find(); global::Shop.Other.SUB_Other(); }

                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                public static void ACT_Instance() { new Flows().SUB_Instance(); }

                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                public static void ACT_Conditional(Flows? flows) { flows?.SUB_Instance(); }

                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                public static void ACT_InArguments() { Console.WriteLine($"{SUB_Value()}"); Helper(SUB_Value()); }

                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                public static void ACT_Shapes(int[] numbers)
                {
                    var kind = numbers.Length switch { 0 => SUB_Value(), _ when SUB_Value() > 1 => 2, _ => 3 };
                    foreach (var number in numbers.Select(n => n + SUB_Value())) { }
                    var list = new System.Collections.Generic.List<int> { SUB_Value() };
                    System.Linq.Expressions.Expression<Action> tree = () => SUB_Find();
                    Action old = delegate { Other.SUB_Other(); };
                    System.Threading.Tasks.Task.Run(() => SUB_Count(kind)).Wait();
                    static void Local() => SUB_Instance2();
                    Local();
                }

                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                public static void ACT_AfterATypesToken() { var type = typeof(Order); SUB_Count(type.Name.Length); }

                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                public static void ACT_LocalNamedAsAFlow() { SUB_Find(); static void SUB_Find() { } }

                [Microflow("Shop")]
                public static void SUB_Instance2() { }

                [Microflow("Shop")]
                public static int SUB_Value() => 1;

                public static void Helper(int value) { }

                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                public static void ACT_Lambda() { Action run = () => SUB_Find(); run(); }

                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                public static void ACT_LocalFunction() { void Local() => Other.SUB_Other(); Local(); }

                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                public static void ACT_Capturing(int count) { Func<int> twice = () => { SUB_Count(count); return count * 2; }; twice(); }

                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                public static void ACT_MethodGroup() { Action run = SUB_Find; run(); }

                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                public static void ACT_Helper() { Get(1); Helper(); }

                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                public static void ACT_Overload() { Get(); }

                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                public static void ACT_Library() { Catalogue.CatalogueFlows.SUB_Products(); }

                // Another assembly's nested class, global namespace and generic method; this one's global and nested generic classes.
                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                public static void ACT_Names() { Catalogue.CatalogueFlows.Nested.SUB_Deep(); GlobalFlows.SUB_Global(); Catalogue.CatalogueFlows.SUB_Of<int>(); GlobalGeneric<int>.SUB_InGlobal(); Outer.InnerGeneric<int>.SUB_InNested(); }

                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                public static void ACT_RecursiveLocal() { Count(3); void Count(int n) { if (n > 0) Count(n - 1); SUB_Find(); } }

                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                public static async System.Collections.Generic.IAsyncEnumerable<int> ACT_AsyncIterator() { await System.Threading.Tasks.Task.Yield(); Other.SUB_Other(); yield return 1; }

                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                public static void ACT_LongSwitch(int choice)
                {
                    switch (choice)
                    {
                        case 0: Console.WriteLine(0); break; case 1: Console.WriteLine(1); break; case 2: Console.WriteLine(2); break;
                        case 3: Console.WriteLine(3); break; case 4: Console.WriteLine(4); break; case 5: Console.WriteLine(5); break;
                        case 6: Console.WriteLine(6); break; case 7: Console.WriteLine(7); break; case 8: SUB_Count(8); break;
                        case 9: Console.WriteLine(9); break; case 10: Console.WriteLine(10); break; case 11: Other.SUB_Other(); break;
                    }
                }

                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                public static void ACT_Generic() { SUB_Generic<Order>(); }

                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                public static void ACT_Recursive(int depth) { if (depth > 0) ACT_Recursive(depth - 1); }

                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                public static void ACT_Branches(int choice) { switch (choice) { case 0: SUB_Find(); break; case 1: Other.SUB_Other(); break; case 2: SUB_Count(2); break; default: long big = 1L << 40; double half = 0.5; SUB_Count((int)(big * half)); break; } }

                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                public static async System.Threading.Tasks.Task ACT_Async() { await System.Threading.Tasks.Task.Yield(); SUB_Find(); }

                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                public static System.Collections.Generic.IEnumerable<int> ACT_Iterator() { Other.SUB_Other(); yield return 1; }

                [Microflow("Shop")]
                [Retrieves(typeof(Order))]
                public static void SUB_Find() { }

                [Microflow("Shop")]
                public void SUB_Instance() { }

                [Microflow("Shop")]
                public static void SUB_Count(int count) { }

                [Microflow("Shop")]
                public static void SUB_Generic<T>() { }

                [Microflow("Shop")]
                public static void Get() { }

                public static void Get(int id) { }

                public static void Helper() => Console.WriteLine("no flow");
            }

            public static class Other
            {
                [Microflow("Shop")]
                public static void SUB_Other() { }

                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                public static void ACT_GenericClass() { Generic<int>.SUB_InGeneric(); new Generic<string>().SUB_OnInstance(); Outer.Inner.SUB_Nested(); }
            }

            public static class Extensions
            {
                [Microflow("Shop")]
                public static void SUB_OnOrder(this Order order) { }

                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                public static void ACT_Extension(Order order) { order.SUB_OnOrder(); }
            }

            public class Derived : Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                public void ACT_Base() { base.SUB_Instance(); SUB_Count(1); }
            }

            public class Generic<T>
            {
                [Microflow("Shop")]
                public static void SUB_InGeneric() { }

                [Microflow("Shop")]
                public void SUB_OnInstance() { }
            }

            public static class Outer
            {
                public static class Inner
                {
                    [Microflow("Shop")]
                    public static void SUB_Nested() { }
                }

                public static class InnerGeneric<T>
                {
                    [Microflow("Shop")]
                    public static void SUB_InNested() { }
                }
            }
        }

        public static class GlobalGeneric<T>
        {
            [Microflow("Shop")]
            public static void SUB_InGlobal() { }
        }
        """;

    [Fact]
    public void EveryFlowsCalls_ReadFromTheBuiltAssembly_AreThoseReadFromSource()
    {
        var library = TestProject.Library("Catalogue", Library);
        var fromSource = SecurityModel.Create(TestProject.Compilation(App, library))!;
        var (fromAssembly, _) = Built(App, library);

        var expected = CallsOf(fromSource);
        Assert.Equal(expected, CallsOf(fromAssembly));

        // What the source says, so that neither side can be empty alike.
        Assert.Contains("Shop.ACT_Lambda → Shop.SUB_Find", expected);
        Assert.Contains("Shop.ACT_LocalFunction → Shop.SUB_Other", expected);
        Assert.Contains("Shop.ACT_Capturing → Shop.SUB_Count", expected);
        Assert.Contains("Shop.ACT_Instance → Shop.SUB_Instance", expected);
        Assert.Contains("Shop.ACT_Library → Catalogue.SUB_Products", expected);
        Assert.Contains("Shop.ACT_Generic → Shop.SUB_Generic", expected);
        Assert.Contains("Shop.ACT_Overload → Shop.Get", expected);
        Assert.Contains("Shop.ACT_Branches → Shop.SUB_Count", expected);
        Assert.Contains("Shop.ACT_Async → Shop.SUB_Find", expected);
        Assert.Contains("Shop.ACT_AsyncIterator → Shop.SUB_Other", expected);
        Assert.Contains("Shop.ACT_RecursiveLocal → Shop.SUB_Find", expected);
        Assert.Contains("Shop.ACT_LongSwitch → Shop.SUB_Count", expected);
        Assert.Contains("Shop.ACT_LongSwitch → Shop.SUB_Other", expected);
        foreach (var callee in new[] { "Catalogue.SUB_Deep", "Catalogue.SUB_Global", "Catalogue.SUB_Of", "Shop.SUB_InGlobal", "Shop.SUB_InNested" })
        {
            Assert.Contains("Shop.ACT_Names → " + callee, expected);
        }

        Assert.Contains("Shop.ACT_Conditional → Shop.SUB_Instance", expected);
        Assert.Contains("Shop.ACT_AfterATypesToken → Shop.SUB_Count", expected);
        Assert.Contains("Shop.ACT_Shapes → Shop.SUB_Find", expected);
        Assert.Contains("Shop.ACT_InArguments → Shop.SUB_Value", expected);
        Assert.Contains("Shop.ACT_Extension → Shop.SUB_OnOrder", expected);
        Assert.Contains("Shop.ACT_Base → Shop.SUB_Instance", expected);
        Assert.Contains("Shop.ACT_GenericClass → Shop.SUB_InGeneric", expected);
        Assert.Contains("Shop.ACT_GenericClass → Shop.SUB_OnInstance", expected);
        Assert.Contains("Shop.ACT_GenericClass → Shop.SUB_Nested", expected);
        Assert.Contains("Shop.ACT_Iterator → Shop.SUB_Other", expected);
        Assert.DoesNotContain(expected, call => call.StartsWith("Shop.ACT_MethodGroup", System.StringComparison.Ordinal));
        Assert.DoesNotContain(expected, call => call.StartsWith("Shop.ACT_LocalNamedAsAFlow", System.StringComparison.Ordinal));
        Assert.DoesNotContain(expected, call => call.StartsWith("Shop.ACT_Helper", System.StringComparison.Ordinal));
    }

    [Fact]
    public void TheReachOfAnAnonymousCallableMicroflow_ThroughACallInItsBody_IsThatOfSource()
    {
        var (model, _) = Built(App, TestProject.Library("Catalogue", Library));
        var direct = model.Documents.Flows.Single(flow => flow.QualifiedName == "Shop.ACT_Direct");

        Assert.Equal("Shop.ACT_Direct → Shop.SUB_Find retrieves every 'Shop.Order'", Assert.Single(model.Documents.UnguardedReach(direct)).ToString());
    }

    [Fact]
    public void AMethodOfAnotherAssembly_OrWithoutABody_CallsNothing()
    {
        var library = TestProject.Library("Catalogue", Library);
        var (model, compiledCalls) = Built(App, library);
        var libraryFlow = model.Documents.Flows.Single(flow => flow.QualifiedName == "Catalogue.SUB_Products");

        Assert.Empty(compiledCalls.Of(libraryFlow.Method));
        Assert.Empty(model.Documents.CalleesOf(libraryFlow));
    }

    private static string[] CallsOf(SecurityModel model) =>
        model.Documents.Flows.SelectMany(flow => model.Documents.CalleesOf(flow).Select(callee => $"{flow.QualifiedName} → {callee}")).Order(System.StringComparer.Ordinal).ToArray();

    // The app compiled, then read back from its image, as the tool reads an assembly.
    private static (SecurityModel Model, CompiledCalls Calls) Built(string source, MetadataReference library)
    {
        using var stream = new MemoryStream();
        var emitted = TestProject.Compilation(source, library).Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        var image = ImmutableArray.Create(stream.ToArray());
        var app = MetadataReference.CreateFromImage(image);
        var compilation = CSharpCompilation.Create("accessrules-report", references: TestProject.References.Add(library).Add(app));
        var assembly = (IAssemblySymbol)compilation.GetAssemblyOrModuleSymbol(app)!;
        var calls = new CompiledCalls(image, assembly, compilation);
        return (SecurityModel.ForBuiltApp(compilation, assembly, calls.Of)!, calls);
    }
}
