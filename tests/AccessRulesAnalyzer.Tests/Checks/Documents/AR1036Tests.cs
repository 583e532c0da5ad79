using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Tests.Verification;
using Verify = AccessRulesAnalyzer.Tests.Verification.CSharpAnalyzerVerifier<AccessRulesAnalyzer.Checks.DocumentNamesNoEntityCheck>;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>AR1036: A document names a type that is not an entity.</summary>
public class AR1036Tests
{
    private const string Shop = """
        [Entity("Shop")]
        public class Order { public string? Status { get; set; } }

        [Entity("Shop", Persistable = false)] public class Cart { public int Count { get; set; } }

        [Entity("Shop")] public class Invoice : FileDocument { }

        // A class the user forgot to mark: no rule protects it, and nothing would judge a retrieve of it.
        public class Customer { public string? Name { get; set; } }

        """;

    [Fact]
    public async Task AR1036_ADataActionWidgetOrPublishedEntityOfATypeThatIsNoEntity_IsReportedOnTheType()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + Shop + """
            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                [Retrieves({|#0:typeof(Customer)|}, XPath = "[Name = 'x']")]
                [Retrieves(typeof(Order))]
                [Changes({|#1:typeof(string)|}, "Length")]
                public static void ACT_Find() { }

                [Nanoflow("Shop", Name = "NAV_New")]
                [Creates({|#2:typeof(int[])|})]
                [Deletes({|#3:typeof(List<>)|})]
                public static void NewOne() { }
            }

            [Page("Shop", VisibleFor = ["Shop.Customer"])]
            [Shows({|#4:typeof(Customer)|}, Members = ["Name"])]
            public class Customers { }

            [PublishedService(ServiceKind.OData, "Shop")]
            [Publishes({|#5:typeof(Flows)|})]
            public class CustomersApi { }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Retrieves", "microflow", "Shop.ACT_Find", "Customer"),
            Verify.Diagnostic().WithLocation(1).WithArguments("Changes", "microflow", "Shop.ACT_Find", "string"),
            Verify.Diagnostic().WithLocation(2).WithArguments("Creates", "nanoflow", "Shop.NAV_New", "int[]"),
            Verify.Diagnostic().WithLocation(3).WithArguments("Deletes", "nanoflow", "Shop.NAV_New", "System.Collections.Generic.List<>"),
            Verify.Diagnostic().WithLocation(4).WithArguments("Shows", "page", "Shop.Customers", "Customer"),
            Verify.Diagnostic().WithLocation(5).WithArguments("Publishes", "published service", "Shop.CustomersApi", "Flows"));
    }

    [Fact]
    public async Task AR1036_OnAPartialMethodsImplementation_IsReportedOnce_WhereItIsWritten()
    {
        // Each part's callback analyzes the one flow; the part that holds the typeof reports it.
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + Shop + """
            public static partial class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                [Retrieves({|#0:typeof(Customer)|})]
                public static partial void ACT_Find();
            }

            public static partial class Flows
            {
                [Changes({|#1:typeof(string)|}, "Length")]
                public static partial void ACT_Find() { }
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Retrieves", "microflow", "Shop.ACT_Find", "Customer"),
            Verify.Diagnostic().WithLocation(1).WithArguments("Changes", "microflow", "Shop.ACT_Find", "string"));
    }

    [Fact]
    public async Task AR1036_Entities_NonPersistableOnes_SystemEntities_AndTypesTheCompilerCannotBindOrThatAreMissing_AreNotReported()
    {
        await Verify.VerifyAnalyzerAsync(Sources.ShopRoles + Shop + """
            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                [Retrieves(typeof(Order))]
                [Changes(typeof(Cart), nameof(Cart.Count))]
                [Creates(typeof(Invoice))]
                [Retrieves(typeof(SystemUser))]
                [Deletes(typeof({|CS0246:Missing|}))]
                [{|CS7036:Creates|}]
                public static void ACT_Find() { }

                // Data attributes on a method that declares no flow are AR1037's, not this rule's.
                [Retrieves(typeof(Customer))]
                public static void Helper() { }
            }

            // Another library's attribute that names a type is no widget.
            [Page("Shop", VisibleFor = ["Shop.Customer"])]
            [Shows(typeof(Order), Members = ["Status"])]
            [System.ComponentModel.TypeConverter(typeof(string))]
            public class Orders { }

            [PublishedService(ServiceKind.OData, "Shop")]
            [Publishes(typeof(Order))]
            public class OrdersApi { }
            """);
    }

    [Fact]
    public async Task AR1036_AModuleLibrarysEntity_IsAnEntity_AndItsOtherClassesAreNot()
    {
        // A library's entity is only metadata in the app; the model reads its [Entity] there as in source.
        var library = TestProject.Library("ShopModule", """
            using AccessRules;

            [assembly: ModuleRole("Stock.Clerk")]

            namespace Stock;

            [Entity("Stock")]
            public class Item { public string? Name { get; set; } }

            public class Helper { }
            """);
        var check = new DocumentNamesNoEntityCheck();
        var project = TestProject.Create(new[] { Sources.ShopRoles + """
            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Customer"])]
                [Retrieves(typeof(Stock.Item))]
                [Retrieves(typeof(Stock.Helper))]
                public static void ACT_Items() { }
            }

            [Page("Shop", VisibleFor = ["Shop.Customer"])]
            [Shows(typeof(Stock.Item), Members = ["Name"])]
            public class Items { }

            [PublishedService(ServiceKind.OData, "Shop")]
            [Publishes(typeof(Stock.Item))]
            public class ItemsApi { }
            """ }, check.SupportedDiagnostics, new[] { library });

        var diagnostic = Assert.Single(await AnalyzerRunner.RunAsync(project, [new SecurityModelAnalyzer(check)]));

        Assert.Equal("AR1036", diagnostic.Id);
        Assert.Equal("[Retrieves] of microflow 'Shop.ACT_Items' names 'Stock.Helper', which is not an entity: name a class that has [Entity]", diagnostic.GetMessage());
    }
}
