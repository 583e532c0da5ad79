using System.Collections.Generic;
using System.Linq;
using AccessRulesAnalyzer.Checks;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;

namespace AccessRulesAnalyzer.Tests.Checks;

/// <summary>Entities in a referenced module library, judged against the app's anonymous user role.</summary>
public class ModuleLibraryTests
{
    private const string Library = """
        using AccessRules;

        [assembly: ModuleRole("Shop.Customer")]
        [assembly: ModuleRole("Shop.Guest")]

        namespace Shop;

        [Entity("Shop")]
        [AccessRule("Shop.Guest", Create = true, ReadWrite = [nameof(Quantity)])]
        public class CartLine { public int Quantity { get; set; } }

        [Entity("Shop")]
        [AccessRule("Shop.Guest", AllMembers = MemberAccess.Read)]
        public class Product { public string? Name { get; set; } }

        [Entity("Shop", StoreOwner = true)]
        [AccessRule("Shop.Guest", AllMembers = MemberAccess.ReadWrite, XPath = "[System.owner='[%CurrentUser%]']")]
        public class Wish { public string? Text { get; set; } }
        """;

    private const string App = """
        using AccessRules;

        [assembly: UserRole("Customer", "Shop.Customer")]
        [assembly: UserRole("Anonymous", {|#0:"Shop.Guest"|})]
        [assembly: AnonymousUsers("Anonymous")]
        """;

    [Fact]
    public async Task AnonymousWriteInALibraryEntity_IsReportedOnTheAppsAnonymousRole()
    {
        await CSharpAnalyzerVerifier<AnonymousWriteWithoutConstraintCheck>.VerifyAnalyzerWithLibraryAsync(Library, App,
            Expect.Diagnostic("AR0002").WithLocation(0).WithArguments("'Shop.Guest'", "'Quantity'", "Shop.CartLine", Sources.StoreOwnerHint("Shop.CartLine")));
    }

    [Fact]
    public async Task AnonymousFullReadInALibraryEntity_IsReportedOnTheAppsAnonymousRole()
    {
        // CartLine is fully readable too: ReadWrite implies read.
        await CSharpAnalyzerVerifier<AnonymousFullReadCheck>.VerifyAnalyzerWithLibraryAsync(Library, App,
            Expect.Diagnostic("AR0003").WithLocation(0).WithArguments("'Shop.Guest'", "Shop.CartLine"),
            Expect.Diagnostic("AR0003").WithLocation(0).WithArguments("'Shop.Guest'", "Shop.Product"));
    }

    [Fact]
    public async Task AppWithoutAnonymousUsers_ReportsNothingAboutTheLibrary()
    {
        await CSharpAnalyzerVerifier<AnonymousWriteWithoutConstraintCheck>.VerifyAnalyzerWithLibraryAsync(Library, """
            using AccessRules;

            [assembly: UserRole("Customer", "Shop.Customer")]
            [assembly: UserRole("Anonymous", "Shop.Guest")]
            """);
    }

    [Fact]
    public async Task TheLibraryItself_HasNoAnonymousRoleAndReportsNothing()
    {
        await CSharpAnalyzerVerifier<AnonymousWriteWithoutConstraintCheck>.VerifyAnalyzerAsync(Library);
    }

    [Fact]
    public async Task ASpecializationOfALibraryEntityThatDoesNotStoreItsOwner_IsNotOfferedTheOwnerConstraint()
    {
        // StoreOwner would have to be set in the library: the fix would leave an AR1007 behind, so it is not offered.
        var library = TestProject.Library("ShopModule", Library);
        var project = TestProject.Create(new[] { Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Note)])]
            public class GiftLine : Shop.CartLine { public string? Note { get; set; } }

            [Entity("Shop")]
            [AccessRule("Shop.Guest", ReadWrite = [nameof(Note)])]
            public class WishNote : Shop.Wish { public string? Note { get; set; } }
            """ }, new AnonymousWriteWithoutConstraintCheck().SupportedDiagnostics, new[] { library });
        var diagnostics = await AnalyzerRunner.RunAsync(project, [new SecurityModelAnalyzer(new AnonymousWriteWithoutConstraintCheck())]);

        var fixes = new List<string>();
        foreach (var diagnostic in diagnostics.Where(d => d.Id == "AR0002"))
        {
            var context = new Microsoft.CodeAnalysis.CodeFixes.CodeFixContext(project.GetDocument(diagnostic.Location.SourceTree)!, diagnostic, (action, _) => fixes.Add(diagnostic.GetMessage()), default);
            await new CodeFixes.AddOwnerConstraintCodeFixProvider().RegisterCodeFixesAsync(context);
        }

        Assert.Contains(diagnostics, d => d.GetMessage().Contains("'Shop.GiftLine'"));
        Assert.Equal([Assert.Single(diagnostics, d => d.GetMessage().Contains("'Shop.WishNote'")).GetMessage()], fixes);
    }

    [Fact]
    public async Task AR1007_OnASpecializationOfAPackagedLibraryEntity_IsReported_WithoutTheStoreFix()
    {
        // The flag belongs on the library's entity, which is only metadata here: a fix would change nothing.
        var library = TestProject.Library("ShopModule", Library);
        var project = TestProject.Create(new[] { Sources.ShopRoles + """
            [Entity("Shop")]
            [AccessRule("Shop.Customer", ReadWrite = [nameof(Note)], XPath = "[System.owner='[%CurrentUser%]']")]
            public class GiftLine : Shop.CartLine { public string? Note { get; set; } }
            """ }, new SystemMemberNotStoredCheck().SupportedDiagnostics, new[] { library });
        var diagnostic = Assert.Single(await AnalyzerRunner.RunAsync(project, [new SecurityModelAnalyzer(new SystemMemberNotStoredCheck())]));

        var fixes = new List<Microsoft.CodeAnalysis.CodeActions.CodeAction>();
        await new CodeFixes.StoreSystemMemberCodeFixProvider().RegisterCodeFixesAsync(
            new Microsoft.CodeAnalysis.CodeFixes.CodeFixContext(project.GetDocument(diagnostic.Location.SourceTree)!, diagnostic, (action, _) => fixes.Add(action), default));

        Assert.Equal("AR1007", diagnostic.Id);
        Assert.Contains("'Shop.CartLine'", diagnostic.GetMessage());
        Assert.Empty(diagnostic.Properties);
        Assert.Empty(fixes);
    }

    // A module library's module roles, which an app may give its visitors.
    private const string LibraryRoles = """
        using AccessRules;

        [assembly: ModuleRole("Shop.Customer")]
        [assembly: ModuleRole("Shop.Guest")]

        namespace Shop;

        """;

    // A module's flows and services, with the module roles an app may give its visitors.
    private const string FlowLibrary = LibraryRoles + """
        [Entity("Shop")]
        public class Item { public string? Name { get; set; } }

        public static class ItemFlows
        {
            // A library's method bodies are compiled: only [Calls] says what its flows call.
            [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
            [Retrieves(typeof(Item))]
            [Calls("Shop.SUB_Purge")]
            public static void ACT_AllItems() { }

            [Microflow("Shop")]
            [Deletes(typeof(Item))]
            public static void SUB_Purge() { }

            [Microflow("Shop", AllowedRoles = ["Shop.Guest"], ApplyEntityAccess = true)]
            [Retrieves(typeof(Item))]
            public static void ACT_Guarded() { }

            [Microflow("Shop", AllowedRoles = ["Shop.Customer"])]
            [Retrieves(typeof(Item))]
            public static void ACT_CustomerItems() { }

            [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
            [Changes(typeof(Item), "Name", Parameter = "item")]
            public static void ACT_Rename(Item item) { }
        }

        [PublishedService(ServiceKind.OData, "Shop", AllowedRoles = ["Shop.Guest"])]
        [Publishes(typeof(Item))]
        public class GuestItems { }

        [PublishedService(ServiceKind.OData, "Shop", AllowedRoles = ["Shop.Customer"])]
        [Publishes(typeof(Item))]
        public class CustomerItems { }

        [PublishedService(ServiceKind.OData, "Shop", RequiresAuthentication = false)]
        [Publishes(typeof(Item))]
        public class PublicItems { }
        """;

    [Fact]
    public async Task AR0016_ALibraryMicroflowTheAppsVisitorsMayCall_IsReportedOnTheAppsAnonymousRole()
    {
        // The library cannot know which of its roles an app gives visitors: only the app can judge its microflows.
        await CSharpAnalyzerVerifier<AnonymousMicroflowWithoutEntityAccessCheck>.VerifyAnalyzerWithLibraryAsync(FlowLibrary, App,
            Expect.Diagnostic("AR0016").WithLocation(0).WithArguments(
                "Shop.ACT_AllItems", "'Shop.Guest'", "Shop.ACT_AllItems retrieves every 'Shop.Item'; Shop.ACT_AllItems → Shop.SUB_Purge deletes every 'Shop.Item'", "'Shop.ACT_AllItems', 'Shop.SUB_Purge'"));
    }

    [Fact]
    public async Task AR0017_ALibraryServiceTheAppsAnonymousRoleOpens_IsReportedOnTheAppsAnonymousRole()
    {
        // A service open without authentication is the library's own finding, in its own build; one opened by a role the app
        // gives visitors is the app's.
        await CSharpAnalyzerVerifier<OpenServiceCheck>.VerifyAnalyzerWithLibraryAsync(FlowLibrary, App,
            Expect.Diagnostic("AR0017").WithLocation(0).WithArguments(
                "OData", "Shop.GuestItems", "it allows anonymous module role 'Shop.Guest'", "publishes 'Shop.Item'", "remove 'Shop.Guest' from AllowedRoles"));
    }

    [Fact]
    public async Task AR0019_ALibraryMicroflowThatChangesTheClientsObject_IsReportedOnTheAppsAnonymousRole()
    {
        await CSharpAnalyzerVerifier<ClientObjectChangedWithoutEntityAccessCheck>.VerifyAnalyzerWithLibraryAsync(FlowLibrary, App,
            Expect.Diagnostic("AR0019").WithLocation(0).WithArguments("Shop.ACT_Rename", "'Shop.Guest'", "change 'Name' of", "Shop.Item", "item", string.Empty, string.Empty));
    }

    [Fact]
    public async Task ALibraryMicroflowForTwoOfTheVisitorsModuleRoles_IsReportedOnce_OnTheFirstOfThem()
    {
        await CSharpAnalyzerVerifier<AnonymousMicroflowWithoutEntityAccessCheck>.VerifyAnalyzerWithLibraryAsync("""
            using AccessRules;

            [assembly: ModuleRole("Shop.Guest")]
            [assembly: ModuleRole("Shop.Visitor")]

            namespace Shop;

            [Entity("Shop")]
            public class Item { public string? Name { get; set; } }

            public static class ItemFlows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Visitor", "Shop.Guest"])]
                [Retrieves(typeof(Item))]
                public static void ACT_AllItems() { }
            }
            """, """
            using AccessRules;

            [assembly: UserRole("Anonymous", {|#0:"Shop.Guest"|}, "Shop.Visitor")]
            [assembly: AnonymousUsers("Anonymous")]
            """,
            Expect.Diagnostic("AR0016").WithLocation(0).WithArguments(
                "Shop.ACT_AllItems", "'Shop.Visitor', 'Shop.Guest'", "Shop.ACT_AllItems retrieves every 'Shop.Item'", "'Shop.ACT_AllItems'"));
    }

    [Fact]
    public async Task AR3001_ALibraryMicroflowTheVisitorsMayCall_AndALibraryServiceTheirRoleOpens_NotApproved_AreReportedOnTheAppsAnonymousRole()
    {
        // A library service open without authentication has no role of the visitors to stand on: it is reported in the
        // approved-access file, after the line it would follow.
        var approved = "microflow Shop.ACT_Guarded | anonymous-callable | reaches no data without entity access";
        var test = new SecurityAnalyzerTest<UnapprovedAnonymousAccessCheck> { TestCode = App };
        test.TestState.AdditionalReferences.Add(TestProject.Library("ShopModule", FlowLibrary));
        test.TestState.AdditionalFiles.Add(("AnonymousAccess.approved.txt", "# approved\n" + approved + "\n"));
        test.ExpectedDiagnostics.AddRange(
        [
            Expect.Diagnostic("AR3001").WithLocation(0).WithArguments("Shop.ACT_AllItems", "microflow Shop.ACT_AllItems | anonymous-callable | reaches Shop.ACT_AllItems retrieves every 'Shop.Item'; Shop.ACT_AllItems → Shop.SUB_Purge deletes every 'Shop.Item'"),
            Expect.Diagnostic("AR3001").WithLocation(0).WithArguments("Shop.ACT_Rename", "microflow Shop.ACT_Rename | anonymous-callable | reaches no data without entity access"),
            Expect.Diagnostic("AR3001").WithLocation(0).WithArguments("Shop.GuestItems", "service Shop.GuestItems | open | it allows anonymous module role 'Shop.Guest'"),
            Expect.Diagnostic("AR3001").WithLocation("AnonymousAccess.approved.txt", 2, approved.Length + 1).WithArguments("Shop.PublicItems", "service Shop.PublicItems | open | it requires no authentication"),
        ]);
        await test.RunAsync();
    }

    // Where the line would go: at the start of a file without lines, else just after the last line sorting before it
    // (the end of SecondLine, 83 characters long), not after the first.
    [Theory]
    [InlineData("# approved\n", 1, 1)]
    [InlineData("# approved\n" + FirstLine + "\n" + SecondLine + "\nservice Shop.Zed | open | it requires no authentication\n", 3, 84)]
    [InlineData("# approved\nservice Shop.Feed | open | it requires no authentication\n", 0, 0)]
    public async Task AR3001_ALibraryServiceWithoutSignIn_InAnAppWithoutAnonymousUsers_IsReportedInTheFile_AfterTheLineItFollows_UnlessApproved(string file, int line, int column)
    {
        // Without anonymous users no role opens the other service; the one that needs no sign-in is open all the same.
        var test = new SecurityAnalyzerTest<UnapprovedAnonymousAccessCheck> { TestCode = "using AccessRules;\n[assembly: UserRole(\"Customer\", \"Shop.Customer\")]" };
        test.TestState.AdditionalReferences.Add(TestProject.Library("ShopModule", LibraryRoles + """
            [Entity("Shop")]
            public class Item { public string? Name { get; set; } }

            [PublishedService(ServiceKind.Rest, "Shop", RequiresAuthentication = false)]
            public class Feed { }

            [PublishedService(ServiceKind.OData, "Shop", AllowedRoles = ["Shop.Guest"])]
            [Publishes(typeof(Item))]
            public class GuestItems { }
            """));
        test.TestState.AdditionalFiles.Add(("AnonymousAccess.approved.txt", file));
        if (line > 0)
        {
            test.ExpectedDiagnostics.Add(Expect.Diagnostic("AR3001").WithLocation("AnonymousAccess.approved.txt", line, column)
                .WithArguments("Shop.Feed", "service Shop.Feed | open | it requires no authentication"));
        }

        await test.RunAsync();
    }

    private const string FirstLine = "microflow Shop.ACT_A | anonymous-callable | reaches no data without entity access";
    private const string SecondLine = "microflow Shop.ACT_Bee | anonymous-callable | reaches no data without entity access";

    [Fact]
    public async Task AR3001_ALibraryServiceWithoutSignIn_ThatTheVisitorsRoleAlsoOpens_IsReportedOnce_OnTheRole()
    {
        var test = new SecurityAnalyzerTest<UnapprovedAnonymousAccessCheck> { TestCode = App };
        test.TestState.AdditionalReferences.Add(TestProject.Library("ShopModule", LibraryRoles + """
            [PublishedService(ServiceKind.Rest, "Shop", RequiresAuthentication = false, AllowedRoles = ["Shop.Guest"])]
            public class Feed { }
            """));
        test.TestState.AdditionalFiles.Add(("AnonymousAccess.approved.txt", "# approved\n"));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AR3001").WithLocation(0)
            .WithArguments("Shop.Feed", "service Shop.Feed | open | it requires no authentication"));
        await test.RunAsync();
    }

    [Fact]
    public async Task AR3001_InTheApprovedAccessFile_IsApprovedByItsFix_InOrder()
    {
        // The testing library applies fixes to source files only: the provider is asked on the file, as the IDE asks it.
        const string approved = "# approved\n" + FirstLine + "\nservice Shop.Zed | open | it requires no authentication\n";
        var library = TestProject.Library("ShopModule", LibraryRoles + """
            [PublishedService(ServiceKind.Rest, "Shop", RequiresAuthentication = false)]
            public class Feed { }
            """);
        var project = TestProject.Create(new[] { "using AccessRules;\n[assembly: UserRole(\"Customer\", \"Shop.Customer\")]" }, TestConfiguration.AllDescriptors, new[] { library })
            .AddAdditionalDocument("AnonymousAccess.approved.txt", Microsoft.CodeAnalysis.Text.SourceText.From(approved), filePath: "/0/AnonymousAccess.approved.txt").Project;
        var file = project.AdditionalDocuments.Single();
        var options = new Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions(project.AnalyzerOptions.AdditionalFiles);
        var diagnostics = await AnalyzerRunner.RunAsync((await project.GetCompilationAsync())!, [new SecurityModelAnalyzer(new UnapprovedAnonymousAccessCheck())], options);
        var diagnostic = Assert.Single(diagnostics);

        var actions = new List<Microsoft.CodeAnalysis.CodeActions.CodeAction>();
        await new CodeFixes.ApproveAccessCodeFixProvider().RegisterCodeFixesAsync(new Microsoft.CodeAnalysis.CodeFixes.CodeFixContext(file, diagnostic, (action, _) => actions.Add(action), default));
        var operations = await Assert.Single(actions).GetOperationsAsync(default);
        var fixedSolution = operations.OfType<Microsoft.CodeAnalysis.CodeActions.ApplyChangesOperation>().Single().ChangedSolution;

        Assert.Equal(
            "# approved\n" + FirstLine + "\nservice Shop.Feed | open | it requires no authentication\nservice Shop.Zed | open | it requires no authentication\n",
            (await fixedSolution.GetAdditionalDocument(file.Id)!.GetTextAsync()).ToString());
    }

    [Fact]
    public void TheFixesOfFindingsInTheApprovedAccessFile_AreOfferedThere()
    {
        // The IDE asks a provider about an additional file's diagnostics only when its export names that document kind.
        foreach (var provider in new[] { typeof(CodeFixes.ApproveAccessCodeFixProvider), typeof(CodeFixes.RemoveApprovedLineCodeFixProvider) })
        {
            var export = provider.GetCustomAttributes(typeof(Microsoft.CodeAnalysis.CodeFixes.ExportCodeFixProviderAttribute), false)
                .Cast<Microsoft.CodeAnalysis.CodeFixes.ExportCodeFixProviderAttribute>().Single();
            Assert.Contains(nameof(Microsoft.CodeAnalysis.TextDocumentKind.AdditionalDocument), export.DocumentKinds);
            Assert.Contains(nameof(Microsoft.CodeAnalysis.TextDocumentKind.Document), export.DocumentKinds);
        }
    }

    [Fact]
    public async Task AR3001_OnALibrarysMicroflow_InTheApp_IsApprovedByItsFix()
    {
        // The fix edits the app's approved-access file, not the library: it stays where the finding moved.
        var test = new SecurityCodeFixTest<UnapprovedAnonymousAccessCheck, CodeFixes.ApproveAccessCodeFixProvider> { TestCode = App };
        test.TestState.AdditionalReferences.Add(TestProject.Library("ShopModule", """
            using AccessRules;

            [assembly: ModuleRole("Shop.Guest")]

            namespace Shop;

            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                public static void ACT_Ping() { }
            }
            """));
        test.TestState.AdditionalFiles.Add(("AnonymousAccess.approved.txt", "# approved\n"));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AR3001").WithLocation(0)
            .WithArguments("Shop.ACT_Ping", "microflow Shop.ACT_Ping | anonymous-callable | reaches no data without entity access"));
        test.FixedState.Sources.Add(("/0/Test0.cs", App.Replace("{|#0:", string.Empty).Replace("|}", string.Empty)));
        test.FixedState.AdditionalFiles.Add(("AnonymousAccess.approved.txt", "# approved\nmicroflow Shop.ACT_Ping | anonymous-callable | reaches no data without entity access\n"));
        await test.RunAsync();
    }

    [Fact]
    public async Task LibraryDocuments_InAnAppWithoutAnonymousUsers_OrWhoseVisitorsHaveNoneOfTheirRoles_ReportNothing()
    {
        foreach (var app in new[]
        {
            """
            using AccessRules;

            [assembly: UserRole("Customer", "Shop.Customer")]
            [assembly: UserRole("Anonymous", "Shop.Guest")]
            """,
            """
            using AccessRules;

            [assembly: ModuleRole("Web.Visitor")]
            [assembly: UserRole("Customer", "Shop.Customer", "Shop.Guest")]
            [assembly: UserRole("Anonymous", "Web.Visitor")]
            [assembly: AnonymousUsers("Anonymous")]
            """,
        })
        {
            await CSharpAnalyzerVerifier<AnonymousMicroflowWithoutEntityAccessCheck>.VerifyAnalyzerWithLibraryAsync(FlowLibrary, app);
            await CSharpAnalyzerVerifier<OpenServiceCheck>.VerifyAnalyzerWithLibraryAsync(FlowLibrary, app);
            await CSharpAnalyzerVerifier<ClientObjectChangedWithoutEntityAccessCheck>.VerifyAnalyzerWithLibraryAsync(FlowLibrary, app);
        }
    }

    // The flows' library, with ACT_AllItems calling SUB_Purge in its body rather than by [Calls]; and an app that calls into it.
    private static readonly string ProjectLibrary = FlowLibrary
        .Replace("[Calls(\"Shop.SUB_Purge\")]", string.Empty)
        .Replace("public static void ACT_AllItems() { }", "public static void ACT_AllItems() => SUB_Purge();");

    private const string ProjectLibraryApp = """
        using AccessRules;

        [assembly: UserRole("Customer", "Shop.Customer")]
        [assembly: UserRole("Anonymous", "Shop.Guest")]
        [assembly: AnonymousUsers("Anonymous")]

        public static class AppFlows
        {
            [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
            public static void ACT_Mine() => Shop.ItemFlows.SUB_Purge();
        }

        [Page("Shop", VisibleFor = ["Shop.Guest"])]
        [Calls("Shop.ACT_Mine")]
        [Calls("Shop.ACT_AllItems")]
        [Calls("Shop.ACT_Rename")]
        public class Home { }
        """;

    [Fact]
    public async Task EveryFinding_IsTheSame_WhetherTheLibraryIsMetadata_AsABuildReferencesIt_OrAProjectWithSource_AsTheIdeAndTheToolDo()
    {
        // A library's flows call what their [Calls] say alone: read from its source when there is some, ACT_AllItems's
        // call in its body would add to AR0016 in the IDE and the tool's report and baseline what the build never sees.
        var asProject = TestProject.Compilation(ProjectLibrary).WithAssemblyName("ShopModule");
        string Lines(System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.Diagnostic> diagnostics) => string.Join("\n", diagnostics
            .Select(d => $"{d.Id} {d.Location.GetLineSpan().Path}:{d.Location.GetLineSpan().StartLinePosition} {d.GetMessage()}").Order(System.StringComparer.Ordinal));

        var fromMetadata = await AnalyzerRunner.RunAsync(TestProject.Compilation(ProjectLibraryApp, TestProject.Library("ShopModule", ProjectLibrary)), SecurityModelAnalyzer.Package());
        var fromProject = await AnalyzerRunner.RunAsync(TestProject.Compilation(ProjectLibraryApp, asProject.ToMetadataReference()), SecurityModelAnalyzer.Package());

        Assert.Equal(Lines(fromMetadata), Lines(fromProject));
        Assert.Contains("Microflow 'Shop.ACT_AllItems' can be called by anonymous module role 'Shop.Guest' and reaches data without entity access: Shop.ACT_AllItems retrieves every 'Shop.Item'; set", Lines(fromMetadata));
        Assert.Contains("ACT_AllItems() => SUB_Purge();", ProjectLibrary);
        Assert.Contains("AR0017", Lines(fromMetadata));
    }

    [Fact]
    public async Task ALibraryMicroflowsFinding_InTheApp_OffersNoFix()
    {
        // ApplyEntityAccess would have to be set in the library, which is only metadata here.
        await AssertOffersNoFix(new AnonymousMicroflowWithoutEntityAccessCheck(), new CodeFixes.ApplyEntityAccessCodeFixProvider(), "AR0016");
        await AssertOffersNoFix(new ClientObjectChangedWithoutEntityAccessCheck(), new CodeFixes.ApplyEntityAccessCodeFixProvider(), "AR0019");
    }

    [Fact]
    public async Task ALibraryServicesFinding_InTheApp_OffersNoFix()
    {
        // The finding stands on the app's anonymous user role, itself an attribute: the service's attribute is the library's.
        await AssertOffersNoFix(new OpenServiceCheck(), new CodeFixes.RequireAuthenticationCodeFixProvider(), "AR0017");
    }

    private static async Task AssertOffersNoFix(SecurityCheck check, Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider provider, string id)
    {
        var project = TestProject.Create(new[] { App.Replace("{|#0:", string.Empty).Replace("|}", string.Empty) }, check.SupportedDiagnostics,
            new[] { TestProject.Library("ShopModule", FlowLibrary) });
        var diagnostic = Assert.Single(await AnalyzerRunner.RunAsync(project, [new SecurityModelAnalyzer(check)]));

        var fixes = new List<Microsoft.CodeAnalysis.CodeActions.CodeAction>();
        await provider.RegisterCodeFixesAsync(
            new Microsoft.CodeAnalysis.CodeFixes.CodeFixContext(project.GetDocument(diagnostic.Location.SourceTree)!, diagnostic, (action, _) => fixes.Add(action), default));

        Assert.Equal(id, diagnostic.Id);
        Assert.Empty(diagnostic.Properties);
        Assert.Empty(diagnostic.AdditionalLocations);
        Assert.Empty(fixes);
    }
}
