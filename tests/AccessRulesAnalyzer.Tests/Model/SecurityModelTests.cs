using System.Collections.Generic;
using System.Linq;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.XPath;
using AccessRulesAnalyzer.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AccessRulesAnalyzer.Tests.Model;

public class SecurityModelTests
{
    private static (SecurityModel Model, Compilation Compilation) Build(string source)
    {
        var compilation = TestProject.Compilation(source);
        return (SecurityModel.For(compilation)!, compilation);
    }

    private static EntityModel Entity(SecurityModel model, Compilation compilation, string name) =>
        model.GetEntity(compilation.GetTypeByMetadataName(name)!)!;

    [Fact]
    public void CompilationWithoutTheAnnotations_HasNoModel()
    {
        var compilation = CSharpCompilation.Create("Plain", new[] { CSharpSyntaxTree.ParseText("class C { }") });

        Assert.Null(SecurityModel.For(compilation));
    }

    [Fact]
    public void OneModelPerCompilation()
    {
        var (model, compilation) = Build(Sources.ShopRoles);

        Assert.Same(model, SecurityModel.For(compilation));
    }

    [Fact]
    public void RolesAndAnonymousAccess_AreReadFromAssemblyAttributes()
    {
        var (model, _) = Build(Sources.ShopRoles + """
            [assembly: AppSecurity(SecurityLevel.Prototype)]
            [assembly: UserRole("Administrator", "Shop.Customer", ManagesAllRoles = true, ManagedRoles = ["Customer"])]
            """);

        Assert.Equal(new[] { "Shop.Customer", "Shop.Guest" }, model.ModuleRoles.Select(r => r.QualifiedName));
        Assert.Equal(new[] { "Customer", "Anonymous", "Administrator" }, model.UserRoles.Select(r => r.Name));
        Assert.Equal("Anonymous", model.AnonymousUserRole!.Name);
        Assert.Equal("Shop.TransferCart", model.AnonymousDeclarations.Single().SignInMicroflow);
        Assert.Equal(new[] { "Shop.Guest" }, model.AnonymousModuleRoles);
        Assert.Equal(AppSecurityLevel.Prototype, model.Level);
        Assert.True(model.UserRoles[2].ManagesAllRoles);
        Assert.Equal(new[] { "Customer", "Administrator" }, model.NamedUserRolesIncluding("Shop.Customer").Select(r => r.Name));
    }

    [Fact]
    public void Members_IncludeInheritedOnes_AndAssociationsAreNamedByTheDeclaringModule()
    {
        var (model, compilation) = Build(Sources.ShopRoles + """
            [Entity("Shop")]
            public class Order
            {
                [AutoNumber] public int Number { get; set; }
                public Customer? Customer { get; set; }
                [Association("Order_Lines")] public List<OrderLine> Lines { get; set; } = new();
                public static int Ignored { get; set; }
                internal int AlsoIgnored { get; set; }
            }

            [Entity("Shop")] public class OrderLine { [Calculated] public decimal Total => 0; }

            [Entity("Sales", Name = "Client")] public class Customer : SystemUser { public string? Email { get; set; } }
            """);

        var order = Entity(model, compilation, "Order");
        Assert.Equal(new[] { "Number", "Customer", "Lines" }, order.Members.Select(m => m.Name));
        Assert.True(order.FindMember("Number")!.IsComputed);
        Assert.Equal("Shop.Order_Client", order.FindMember("Customer")!.AssociationName);
        Assert.Equal("Shop.Order_Lines", order.FindMember("Lines")!.AssociationName);
        Assert.Equal("OrderLine", order.FindMember("Lines")!.Target!.Name);

        var customer = Entity(model, compilation, "Customer");
        Assert.Equal("Sales.Client", customer.QualifiedName);
        Assert.Equal(
            new[] { "Email", "Name", "Password", "LastLogin", "Blocked", "BlockedSince", "Active", "FailedLogins", "WebServiceUser", "IsAnonymous", "UserRoles", "Language", "TimeZone" },
            customer.Members.Select(m => m.Name));
        Assert.Equal("System.UserRoles", customer.FindMember("UserRoles")!.AssociationName);
        Assert.True(customer.IsUser);
        Assert.Equal("System.User", customer.Generalization!.QualifiedName);
        Assert.False(order.IsUser);
    }

    [Fact]
    public void AnAssociation_IsFoundByItsQualifiedName_AndByNoOtherName()
    {
        var (model, compilation) = Build(Sources.ShopRoles + """
            [Entity("Shop")]
            public class Order
            {
                public int Number { get; set; }
                public Customer? Customer { get; set; }
                [Association("Order_Lines")] public List<OrderLine> Lines { get; set; } = new();
            }

            [Entity("Shop")] public class OrderLine { }

            [Entity("Sales", Name = "Client")] public class Customer { }
            """);

        var order = Entity(model, compilation, "Order");
        Assert.Equal("Customer", order.FindAssociation("Shop.Order_Client")!.Name);
        Assert.Equal("Lines", order.FindAssociation("Shop.Order_Lines")!.Name);

        // Named after the other entity's name, not its class; in the declaring entity's module; attributes are no associations.
        foreach (var name in new[] { "Shop.Order_Customer", "Sales.Order_Client", "Shop.Order_", "Shop.", "Shop", "", "System.owner", "Shop.Number", "Shop.Order_OrderLine", "Shop.OrderX_Client" })
        {
            Assert.Null(order.FindAssociation(name));
        }
    }

    [Fact]
    public void AnAssociationNameWrittenWithItsOwnModule_IsReadWithoutIt()
    {
        // The platform's documentation writes association names qualified (Shop.Order_Lines), and a name cannot hold a
        // dot: the entity's own module in front is a way of writing the name, another module's is not.
        var (model, compilation) = Build(Sources.ShopRoles + """
            [Entity("Shop")]
            public class Order
            {
                [Association("Shop.Order_Lines")] public List<OrderLine> Lines { get; set; } = new();
                [Association("Sales.Order_Customer")] public Customer? Customer { get; set; }
            }

            [Entity("Shop")] public class OrderLine { }

            [Entity("Sales")] public class Customer { }
            """);

        var order = Entity(model, compilation, "Order");
        Assert.Equal("Shop.Order_Lines", order.FindMember("Lines")!.AssociationName);
        Assert.Equal("Lines", order.FindAssociation("Shop.Order_Lines")!.Name);
        Assert.Null(order.FindAssociation("Shop.Shop.Order_Lines"));
        Assert.Equal("Shop.Sales.Order_Customer", order.FindMember("Customer")!.AssociationName);
        Assert.Null(order.FindAssociation("Sales.Order_Customer"));
    }

    [Fact]
    public void AStep_LeadsWhereItLedBefore_ForEveryNameAskedOfAnEntity_KeptOrNot()
    {
        var (model, compilation) = Build(Sources.ShopRoles + """
            [Entity("Shop")]
            public class Order
            {
                public int A1 { get; set; } public int A2 { get; set; } public int A3 { get; set; } public int A4 { get; set; }
                public int A5 { get; set; } public int A6 { get; set; } public int A7 { get; set; } public int A8 { get; set; }
                public int A9 { get; set; }
                public Customer? Customer { get; set; }
            }

            [Entity("Shop")] public class Customer { }
            """);

        var order = Entity(model, compilation, "Order");
        // More names than an entity keeps (ResolvedStepName.Kept), each asked three times, with a copy of the string
        // the second time: a kept answer is found by the name's value, and one not kept is resolved again.
        var names = Enumerable.Range(1, 9).Select(i => "A" + i).Concat(new[] { "Shop.Order_Customer", "id", "Nothing", "System.owner" }).ToList();
        for (var round = 0; round < 3; round++)
        {
            foreach (var name in names)
            {
                var step = model.ResolveStep(order, round == 1 ? new string(name.ToCharArray()) : name);
                switch (name)
                {
                    case "Shop.Order_Customer":
                        Assert.Equal(PathStepKind.Association, step.Kind);
                        Assert.Equal("Shop.Customer", step.Entity!.QualifiedName);
                        break;
                    case "id":
                        Assert.Equal(PathStepKind.Id, step.Kind);
                        break;
                    case "Nothing":
                        Assert.Equal(PathStepKind.Unknown, step.Kind);
                        break;
                    case "System.owner":
                        Assert.Equal("System.owner", step.SystemMember!.XPathName);
                        break;
                    default:
                        Assert.Equal(PathStepKind.Attribute, step.Kind);
                        Assert.Equal(name, step.Attribute!.Name);
                        break;
                }
            }
        }
    }

    [Fact]
    public void ARulesAnonymousRoles_AreThoseOfItsRolesThatVisitorsHave()
    {
        var (model, compilation) = Build(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", "Shop.Guest", Read = [nameof(A)])]
            [AccessRule("Shop.Customer", Read = [nameof(A)])]
            [AccessRule("Shop.Guest", Read = [nameof(A)])]
            public class E { public int A { get; set; } public int B { get; set; } }
            """);

        var rules = Entity(model, compilation, "E").Rules;
        Assert.Equal(new[] { ("Shop.Guest", 1) }, rules[0].AnonymousRoles.Select(r => (r.Value, r.Index)));
        Assert.Empty(rules[1].AnonymousRoles);
        Assert.Equal(new[] { ("Shop.Guest", 0) }, rules[2].AnonymousRoles.Select(r => (r.Value, r.Index)));
        Assert.True(rules[0].Names("Shop.Customer"));
        Assert.False(rules[2].Names("Shop.Customer"));
    }

    [Fact]
    public void ARulesRightOnAMember_IsTheHighestItGrants()
    {
        var (model, compilation) = Build(Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Guest", AllMembers = MemberAccess.Read, ReadWrite = [nameof(B)], XPath = "[A = 1]")]
            public class E { public int A { get; set; } public int B { get; set; } }
            """);

        var rule = Entity(model, compilation, "E").Rules.Single();
        Assert.Equal(AccessRulesAnalyzer.Model.MemberAccess.Read, rule.AccessTo(rule.Entity.FindMember("A")!));
        Assert.Equal(AccessRulesAnalyzer.Model.MemberAccess.ReadWrite, rule.AccessTo(rule.Entity.FindMember("B")!));
        Assert.Equal(new[] { "B" }, rule.MembersWith(AccessRulesAnalyzer.Model.MemberAccess.ReadWrite).Select(m => m.Name));
        Assert.Equal("[A = 1]", rule.XPath!.Text);
        Assert.False(rule.IsUserScoped);
        Assert.Equal(new[] { "Shop.Guest" }, rule.AnonymousRoles.Select(r => r.Value));
    }

    [Fact]
    public void ClassesWithoutEntityAttribute_AreNotEntities_ButSystemEntitiesAre()
    {
        var (model, compilation) = Build(Sources.ShopRoles + "public class Plain { public int A { get; set; } }");

        Assert.Null(model.GetEntity(compilation.GetTypeByMetadataName("Plain")!));
        Assert.Equal("System.Image", model.GetEntity(compilation.GetTypeByMetadataName("AccessRules.Image")!)!.QualifiedName);
        Assert.Equal("System.FileDocument", model.GetEntity(compilation.GetTypeByMetadataName("AccessRules.Image")!)!.Generalization!.QualifiedName);
    }

    [Fact]
    public void AnEntityOnlyItsOwnAnalysisAsksFor_IsNotKept_AndOneOthersAskedFor_IsShared()
    {
        var (model, compilation) = Build(Sources.ShopRoles + """
            [Entity("Shop")] public class Order { public Customer? Customer { get; set; } }
            [Entity("Shop")] public class Customer { public string? Name { get; set; } }
            [Entity("Shop")] public class VipCustomer : Customer { }
            """);
        var order = compilation.GetTypeByMetadataName("Order")!;
        var customer = compilation.GetTypeByMetadataName("Customer")!;

        var analyzed = model.EntityToAnalyze(order)!;
        Assert.NotSame(analyzed, model.EntityToAnalyze(order));
        Assert.True(analyzed.Is(model.EntityToAnalyze(order)!));
        Assert.Equal("Shop.Order", analyzed.QualifiedName);

        // The generalization of a specialization under analysis is kept, and is what Customer's own analysis gets.
        var generalization = model.EntityToAnalyze(compilation.GetTypeByMetadataName("VipCustomer")!)!.Generalization!;
        Assert.Same(generalization, model.EntityToAnalyze(customer));
        Assert.Same(generalization, model.GetEntity(customer));
        Assert.Null(model.EntityToAnalyze(compilation.GetTypeByMetadataName("AccessRules.EntityAttribute")!));
    }

    [Fact]
    public void WhereBothAnalyzersAnalyzeEntities_TheModelMadeForOneIsHeldForTheOther_ThenDropped()
    {
        var (model, compilation) = Build(Sources.ShopRoles + """
            [Entity("Shop")] public class Order { public string? Number { get; set; } }
            """);
        var order = compilation.GetTypeByMetadataName("Order")!;
        model.AddEntityAnalyzer(EntityAnalyzers.Findings);

        // One analyzer: nothing is held.
        Assert.NotSame(model.EntityToAnalyze(order, EntityAnalyzers.Findings), model.EntityToAnalyze(order, EntityAnalyzers.Findings));

        model.AddEntityAnalyzer(EntityAnalyzers.Suggestions);
        var first = model.EntityToAnalyze(order, EntityAnalyzers.Suggestions);
        Assert.Same(first, model.EntityToAnalyze(order, EntityAnalyzers.Suggestions));
        Assert.Same(first, model.EntityToAnalyze(order, EntityAnalyzers.Findings));

        // Both have taken it: the next analysis gets a model of its own.
        Assert.NotSame(first, model.EntityToAnalyze(order, EntityAnalyzers.Findings));
    }

    [Theory]
    [InlineData("Shop.Customer", "Shop")]
    [InlineData("Shop.Customer", "Sho")]
    [InlineData("Shop.Customer", "Shops")]
    [InlineData("Shop.Customer", "")]
    [InlineData("Customer", "")]
    [InlineData("Customer", "Customer")]
    [InlineData(".Customer", "")]
    [InlineData("Shop.Sub.Customer", "Shop")]
    public void ARoleIsInAModule_ExactlyWhenItsModuleIsThatModule(string role, string module) =>
        Assert.Equal(ModuleRole.ModuleOf(role) == module, ModuleRole.IsIn(role, module));

    [Theory]
    [InlineData("Shop.Customer", "Shop.ACT_Order")]
    [InlineData("Shop.Customer", "Shops.ACT_Order")]
    [InlineData("Shop.Customer", "Sho.ACT_Order")]
    [InlineData("Shop.Customer", "Stop.ACT_Order")]
    [InlineData("Customer", "Shop.ACT_Order")]
    [InlineData("Customer", "ACT_Order")]
    [InlineData(".Customer", "ACT_Order")]
    [InlineData("Shop.Customer", ".ACT_Order")]
    [InlineData("Shop.Sub.Customer", "Shop.ACT_Order")]
    public void TwoNamesAreOfOneModule_ExactlyWhenTheirModulesAreEqual(string role, string document)
    {
        Assert.Equal(ModuleRole.ModuleOf(role) == ModuleRole.ModuleOf(document), ModuleRole.SameModule(role, document));
        Assert.Equal(ModuleRole.ModuleOf(role) == ModuleRole.ModuleOf(document), ModuleRole.SameModule(document, role));
    }

    [Fact]
    public void AConstraintsWalk_VisitsPathsAndComparisonsOutermostFirst_WithPredicatesReadAgainstTheirStep_AndNestsWalks()
    {
        var (model, compilation) = Build(Sources.ShopRoles + """
            [Entity("Shop")] public class Order { public Customer? Customer { get; set; } public int Number { get; set; } }
            [Entity("Shop")] public class Customer { public string? Name { get; set; } }
            """);
        var order = Entity(model, compilation, "Order");
        var constraint = XPathParser.Parse("[Shop.Order_Customer[Name = 'a'] and Number > 1]");

        string Visits()
        {
            var visits = new List<string>();
            foreach (var (expression, context) in XPathBinding.Walk(constraint, order))
            {
                visits.Add($"{constraint.Text.Substring(expression.Span.Start, expression.Span.Length)} @ {context.QualifiedName}");
            }

            return string.Join(", ", visits);
        }

        var expected = "Shop.Order_Customer[Name = 'a'] @ Shop.Order, Name = 'a' @ Shop.Customer, Name @ Shop.Customer, Number > 1 @ Shop.Order, Number @ Shop.Order";
        Assert.Equal(expected, Visits());

        // A walk started inside another (a check that walks while walking) has a stack of its own.
        var outer = new List<string>();
        foreach (var (expression, _) in XPathBinding.Walk(constraint, order))
        {
            Assert.Equal(expected, Visits());
            outer.Add(constraint.Text.Substring(expression.Span.Start, expression.Span.Length));
        }

        Assert.Equal(["Shop.Order_Customer[Name = 'a']", "Name = 'a'", "Name", "Number > 1", "Number"], outer);
    }

    [Theory]
    [InlineData(typeof(AccessRules.AccessRuleAttribute))]
    [InlineData(typeof(AccessRules.EntityAttribute))]
    public void AccessRulesAndEntityDeclarations_AreNotInheritedByCSharpAttributeInheritance(System.Type attribute)
    {
        // Access rules are never inherited by specializations; the C# attribute must not suggest otherwise.
        var usage = (System.AttributeUsageAttribute)System.Attribute.GetCustomAttribute(attribute, typeof(System.AttributeUsageAttribute))!;

        Assert.False(usage.Inherited);
    }

    [Fact]
    public void AnonymousUsers_MayBeDeclaredTwice_SoThatAR1013ReportsIt()
    {
        var usage = (System.AttributeUsageAttribute)System.Attribute.GetCustomAttribute(typeof(AccessRules.AnonymousUsersAttribute), typeof(System.AttributeUsageAttribute))!;

        Assert.True(usage.AllowMultiple);
    }

    [Theory]
    [InlineData("byte", "Number")]
    [InlineData("short", "Number")]
    [InlineData("int", "Number")]
    [InlineData("long", "Number")]
    [InlineData("decimal", "Number")]
    [InlineData("double", "Number")]
    [InlineData("float", "Number")]
    [InlineData("int?", "Number")]
    [InlineData("string", "String")]
    [InlineData("bool", "Boolean")]
    [InlineData("System.DateTime", "DateTime")]
    [InlineData("System.DateTime?", "DateTime")]
    [InlineData("System.DateTimeOffset", "DateTime")]
    [InlineData("System.Guid", "Other")]
    [InlineData("char", "Other")]
    public void AnAttributesType_IsReadFromItsCSharpType_ForComparisonsInXPath(string csharpType, string expected)
    {
        var (model, compilation) = Build(Sources.ShopRoles + $$"""
            [Entity("Shop")] public class Order { public {{csharpType}} Value { get; set; } }
            """);

        var value = Entity(model, compilation, "Order").FindMember("Value")!;

        Assert.Equal(MemberKind.Attribute, value.Kind);
        Assert.Equal(expected, value.Type.ToString());
    }

    [Fact]
    public void AMember_IsAnAssociationExactlyWhenItLeadsToAnEntity_AndComputedWithEitherOrBothMarks()
    {
        var (model, compilation) = Build(Sources.ShopRoles + """
            [Entity("Shop")]
            public class Order
            {
                public Customer? Customer { get; set; }
                public List<Customer> Customers { get; set; } = new();
                public Plain? Plain { get; set; }
                [Calculated, AutoNumber] public int Both { get; set; }
                [AutoNumber] public int Number { get; set; }
            }

            [Entity("Shop")] public class Customer { }
            public class Plain { }
            """);

        var order = Entity(model, compilation, "Order");

        Assert.Equal(MemberKind.Association, order.FindMember("Customer")!.Kind);
        Assert.Equal(MemberKind.Association, order.FindMember("Customers")!.Kind);
        Assert.Equal(MemberKind.Attribute, order.FindMember("Plain")!.Kind);
        Assert.True(order.FindMember("Both")!.IsComputed);
        Assert.True(order.FindMember("Number")!.IsComputed);
        Assert.False(order.FindMember("Customer")!.IsComputed);
    }

    [Theory]
    [InlineData("SystemUser", "System.User")]
    [InlineData("FileDocument", "System.FileDocument")]
    [InlineData("Image", "System.Image")]
    [InlineData("SystemUserRole", "System.UserRole")]
    [InlineData("SystemLanguage", "System.Language")]
    [InlineData("SystemTimeZone", "System.TimeZone")]
    public void EverySystemEntity_IsInModuleSystem_UnderItsPlatformName(string annotationClass, string qualifiedName)
    {
        var (model, compilation) = Build(Sources.ShopRoles);

        var entity = model.GetEntity(compilation.GetTypeByMetadataName("AccessRules." + annotationClass)!)!;

        Assert.Equal(qualifiedName, entity.QualifiedName);
    }

    [Fact]
    public void AnEntityWhoseModuleIsNull_IsInTheModuleWithNoName()
    {
        var (model, compilation) = Build(Sources.ShopRoles + """
            [Entity(null!)] public class Loose { }
            """);

        Assert.Equal(string.Empty, Entity(model, compilation, "Loose").Module);
    }

    [Fact]
    public void OfTwoUserRolesWithTheAnonymousName_TheFirstDeclaredIsTheAnonymousUserRole()
    {
        var (model, _) = Build("""
            using AccessRules;

            [assembly: ModuleRole("Shop.Guest")]
            [assembly: ModuleRole("Shop.Customer")]
            [assembly: UserRole("Visitor", "Shop.Guest")]
            [assembly: UserRole("Visitor", "Shop.Customer")]
            [assembly: AnonymousUsers("Visitor")]
            """);

        Assert.Same(model.UserRoles[0], model.AnonymousUserRole);
        Assert.Equal(new[] { "Shop.Guest" }, model.AnonymousModuleRoles);
    }

    [Fact]
    public void ABuiltAppReadFromMetadata_HasItsOwnEntitiesOnce_AndItsLibrariesAsLibraries()
    {
        var library = TestProject.Library("Catalogue", """
            using AccessRules;

            [assembly: ModuleRole("Catalogue.Reader")]
            [Entity("Catalogue")] public class Product { }
            """);
        var app = TestProject.Library("Shop", Sources.ShopRoles + """
            [Entity("Shop")] public class Order { }
            """);
        var compilation = TestProject.Compilation(string.Empty, library, app);

        var model = SecurityModel.ForBuiltApp(compilation, (IAssemblySymbol)compilation.GetAssemblyOrModuleSymbol(app)!, _ => [])!;

        Assert.Equal(new[] { "Catalogue.Product", "Shop.Order" }, model.AppEntities.Select(entity => entity.QualifiedName));
        Assert.Equal(new[] { "Catalogue.Product" }, model.LibraryEntities.Select(entity => entity.QualifiedName));
        Assert.Equal(new[] { "Catalogue.Reader", "Shop.Customer", "Shop.Guest" }, model.ModuleRoles.Select(role => role.QualifiedName).OrderBy(name => name, System.StringComparer.Ordinal));
    }

    [Fact]
    public void AMemberRedeclaredByASpecialization_OrHiddenInAPlainBaseClass_IsOneMember_TheMostDerived()
    {
        var (model, compilation) = Build(Sources.ShopRoles + """
            public class Named { public string? Name { get; set; } public string? Label { get; set; } }
            public class Labelled : Named { public new string? Label { get; set; } }

            [Entity("Shop")] public class Item { public string? Name { get; set; } public virtual int Size { get; set; } public int Weight { get; set; } }
            [Entity("Shop")] public class Book : Item { public new string? Name { get; set; } public override int Size { get; set; } public string? Isbn { get; set; } }
            [Entity("Shop")] public class Tag : Labelled { }
            """);

        var book = Entity(model, compilation, "Book");
        var tag = Entity(model, compilation, "Tag");

        Assert.Equal(new[] { "Name", "Size", "Isbn", "Weight" }, book.Members.Select(member => member.Name));
        Assert.True(book.Declares(book.FindMember("Name")!));
        Assert.False(book.Declares(book.FindMember("Weight")!));
        Assert.Equal(new[] { "Label", "Name" }, tag.Members.Select(member => member.Name));
        Assert.Equal("Labelled", tag.FindMember("Label")!.Property.ContainingType.Name);
    }
}
