using System.Linq;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;
using Microsoft.CodeAnalysis.CSharp;

namespace AccessRulesAnalyzer.Tests.Model;

/// <summary>
/// The questions across documents (a callee by name, who calls a microflow from the client) read only the declarers whose
/// syntax may answer them (<see cref="FlowNameIndex"/>): a name written any other way than as a literal must still be found.
/// </summary>
public class DocumentModelTests
{
    private const string Flows = """
        using AccessRules;

        [assembly: ModuleRole("Shop.User")]
        [assembly: UserRole("User", "Shop.User", "System.User")]

        public static class Names
        {
            public const string Module = "Shop";
            public const string Find = "ACT_Find";
            public const string Qualified = "Shop.ACT_Find";
        }

        public static class Flows
        {
            [Microflow("Shop", AllowedRoles = ["Shop.User"])]
            public static void ACT_Plain() { }

            [Microflow(Names.Module, Name = Names.Find, AllowedRoles = ["Shop.User"])]
            public static void FindCustomers() { }

            [Microflow("Shop", Name = "ACT_" + "Joined")]
            public static void Joined() { }

            [Microflow("Shop", Name = "ACT_Renamed")]
            public static void Renamed() { }
        }
        """;

    private static DocumentModel Documents(string source) => SecurityModel.For(TestProject.Compilation(source))!.Documents;

    private static Flow Declared(DocumentModel documents, string method) =>
        documents.Flows.Single(flow => flow.Method.Name == method);

    [Theory]
    [InlineData("Shop.ACT_Plain", "ACT_Plain")]
    [InlineData("Shop.ACT_Find", "FindCustomers")]
    [InlineData("Shop.ACT_Joined", "Joined")]
    [InlineData("Shop.ACT_Renamed", "Renamed")]
    public void FlowNamed_FindsAFlowWhateverWritesItsName(string name, string method)
    {
        var documents = Documents(Flows);

        Assert.Same(Declared(documents, method), documents.FlowNamed(name));
    }

    [Fact]
    public void FlowNamed_IsNullForANameNoFlowHas_AndTheFirstDeclarationWins()
    {
        var documents = Documents(Flows + """

            public static class Later
            {
                [Microflow("Shop")]
                public static void ACT_Plain() { }
            }
            """);

        Assert.Null(documents.FlowNamed("Shop.Renamed"));
        Assert.Null(documents.FlowNamed("Shop"));
        Assert.Equal("Flows", documents.FlowNamed("Shop.ACT_Plain")!.Method.ContainingType.Name);
    }

    [Fact]
    public void FlowNamed_ReadsAFlowApartFromItsClass_ThroughOverloadsAndPartialParts()
    {
        var documents = Documents("""
            using AccessRules;

            public static partial class Flows
            {
                public static void ACT_Overloaded() { }

                [Microflow("Shop")]
                public static void ACT_Overloaded(int count) { }
            }

            public static partial class Flows
            {
                [Microflow("Shop", Name = "ACT_Other")]
                public static void Elsewhere() { }

                [Nanoflow("Shop")]
                [Calls("Shop.ACT_Overloaded")]
                public static void NF_Open() { }
            }
            """);

        Assert.Single(documents.FlowNamed("Shop.ACT_Overloaded")!.Method.Parameters);
        Assert.Equal("Elsewhere", documents.FlowNamed("Shop.ACT_Other")!.Method.Name);
        Assert.Equal("nanoflow 'Shop.NF_Open' calls it", documents.ClientEntry(documents.FlowNamed("Shop.ACT_Overloaded")!));
        Assert.Equal(["Shop.ACT_Overloaded", "Shop.ACT_Other", "Shop.NF_Open"], documents.Flows.Select(flow => flow.QualifiedName));
    }

    [Theory]
    [InlineData("[Page(\"Shop\")]\n[Calls(Names.Qualified)]\npublic class Home { }", "page 'Shop.Home' calls it")]
    [InlineData("[Page(\"Shop\")]\n[Shows(typeof(Customer), DataSource = \"Shop.\" + Names.Find)]\npublic class Home { }", "page 'Shop.Home' shows its data")]
    [InlineData("public static class Client\n{\n    [Nanoflow(\"Shop\")]\n    public static void NF_Open() => Flows.FindCustomers();\n}", "nanoflow 'Shop.NF_Open' calls it")]
    [InlineData("[PublishedService(ServiceKind.Rest, \"Shop\")]\n[Operation($\"{Names.Module}.{Names.Find}\")]\npublic class Api { }", "it runs an operation of service 'Shop.Api'")]
    public void ClientEntry_IsFound_WhenTheCallerNamesTheMicroflowWithoutALiteral(string caller, string entry)
    {
        var documents = Documents(Flows + "\n[Entity(\"Shop\")]\npublic class Customer { public string? Name { get; set; } }\n" + caller);

        Assert.Equal(entry, documents.ClientEntry(Declared(documents, "FindCustomers")));
        Assert.Null(documents.ClientEntry(Declared(documents, "ACT_Plain")));
    }

    [Fact]
    public void Documents_AreFound_InNestedAndGenericClasses_InEveryKindOfNamespace_InDeclarationOrder()
    {
        var documents = Documents("""
            using AccessRules;

            namespace Shop.Orders
            {
                public class Outer<T>
                {
                    public static class Inner
                    {
                        [Microflow("Shop")]
                        public static void ACT_Nested() { }
                    }
                }
            }

            namespace @Shop.Second
            {
                [Page("Shop")]
                [Calls("Shop.ACT_Nested")]
                public class Home { }
            }

            public static class Top
            {
                [Nanoflow("Shop")]
                public static void NF_Top() { }
            }
            """);

        Assert.Equal("Inner", documents.FlowNamed("Shop.ACT_Nested")!.Method.ContainingType.Name);
        Assert.Equal("page 'Shop.Home' calls it", documents.ClientEntry(documents.FlowNamed("Shop.ACT_Nested")!));
        Assert.Equal(["Shop.ACT_Nested", "Shop.NF_Top"], documents.Flows.Select(flow => flow.QualifiedName));
        Assert.Equal(["Shop.Home"], documents.Pages.Select(page => page.QualifiedName));
    }

    [Fact]
    public void Documents_AreFound_InAFileScopedNamespace()
    {
        var documents = Documents("""
            using AccessRules;

            namespace Shop.Flows;

            public partial class Orders
            {
                [Microflow("Shop")]
                public static void ACT_First() { }
            }

            public partial class Orders
            {
                [Microflow("Shop")]
                [Calls("Shop.ACT_First")]
                public static void ACT_Second() { }
            }
            """);

        Assert.Equal(["Shop.ACT_First", "Shop.ACT_Second"], documents.Flows.Select(flow => flow.QualifiedName));
        Assert.Equal("Shop.ACT_First", Assert.Single(documents.CalleesOf(documents.FlowNamed("Shop.ACT_Second")!)));
    }

    [Theory]
    [InlineData("[PublishedService(ServiceKind.Rest, Names.Module)]\n[Operation(\"Shop.ACT_Plain\")]\npublic class Api { }", "it runs an operation of service 'Shop.Api'")]
    [InlineData("[PublishedService(ServiceKind.OData, \"Shop\", Name = Names.Find)]\n[Operation(\"Shop.ACT_Plain\")]\npublic class Api { }", "it runs an operation of service 'Shop.ACT_Find'")]
    [InlineData("[Page(\"Shop\", VisibleFor = [Names.Role])]\n[Shows(typeof(Customer), DataSource = Names.Qualified)]\npublic class Home { }", "page 'Shop.Home' shows its data")]
    public void ClientEntry_IsFound_WhereAConstantStandsInAnArgumentThatMayNameAFlow_OrBesideIt(string caller, string entry)
    {
        // A constant among the positional arguments, in Name or in DataSource may name the microflow: the declarer is read
        // for every question. Elsewhere (a service's kind, roles) it cannot, and the declarer is found by its literals.
        var documents = Documents(Flows.Replace("public const string Module", "public const string Role = \"Shop.User\";\n    public const string Module") +
            "\n[Entity(\"Shop\")]\npublic class Customer { public string? Name { get; set; } }\n" + caller);

        Assert.Equal(entry, documents.ClientEntry(Declared(documents, caller.Contains("DataSource") ? "FindCustomers" : "ACT_Plain")));
    }

    [Fact]
    public void TheNameIndex_ListsADeclarerUnderTheLiteralsThatMayNameAFlow_InDeclarationOrder_EachOnce()
    {
        // A role's or a constraint's text never names a flow, and a positional argument or the method's own name may.
        var compilation = TestProject.Compilation("""
            using AccessRules;

            [assembly: ModuleRole("Shop.ACT_Find")]

            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.ACT_Find"])]
                [Retrieves(typeof(Order), XPath = "[Number = 'Shop.ACT_Find']")]
                public static void ACT_Plain() { }

                [Microflow("Shop")]
                [Calls("Shop.ACT_Find")]
                [Calls("Shop.ACT_Find")]
                public static void ACT_Caller() { }
            }

            [Entity("Shop")]
            public class Order { public string? Number { get; set; } }
            """);
        var index = new FlowNameIndex([compilation.GetTypeByMetadataName("Flows")!]);

        Assert.Equal(["ACT_Caller"], index.Candidates(["Shop.ACT_Find"]).Select(declarer => declarer.Method));
        Assert.Equal(["ACT_Plain", "ACT_Caller"], index.Candidates(["ACT_Caller", "ACT_Plain"]).Select(declarer => declarer.Method));
        Assert.Equal(["ACT_Plain", "ACT_Caller"], index.Candidates(["ACT_Caller", "ACT_Plain", "Shop.ACT_Find"]).Select(declarer => declarer.Method));
        Assert.Empty(index.Candidates(["Shop.ACT_Missing"]));
        Assert.True(index.MayNameEntity(compilation.GetTypeByMetadataName("Order")!));
    }

    [Fact]
    public void TheNameIndex_ReadsADeclarerOnlyForTheNamesItWrites_HoweverItsOtherArgumentsAreSpelt()
    {
        // A service's kind, nameof, arrays and collection expressions are no names of flows: none of them makes its
        // declarer a candidate for every question, which would read it for every microflow of the app. A constant in an
        // argument that may name a flow does.
        var compilation = TestProject.Compilation("""
            using AccessRules;

            public static class Names { public const string Callee = "Shop.ACT_Const"; }

            [Entity("Shop")]
            public class Order { public string? Note { get; set; } public int Number { get; set; } }

            [PublishedService(ServiceKind.OData, "Shop", AllowedRoles = ["Shop.User"])]
            [Operation("Shop.ACT_Service")]
            public class Api { }

            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = new[] { "Shop.User" }, ApplyEntityAccess = !false)]
                [Changes(typeof(Order), nameof(Order.Note), "Number")]
                [Changes(typeof(Order), new[] { nameof(Order.Note) })]
                [Changes(typeof(Order), new string[] { "Number" })]
                [Changes(typeof(Order), [nameof(Order.Note), "Number"])]
                [Calls(("Shop.ACT_Parenthesized"))]
                public static void ACT_Spelt() { }

                [Microflow("Shop")]
                [Calls(Names.Callee)]
                public static void ACT_Opaque() { }

                [Microflow("Shop")]
                public static void ACT_Third() { }

                [Microflow("Shop")]
                public static void ACT_Fourth() { }
            }
            """);
        var index = new FlowNameIndex([compilation.GetTypeByMetadataName("Api")!, compilation.GetTypeByMetadataName("Flows")!]);
        string[] Read(params string[] keys) => index.Candidates(keys).Select(declarer => declarer.Method ?? declarer.Type.Name).ToArray();

        Assert.Equal(["ACT_Opaque"], Read("ACT_Unrelated"));
        Assert.Equal(["Api", "ACT_Opaque"], Read("Shop.ACT_Service"));
        Assert.Equal(["ACT_Spelt", "ACT_Opaque"], Read("Shop.ACT_Parenthesized"));
        Assert.Equal(["ACT_Spelt", "ACT_Opaque"], Read("ACT_Spelt"));

        // Several keys, one of them written nowhere, merge in declaration order, each declarer once.
        Assert.Equal(["Api", "ACT_Spelt", "ACT_Opaque", "ACT_Third", "ACT_Fourth"], Read("ACT_Spelt", "ACT_Third", "ACT_Missing", "Shop.ACT_Service", "ACT_Fourth"));
        Assert.Equal(["Api", "ACT_Spelt", "ACT_Opaque", "ACT_Fourth"], Read("ACT_Missing", "ACT_Fourth", "Shop.ACT_Parenthesized", "Shop.ACT_Service", "ACT_Spelt"));
    }

    [Fact]
    public void ClientEntry_PrefersAPage_ThenANanoflow_ThenAService_InDeclarationOrder()
    {
        var documents = Documents(Flows + """

            [PublishedService(ServiceKind.Rest, "Shop")]
            [Operation("Shop.ACT_Plain")]
            public class Api { }

            public static class Client
            {
                [Nanoflow("Shop")]
                [Calls("Shop.ACT_Plain")]
                public static void NF_Open() { }
            }

            [Page("Shop")]
            [Calls("Shop.ACT_Plain")]
            public class First { }

            [Page("Shop")]
            [Calls("Shop.ACT_Plain")]
            public class Second { }
            """);

        Assert.Equal("page 'Shop.First' calls it", documents.ClientEntry(Declared(documents, "ACT_Plain")));
    }

    [Fact]
    public void AnEntityADocumentNames_IsModelledOnce_ForItsOwnChecksAndTheDocuments()
    {
        var compilation = TestProject.Compilation("""
            using AccessRules;

            namespace Shop
            {
                [Entity("Shop")] public class Order { public int Number { get; set; } }
                [Entity("Shop")] public class Customer { public string? Name { get; set; } }
                [Entity("Shop")] public class Invoice { public int Number { get; set; } }
                [Entity("Shop")] public class Note { public string? Text { get; set; } }

                public static class Flows
                {
                    [Microflow("Shop")]
                    [Retrieves(typeof(Order))]
                    public static void ACT_Orders(Customer customer) { }
                }

                [Page("Shop")]
                [Shows(typeof(Shop.Invoice))]
                public class Invoices { }
            }
            """);
        var model = SecurityModel.For(compilation)!;
        var note = compilation.GetTypeByMetadataName("Shop.Note")!;
        Assert.False(model.Documents.MayNameEntity(compilation.GetTypeByMetadataName("Shop.Order")!));

        // A question across classes builds the index the answer comes from.
        Assert.NotNull(model.Documents.FlowNamed("Shop.ACT_Orders"));
        foreach (var named in new[] { "Order", "Customer", "Invoice" })
        {
            var type = compilation.GetTypeByMetadataName("Shop." + named)!;
            Assert.True(model.Documents.MayNameEntity(type), named);
            Assert.Same(model.EntityToAnalyze(type), model.GetEntity(type));
        }

        Assert.False(model.Documents.MayNameEntity(note));
        Assert.NotSame(model.EntityToAnalyze(note), model.EntityToAnalyze(note));
    }

    [Theory]
    [InlineData("SUB_Find()", "static ")]
    [InlineData("SUB_Find<int>()", "static ")]
    [InlineData("this.SUB_Find()", "")]
    [InlineData("Orders.SUB_Find()", "static ")]
    [InlineData("global::Orders.SUB_Find()", "static ")]
    [InlineData("Orders.SUB_Find<string>()", "static ")]
    [InlineData("new Orders().SUB_Find()", "")]
    [InlineData("(new Orders()).SUB_Find()", "")]
    public void CalleesOf_ReadsACallFromTheBody_WhateverFormTheInvocationTakes(string call, string modifier)
    {
        // The callee is generic where the call gives a type argument; the nanoflow calls the caller in the same form.
        var callee = call.Contains('<') ? "SUB_Find<T>()" : "SUB_Find()";
        var clientCall = (modifier.Length > 0 ? "Orders." : "new Orders().") + (call.Contains('<') ? "ACT_Call<int>()" : "ACT_Call()");
        var documents = Documents(Flows + $$"""

            public class Orders
            {
                [Microflow("Shop", AllowedRoles = ["Shop.User"])]
                public {{modifier}}void {{(call.Contains('<') ? "ACT_Call<U>()" : "ACT_Call()")}} { {{call}}; }

                [Microflow("Shop")]
                public {{modifier}}void {{callee}} { }
            }

            public static class Client
            {
                [Nanoflow("Shop", AllowedRoles = ["Shop.User"])]
                public static void NF_Open() { {{clientCall}}; }
            }
            """);

        Assert.Equal("Shop.SUB_Find", Assert.Single(documents.CalleesOf(documents.FlowNamed("Shop.ACT_Call")!)));
        Assert.Equal("nanoflow 'Shop.NF_Open' calls it", documents.ClientEntry(documents.FlowNamed("Shop.ACT_Call")!));
    }

    [Fact]
    public void CalleesOf_AModuleLibrarysFlow_AreItsCallsAttributesAlone_WhetherTheLibraryIsAProjectOrMetadata()
    {
        // A build references a library project as metadata, without bodies; the IDE and the tool's workspace reference
        // it as a compilation, with syntax. Both must read the same calls, or a baseline the tool writes disagrees
        // with the build that checks it (AR3001, AR3002).
        const string Library = """
            using AccessRules;

            [assembly: ModuleRole("Catalogue.Reader")]

            public static class CatalogueFlows
            {
                [Microflow("Catalogue")]
                [Calls("Catalogue.SUB_Named")]
                public static void SUB_Products() => SUB_InBody();

                [Microflow("Catalogue")]
                public static void SUB_Named() { }

                [Microflow("Catalogue")]
                public static void SUB_InBody() { }
            }
            """;
        var asProject = TestProject.Compilation(Library).WithAssemblyName("Catalogue");
        foreach (var library in new Microsoft.CodeAnalysis.MetadataReference[] { asProject.ToMetadataReference(), TestProject.Library("Catalogue", Library) })
        {
            var documents = SecurityModel.For(TestProject.Compilation(Sources.ShopRoles + """
                public static class Flows
                {
                    [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                    public static void ACT_Products() => CatalogueFlows.SUB_Products();
                }
                """, library))!.Documents;

            Assert.Equal(["Catalogue.SUB_Products"], documents.CalleesOf(documents.FlowNamed("Shop.ACT_Products")!).ToArray());
            Assert.Equal(["Catalogue.SUB_Named"], documents.CalleesOf(documents.FlowNamed("Catalogue.SUB_Products")!).ToArray());
        }
    }

    [Theory]
    [InlineData("Make().SUB_Find()", "Shop.SUB_Find")]
    [InlineData("orders.SUB_Find()", "Shop.SUB_Find")]
    [InlineData("Other.SUB_Find()", null)]
    [InlineData("((System.Action)(() => { }))()", null)]
    [InlineData("orders.SUB_Check()", "Shop.SUB_Check")]
    [InlineData("orders?.SUB_Find()", "Shop.SUB_Find")]
    [InlineData("orders?.SUB_Check()", "Shop.SUB_Check")]
    [InlineData("Make()?.SUB_Find()", "Shop.SUB_Find")]
    [InlineData("OrderExtensions.SUB_Check(orders)", "Shop.SUB_Check")]
    public void CalleesOf_BindsACallWhoseReceiversTypeTheSyntaxDoesNotWrite_AndAnotherClasssMethodIsNoCall(string call, string? callee)
    {
        var documents = Documents(Flows + $$"""

            public class Orders
            {
                [Microflow("Shop", AllowedRoles = ["Shop.User"])]
                public void ACT_Call(Orders orders) { {{call}}; }

                [Microflow("Shop")]
                public void SUB_Find() { }

                private static Orders Make() => new();
            }

            public class Other { public static void SUB_Find() { } }

            // A flow invoked as an extension method binds to its reduced form.
            public static class OrderExtensions
            {
                [Microflow("Shop")]
                public static void SUB_Check(this Orders orders) { }
            }
            """);

        Assert.Equal(callee is null ? [] : [callee], documents.CalleesOf(documents.FlowNamed("Shop.ACT_Call")!).ToArray());
    }

    [Fact]
    public void Documents_AreFound_InEveryFileThatMayName_AnAlias_AUnicodeEscape_AndATreeWithoutText_Included()
    {
        // The files of an app are searched for the names that declare documents before their classes are walked: each
        // of these spells one in a way that a search for the plain names alone would miss, or has no text to search.
        var documents = Documents(
            """
            using AccessRules;

            [Entity("Shop")]
            public class Customer { public string? Name { get; set; } }
            """,
            """
            using AccessRules;
            using Action = AccessRules.MicroflowAttribute;

            public static class Orders
            {
                [Action("Shop")]
                public static void ACT_Aliased() { }
            }
            """,
            """
            using AccessRules;

            [\u0050age("Shop")]
            public class Escaped { }
            """,
            """
            using AccessRules;

            [Page("Shop")]
            [Calls("Shop.ACT_Aliased")]
            public class WithoutText { }
            """,
            "using AccessRules;\n[Page(\"Shop\")]\npublic class Plain { }",
            "using AccessRules;\n[PublishedService(ServiceKind.Rest, \"Shop\")]\npublic class Api { }",
            "// a file that ends in a backslash, as a path in a comment may: C:\\");

        Assert.Equal(["Shop.ACT_Aliased"], documents.Flows.Select(flow => flow.QualifiedName));
        Assert.Equal(["Shop.Escaped", "Shop.WithoutText", "Shop.Plain"], documents.Pages.Select(page => page.QualifiedName));
        Assert.Equal(["Shop.Api"], documents.Services.Select(service => service.QualifiedName));
        Assert.Equal("page 'Shop.WithoutText' calls it", documents.ClientEntry(documents.FlowNamed("Shop.ACT_Aliased")!));
    }

    [Fact]
    public void Documents_AreFound_WhereAGlobalAliasOfAnotherFileNamesTheirAttribute()
    {
        var documents = Documents(
            """
            global using Screen = AccessRules.PageAttribute;
            global using Action = AccessRules.MicroflowAttribute;
            """,
            """
            [Screen("Shop")]
            public class Home { }

            public static class Orders
            {
                [Action("Shop")]
                public static void ACT_Open() { }
            }
            """);

        Assert.Equal(["Shop.Home"], documents.Pages.Select(page => page.QualifiedName));
        Assert.Same(documents.Flows.Single(), documents.FlowNamed("Shop.ACT_Open"));
    }

    // One file a source; the fourth, when there are four, parsed into syntax and given to the compilation without its text.
    private static DocumentModel Documents(params string[] sources)
    {
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = sources.Select((source, i) => i == 3
            ? CSharpSyntaxTree.Create((CSharpSyntaxNode)CSharpSyntaxTree.ParseText(source, options).GetRoot(), options)
            : CSharpSyntaxTree.ParseText(source, options));
        return SecurityModel.For(TestProject.Compilation("").RemoveAllSyntaxTrees().AddSyntaxTrees(trees))!.Documents;
    }
}
