using System.Linq;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tool;

namespace AccessRulesAnalyzer.Tests.Tool;

/// <summary>What each user role gained and lost, and when anonymous access grew (diff exits 1).</summary>
public class AccessDiffTests
{
    private static AccessDiff Diff(string before, string after) =>
        AccessDiff.Between(AccessReportTests.Report(before), AccessReportTests.Report(after));

    [Fact]
    public void TheSameModel_ChangesNothing()
    {
        var diff = Diff(AccessReportTests.Shop, AccessReportTests.Shop);

        Assert.False(diff.AnonymousAccessGrew);
        Assert.Empty(diff.UserRoles);
    }

    [Theory]
    [InlineData("ReadWrite = [nameof(Text)])]", "ReadWrite = [nameof(Text)], Delete = true)]", "Shop.Review: delete")]
    [InlineData("public class Review { public string? Text { get; set; } }", "public class Review { public string? Text { get; set; } public int Stars { get; set; } }\n[Entity(\"Shop\")] [AccessRule(\"Shop.Guest\", Read = [nameof(Name)])] public class Tag { public string? Name { get; set; } }", "Shop.Tag: reachable; read Name")]
    [InlineData(", XPath = \"[System.owner='[%CurrentUser%]']\")]", ")]", "Shop.CartLine: now on every object, was own objects")]
    [InlineData("[assembly: UserRole(\"Customer\", \"Shop.Customer\", \"System.User\")]", "[assembly: UserRole(\"Customer\", \"Shop.Customer\", \"System.User\")]\n[assembly: UserRole(\"Visitor\", \"Shop.Guest\")]\n[assembly: AnonymousUsers(\"Visitor\")]", "the user role (anonymous)")]
    public void AnonymousGrowth_IsReported_AndMakesTheDiffFail(string from, string to, string gained)
    {
        var diff = Diff(AccessReportTests.Shop, AccessReportTests.Shop.Replace(from, to));

        Assert.True(diff.AnonymousAccessGrew);
        Assert.Contains(gained, diff.UserRoles.SelectMany(role => role.Gained));
    }

    [Fact]
    public void LessAnonymousAccess_OrMoreForNamedUsers_DoesNotFail()
    {
        var less = Diff(AccessReportTests.Shop, AccessReportTests.Shop.Replace("[AccessRule(\"Shop.Guest\", ReadWrite = [nameof(Text)])]", "[AccessRule(\"Shop.Customer\", ReadWrite = [nameof(Text)])]"));

        Assert.False(less.AnonymousAccessGrew);
        Assert.Contains("Shop.Review: reachable; read Text; write Text", less.UserRoles.Single(role => role.Name == "Anonymous").Lost);
        Assert.Contains("Shop.Review: reachable; read Text; write Text", less.UserRoles.Single(role => role.Name == "Customer").Gained);
    }

    private const string Documents = """
        public static class Flows
        {
            [Microflow("Shop", AllowedRoles = ["Shop.Guest"], ApplyEntityAccess = true)]
            [Retrieves(typeof(Review))]
            public static void ACT_Reviews() { }

            [Microflow("Shop", AllowedRoles = ["Shop.Customer"])]
            public static void ACT_Mine() { }
        }

        [Page("Shop", VisibleFor = ["Shop.Customer"])]
        [Calls("Shop.ACT_Mine")]
        public class Cart { }

        [PublishedService(ServiceKind.Rest, "Shop", AllowedRoles = ["Shop.Customer"])]
        public class Api { }
        """;

    [Theory]
    [InlineData(", ApplyEntityAccess = true)]", ")]", "microflow Shop.ACT_Reviews: reaches Shop.ACT_Reviews retrieves every 'Shop.Review'")]
    [InlineData("AllowedRoles = [\"Shop.Customer\"])]\n    public static void ACT_Mine", "AllowedRoles = [\"Shop.Guest\"])]\n    public static void ACT_Mine", "microflow Shop.ACT_Mine: callable")]
    [InlineData("[PublishedService(ServiceKind.Rest, \"Shop\", AllowedRoles = [\"Shop.Customer\"])]", "[PublishedService(ServiceKind.Rest, \"Shop\", RequiresAuthentication = false)]", "service Shop.Api: open: it requires no authentication")]
    public void AnonymousReachThroughDocumentsGrowing_MakesTheDiffFail(string from, string to, string gained)
    {
        var diff = Diff(AccessReportTests.Shop + Documents, AccessReportTests.Shop + Documents.Replace(from, to));

        Assert.True(diff.AnonymousAccessGrew);
        Assert.Contains(gained, diff.UserRoles.Single(role => role.Anonymous).Gained);
    }

    [Fact]
    public void DocumentsLessReachable_OrMoreForNamedUsers_DoNotFail()
    {
        var diff = Diff(AccessReportTests.Shop + Documents, AccessReportTests.Shop + Documents
            .Replace("[Microflow(\"Shop\", AllowedRoles = [\"Shop.Guest\"], ApplyEntityAccess = true)]", "[Microflow(\"Shop\", AllowedRoles = [\"Shop.Customer\"], ApplyEntityAccess = true)]"));

        Assert.False(diff.AnonymousAccessGrew);
        Assert.Contains("microflow Shop.ACT_Reviews: callable", diff.UserRoles.Single(role => role.Anonymous).Lost);
        Assert.Contains("microflow Shop.ACT_Reviews: callable", diff.UserRoles.Single(role => role.Name == "Customer").Gained);
    }

    private const string Chain = """
        public static class Flows
        {
            [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
            public static void ACT_Reviews() => SUB_Find();

            [Microflow("Shop")]
            [Retrieves(typeof(Review))]
            public static void SUB_Find() { }
        }
        """;

    [Theory]
    [InlineData("SUB_Find", "SUB_FindAll")]
    [InlineData("public static void SUB_Find() { }", "public static void SUB_Find() => SUB_Inner();\n[Microflow(\"Shop\")] [Retrieves(typeof(Review))] public static void SUB_Inner() { }")]
    public void TheSameActionReachedThroughAnotherChain_IsNoGrowth_NorAChange(string from, string to)
    {
        var before = AccessReportTests.Report(AccessReportTests.Shop + Chain);
        var after = AccessReportTests.Report(AccessReportTests.Shop + Chain.Replace(from, to));
        var diff = AccessDiff.Between(before, after);

        Assert.NotEqual(before.UserRoles[0].Microflows[0].Reaches, after.UserRoles[0].Microflows[0].Reaches);
        Assert.False(diff.AnonymousAccessGrew);
        Assert.Empty(diff.UserRoles);
    }

    [Fact]
    public void AnotherActionThroughTheSameChain_IsGrowth()
    {
        var diff = Diff(AccessReportTests.Shop + Chain, AccessReportTests.Shop + Chain.Replace("[Retrieves(typeof(Review))]", "[Retrieves(typeof(Review))]\n    [Deletes(typeof(Review))]"));

        Assert.True(diff.AnonymousAccessGrew);
        Assert.Equal(["microflow Shop.ACT_Reviews: reaches Shop.ACT_Reviews \u2192 Shop.SUB_Find deletes the 'Shop.Review' objects it retrieves that way"], diff.UserRoles.Single(role => role.Anonymous).Gained);
    }

    [Fact]
    public void AServiceOpenForAnotherReason_IsNoGrowth_ButAChange()
    {
        const string Open = """
            [PublishedService(ServiceKind.OData, "Shop", RequiresAuthentication = false)]
            public class Feed { }
            """;
        var diff = Diff(AccessReportTests.Shop + Open, AccessReportTests.Shop + Open.Replace("RequiresAuthentication = false", "AllowedRoles = [\"Shop.Guest\"]"));

        Assert.False(diff.AnonymousAccessGrew);
        var anonymous = diff.UserRoles.Single(role => role.Anonymous);
        Assert.Empty(anonymous.Gained);
        Assert.Equal(["service Shop.Feed: open: it requires no authentication; now open: it allows anonymous module role 'Shop.Guest'"], anonymous.Lost);
    }

    private const string TwoScopes = """
        [Entity("Shop", StoreOwner = true)]
        [AccessRule("Shop.Guest", Read = [nameof(Title)])]
        [AccessRule("Shop.Guest", Delete = true, Read = [nameof(Body)], XPath = "[System.owner='[%CurrentUser%]']")]
        public class Note { public string? Title { get; set; } public string? Body { get; set; } }
        """;

    [Fact]
    public void ARightMovedToANarrowerGrant_IsALoss_NotGrowth()
    {
        var diff = Diff(AccessReportTests.Shop + TwoScopes.Replace("Read = [nameof(Title)])]", "Read = [nameof(Title), nameof(Body)])]"), AccessReportTests.Shop + TwoScopes);

        Assert.False(diff.AnonymousAccessGrew);
        var anonymous = diff.UserRoles.Single(role => role.Anonymous);
        Assert.Empty(anonymous.Gained);
        Assert.Equal(["Shop.Note: read Body now on own objects, was every object"], anonymous.Lost);
    }

    private const string OwnAndEvery = """
        [Entity("Shop", StoreOwner = true)]
        [AccessRule("Shop.Guest", Read = [nameof(Title)], XPath = "[System.owner='[%CurrentUser%]']")]
        [AccessRule("Shop.Guest", Read = [nameof(Body)])]
        public class Note { public string? Title { get; set; } public string? Body { get; set; } }
        """;

    // A right moved to a wider grant is growth though the entity's widest grant stays (the first two, on TwoScopes).
    [Theory]
    [InlineData(nameof(TwoScopes), "Read = [nameof(Title)])]", "Read = [nameof(Title), nameof(Body)])]", "Shop.Note: read Body now on every object, was own objects")]
    [InlineData(nameof(TwoScopes), "[AccessRule(\"Shop.Guest\", Read = [nameof(Title)])]", "[AccessRule(\"Shop.Guest\", Delete = true, Read = [nameof(Title)])]", "Shop.Note: delete now on every object, was own objects")]
    [InlineData(nameof(OwnAndEvery), "Read = [nameof(Body)])]", "Create = true, Read = [nameof(Body)])]", "Shop.Note: create")]
    [InlineData(nameof(OwnAndEvery), "[AccessRule(\"Shop.Guest\", Read = [nameof(Body)])]", "[AccessRule(\"Shop.Guest\", Read = [nameof(Body)])]\n[AccessRule(\"Shop.Guest\", Read = [nameof(Title)], XPath = \"[Title != empty]\")]", "Shop.Note: read Title now on constrained objects, was own objects")]
    [InlineData(nameof(OwnAndEvery), "Read = [nameof(Title)], XPath", "Read = [nameof(Title)], ReadWrite = [nameof(Body)], XPath", "Shop.Note: write Body")]
    public void EachNewOrWiderRight_OnAnEntityOfSeveralGrants_IsGrowth(string model, string from, string to, string gained)
    {
        var note = model == nameof(TwoScopes) ? TwoScopes : OwnAndEvery;
        var diff = Diff(AccessReportTests.Shop + note, AccessReportTests.Shop + note.Replace(from, to));

        Assert.True(diff.AnonymousAccessGrew);
        Assert.Equal([gained], diff.UserRoles.Single(role => role.Anonymous).Gained);
    }

    [Fact]
    public void AnEntityWhoseWidestGrantNarrows_IsALossOfTheEntity_NotOfEachRight()
    {
        var diff = Diff(AccessReportTests.Shop + OwnAndEvery, AccessReportTests.Shop + OwnAndEvery.Replace("Read = [nameof(Body)])]", "Read = [nameof(Body)], XPath = \"[System.owner='[%CurrentUser%]']\")]"));

        Assert.False(diff.AnonymousAccessGrew);
        var anonymous = diff.UserRoles.Single(role => role.Anonymous);
        Assert.Empty(anonymous.Gained);
        Assert.Equal(["Shop.Note: now on own objects, was every object"], anonymous.Lost);
    }

    [Fact]
    public void AGrantOnEveryObjectForAMemberReadOnOwnObjects_WidensTheEntity()
    {
        var diff = Diff(AccessReportTests.Shop + OwnAndEvery.Replace("Read = [nameof(Body)])]", "Read = [nameof(Body)], XPath = \"[System.owner='[%CurrentUser%]']\")]"), AccessReportTests.Shop + OwnAndEvery);

        Assert.True(diff.AnonymousAccessGrew);
        Assert.Equal(["Shop.Note: now on every object, was own objects"], diff.UserRoles.Single(role => role.Anonymous).Gained);
    }

    [Fact]
    public void ANamedUserRoleThatBecomesTheAnonymousOne_IsGrowth_TheReverseALoss_AndARemovedRoleLosesAll()
    {
        var after = AccessReportTests.Shop
            .Replace("[assembly: AnonymousUsers(\"Anonymous\", SignInMicroflow = \"Shop.TransferCart\")]", "[assembly: AnonymousUsers(\"Customer\", SignInMicroflow = \"Shop.TransferCart\")]")
            .Replace("[assembly: UserRole(\"Anonymous\", \"Shop.Guest\", \"System.User\")]", string.Empty);
        var diff = Diff(AccessReportTests.Shop, after);

        Assert.True(diff.AnonymousAccessGrew);
        Assert.Equal(["anonymous users: it is now the anonymous user role"], diff.UserRoles.Single(role => role.Name == "Customer").Gained);
        Assert.Equal(
            ["the user role", "Shop.CartLine: reachable; create; read Quantity; write Quantity", "Shop.Review: reachable; read Text; write Text"],
            diff.UserRoles.Single(role => role.Name == "Anonymous").Lost);
        Assert.Equal(["anonymous users: it is no longer the anonymous user role"], Diff(after, AccessReportTests.Shop).UserRoles.Single(role => role.Name == "Customer").Lost);
    }

    [Fact]
    public void AServiceThatBecomesOpen_IsGrowth_EvenWithoutAnAnonymousUserRole()
    {
        var app = AccessReportTests.Shop
            .Replace("[assembly: UserRole(\"Anonymous\", \"Shop.Guest\", \"System.User\")]", string.Empty)
            .Replace("[assembly: AnonymousUsers(\"Anonymous\", SignInMicroflow = \"Shop.TransferCart\")]", string.Empty) + """
            [PublishedService(ServiceKind.Rest, "Shop", AllowedRoles = ["Shop.Customer"])]
            public class Api { }
            """;

        var opened = Diff(app, app.Replace("AllowedRoles = [\"Shop.Customer\"]", "RequiresAuthentication = false"));
        var closed = Diff(app.Replace("AllowedRoles = [\"Shop.Customer\"]", "RequiresAuthentication = false"), app);

        Assert.True(opened.AnonymousAccessGrew);
        // The named role could use the service before: the line says what it was, as a lost one says what it is now.
        Assert.Equal(["service Shop.Api: open: it requires no authentication; was allowed"], opened.UserRoles.Single().Gained);
        Assert.False(closed.AnonymousAccessGrew);
        Assert.Equal(["service Shop.Api: open: it requires no authentication; now allowed"], closed.UserRoles.Single().Lost);
    }

    [Fact]
    public void TheMarkdown_ListsEachRolesGainsAndLosses_AndSaysWhetherAnonymousAccessGrew()
    {
        var grew = Diff(AccessReportTests.Shop, AccessReportTests.Shop.Replace("[AccessRule(\"Shop.Customer\", Read = [nameof(Quantity)])]", "[AccessRule(\"Shop.Customer\", Read = [nameof(Quantity)])]\n[AccessRule(\"Shop.Guest\", Delete = true)]"));
        var shrank = Diff(AccessReportTests.Shop, AccessReportTests.Shop.Replace("[AccessRule(\"Shop.Guest\", ReadWrite = [nameof(Text)])]", "[AccessRule(\"Shop.Customer\", ReadWrite = [nameof(Text)])]"));

        Assert.Equal("# Access diff\n\n## Anonymous (anonymous)\n\n- gained: Shop.CartLine: delete\n- gained: Shop.CartLine: now on every object, was own objects\n\nAnonymous access grew.\n", grew.ToMarkdown());
        Assert.Equal("# Access diff\n\n## Anonymous (anonymous)\n\n- lost: Shop.Review: reachable; read Text; write Text\n\n## Customer\n\n- gained: Shop.Review: reachable; read Text; write Text\n\nAnonymous access did not grow.\n", shrank.ToMarkdown());
        Assert.Equal("# Access diff\n\nNo user role gained or lost access.\nAnonymous access did not grow.\n", Diff(AccessReportTests.Shop, AccessReportTests.Shop).ToMarkdown());
    }

    [Fact]
    public void TheSameModelWithDocuments_ChangesNothing()
    {
        var diff = Diff(AccessReportTests.Shop + Documents, AccessReportTests.Shop + Documents);

        Assert.False(diff.AnonymousAccessGrew);
        Assert.Empty(diff.UserRoles);
    }

    [Fact]
    public void TwoEntitiesGrowing_InOneDiff_AreGrowth()
    {
        var diff = Diff(AccessReportTests.Shop, AccessReportTests.Shop
            .Replace("ReadWrite = [nameof(Text)])]", "ReadWrite = [nameof(Text)], Delete = true)]")
            .Replace("XPath = \"[System.owner='[%CurrentUser%]']\")]", "Delete = true, XPath = \"[System.owner='[%CurrentUser%]']\")]"));

        Assert.True(diff.AnonymousAccessGrew);
        Assert.Equal(["Shop.CartLine: delete", "Shop.Review: delete"], diff.UserRoles.Single(role => role.Anonymous).Gained);
    }

    [Fact]
    public void ReadAndWriteOfAMemberMovedToAWiderGrant_AreBothNamed()
    {
        var before = AccessReportTests.Shop + TwoScopes.Replace("Delete = true, Read = [nameof(Body)]", "Delete = true, ReadWrite = [nameof(Body)]");
        var diff = Diff(before, before.Replace("[AccessRule(\"Shop.Guest\", Read = [nameof(Title)])]", "[AccessRule(\"Shop.Guest\", Read = [nameof(Title)], ReadWrite = [nameof(Body)])]"));

        Assert.True(diff.AnonymousAccessGrew);
        Assert.Equal(["Shop.Note: read Body now on every object, was own objects; write Body now on every object, was own objects"], diff.UserRoles.Single(role => role.Anonymous).Gained);
    }

    [Fact]
    public void SeveralGrowths_InOneDiff_AreGrowth()
    {
        // Two entities, and a microflow beside them, each of which alone is growth: none cancels another.
        var diff = Diff(AccessReportTests.Shop, AccessReportTests.Shop
            .Replace("ReadWrite = [nameof(Text)])]", "ReadWrite = [nameof(Text)], Delete = true)]")
            .Replace("XPath = \"[System.owner='[%CurrentUser%]']\")]", "Delete = true, XPath = \"[System.owner='[%CurrentUser%]']\")]") + """
            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                [Retrieves(typeof(Review))]
                public static void ACT_Reviews() { }
            }
            """);

        Assert.True(diff.AnonymousAccessGrew);
        Assert.Equal(
            ["Shop.CartLine: delete", "Shop.Review: delete", "microflow Shop.ACT_Reviews: callable; reaches Shop.ACT_Reviews retrieves every 'Shop.Review'"],
            diff.UserRoles.Single(role => role.Anonymous).Gained);
    }

    [Fact]
    public void ANewNamedUserRole_IsNoAnonymousGrowth()
    {
        var diff = Diff(AccessReportTests.Shop, AccessReportTests.Shop.Replace(
            "[assembly: UserRole(\"Customer\", \"Shop.Customer\", \"System.User\")]",
            "[assembly: UserRole(\"Customer\", \"Shop.Customer\", \"System.User\")]\n[assembly: UserRole(\"Clerk\", \"Shop.Customer\", \"System.User\")]"));

        Assert.False(diff.AnonymousAccessGrew);
        var clerk = Assert.Single(diff.UserRoles);
        Assert.False(clerk.Anonymous);
        Assert.Equal("the user role", clerk.Gained[0]);
    }
}
