using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Json;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Model;
using AccessRulesAnalyzer.Tests.Verification;
using AccessRulesAnalyzer.Tool;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AccessRulesAnalyzer.Tests.Tool;

/// <summary>The report of the command-line tool: its stable JSON shape, markdown, HTML and the approved-access lines.</summary>
public class AccessReportTests
{
    internal const string Shop = """
        using AccessRules;

        [assembly: ModuleRole("Shop.Customer")]
        [assembly: ModuleRole("Shop.Guest")]
        [assembly: UserRole("Customer", "Shop.Customer", "System.User")]
        [assembly: UserRole("Anonymous", "Shop.Guest", "System.User")]
        [assembly: AnonymousUsers("Anonymous", SignInMicroflow = "Shop.TransferCart")]

        [Entity("Shop", StoreOwner = true)]
        [AccessRule("Shop.Guest", Create = true, ReadWrite = [nameof(Quantity)], XPath = "[System.owner='[%CurrentUser%]']")]
        [AccessRule("Shop.Customer", Read = [nameof(Quantity)])]
        public class CartLine { public int Quantity { get; set; } }

        [Entity("Shop")]
        [AccessRule("Shop.Guest", ReadWrite = [nameof(Text)])]
        public class Review { public string? Text { get; set; } }
        """;

    internal static AccessReport Report(string source) => AccessReport.Of(App(source));

    /// <summary>The app <paramref name="source"/> declares, as the tool loads it from <c>{name}/{name}.csproj</c> in the temporary folder.</summary>
    internal static LoadedApp App(string source, string name = "App", params MetadataReference[] libraries)
    {
        var tree = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(source, new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest), path: Path.Combine(Path.GetTempPath(), name, "Entities.cs"));
        var compilation = TestProject.Compilation(string.Empty, libraries).RemoveAllSyntaxTrees().AddSyntaxTrees(tree);
        var findings = compilation.WithAnalyzers(SecurityModelAnalyzer.Package()).GetAnalyzerDiagnosticsAsync().Result;
        return new LoadedApp(Path.Combine(Path.GetTempPath(), name, name + ".csproj"), SecurityModel.For(compilation)!, findings);
    }

    [Fact]
    public void Json_IsIndented_AndEndsWithANewLine_ForOneAppAndForASolution()
    {
        var report = Report(Shop);

        // A file people read and diff: indented, one line per property, and a final newline.
        Assert.StartsWith("{\n  \"userRoles\": [\n    {\n      \"name\": \"Anonymous\",\n", ReportFormats.ToJson(report).ReplaceLineEndings("\n"));
        Assert.EndsWith("}\n", ReportFormats.ToJson(report));
        Assert.EndsWith("}\n", ReportFormats.ToJson([report, report], "Shop.sln"));
    }

    [Fact]
    public void Json_HasTheDocumentedShape()
    {
        using var json = JsonDocument.Parse(ReportFormats.ToJson(Report(Shop)));
        var anonymous = json.RootElement.GetProperty("userRoles")[0];
        var review = anonymous.GetProperty("entities")[1];
        var grant = review.GetProperty("grants")[0];

        Assert.Equal(["userRoles", "schemaVersion", "toolVersion", "app", "generated", "userRoleFilter", "settings", "appFindings", "documentFindings", "otherFindings", "errors"], json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(AccessReport.CurrentSchemaVersion, json.RootElement.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("App.csproj", json.RootElement.GetProperty("app").GetString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("userRoleFilter").ValueKind);
        Assert.Equal(["name", "anonymous", "moduleRoles", "entities", "microflows", "pages", "services"], anonymous.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["entity", "persistable", "grants", "findings"], review.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["create", "delete", "read", "write", "constraint", "scope", "rules", "findings"], grant.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["AR0002", "AR0003"], grant.GetProperty("findings").EnumerateArray().Select(id => id.GetString()));
        Assert.Equal("Anonymous", anonymous.GetProperty("name").GetString());
        Assert.True(anonymous.GetProperty("anonymous").GetBoolean());
        Assert.Equal("Shop.Review", review.GetProperty("entity").GetString());
        Assert.Equal(JsonValueKind.Null, grant.GetProperty("constraint").ValueKind);
        Assert.Equal("none", grant.GetProperty("scope").GetString());
        Assert.Equal(["Entities.cs:15"], grant.GetProperty("rules").EnumerateArray().Select(r => r.GetString()));
        var ar0002 = review.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "AR0002");
        Assert.Equal(["id", "message", "severity", "redFlag", "helpLink"], ar0002.EnumerateObject().Select(p => p.Name));
        Assert.Contains("'Text'", ar0002.GetProperty("message").GetString());
        Assert.Equal("warning", ar0002.GetProperty("severity").GetString());
        Assert.True(ar0002.GetProperty("redFlag").GetBoolean());
        Assert.EndsWith("docs/rules/AR0002.md", ar0002.GetProperty("helpLink").GetString());
    }

    [Fact]
    public void FindingsGoToTheRolesWhoseRulesTheyAreAbout()
    {
        var report = Report(Shop);
        var customerCartLine = report.UserRoles.Single(role => role.Name == "Customer").Entities.Single();

        Assert.Equal("Shop.CartLine", customerCartLine.Entity);
        Assert.DoesNotContain(customerCartLine.Findings, finding => finding.Id == "AR0010");
        Assert.Contains(report.UserRoles[0].Entities[0].Findings, finding => finding.Id == "AR0010");
    }

    [Fact]
    public void Json_ReadsBackAsTheSameReport()
    {
        var report = Report(Shop);
        var read = JsonSerializer.Deserialize<AccessReport>(ReportFormats.ToJson(report), ReportFormats.Json)!;

        Assert.Equal(ReportFormats.ToJson(report), ReportFormats.ToJson(read));
    }

    [Fact]
    public void Markdown_HasARowPerGrant()
    {
        var markdown = ReportFormats.ToMarkdown(Report(Shop));

        Assert.Contains("## Anonymous (anonymous)", markdown);
        Assert.Contains("| Shop.CartLine | own objects | `[System.owner='[%CurrentUser%]']` | yes | no | Quantity | Quantity | Entities.cs:10 |", markdown);
        Assert.Contains("| Shop.Review | every object | (none) | no | no | Text | Text | Entities.cs:15 |", markdown);
    }

    [Fact]
    public void Markdown_EscapesAPipeInAConstraint_SoThatTheTableKeepsItsColumns() =>
        Assert.Contains(
            " | `[Text != 'a\\|b']` | no | no | Text | Text | Entities.cs:15 |",
            ReportFormats.ToMarkdown(Report(Shop.Replace("""[AccessRule("Shop.Guest", ReadWrite = [nameof(Text)])]""", """[AccessRule("Shop.Guest", ReadWrite = [nameof(Text)], XPath = "[Text != 'a|b']")]"""))));

    [Fact]
    public void Markdown_WritesAConstraintOverSeveralLines_OnTheRowsOneLine() =>
        Assert.Contains(
            "| Shop.Review | constrained | `[Text != 'a' and Text != 'b']` | no | no | Text | Text | Entities.cs:15 |\n",
            ReportFormats.ToMarkdown(Report(Shop.Replace("""[AccessRule("Shop.Guest", ReadWrite = [nameof(Text)])]""", """"
                [AccessRule("Shop.Guest", ReadWrite = [nameof(Text)], XPath = """
                    [Text != 'a'
                     and Text != 'b']
                    """)]
                """"))).ReplaceLineEndings("\n"));

    [Fact]
    public void Html_IsOneSelfContainedFile_WithOneLinePerGrantColouredByRisk()
    {
        var html = ReportFormats.ToHtml(Report(Shop));

        // No external assets; links to the rule pages are links, not assets.
        Assert.DoesNotContain("src=\"http", html);
        Assert.DoesNotContain("url(", html);
        Assert.DoesNotContain("<script src", html);
        Assert.DoesNotContain("<link", html);
        Assert.Contains("<script>", html);
        Assert.EndsWith("</script>\n</body>\n</html>\n", html);

        // The anonymous role's unconstrained write is a red flag (AR0002); its own cart lines are green; the customers'
        // read of every cart line is neutral, and says "every object".
        Assert.Contains("<tr class=\"risk-red-flag\" data-role=\"Anonymous\" data-entity=\"Shop.Review\" data-findings=\"AR0002 AR0003\" data-red-flag=\"true\">", html);
        Assert.Contains("<tr class=\"risk-own\" data-role=\"Anonymous\" data-entity=\"Shop.CartLine\"", html);
        Assert.Contains("<tr class=\"risk-every-object\" data-role=\"Customer\" data-entity=\"Shop.CartLine\" data-findings=\"\" data-red-flag=\"false\"><td>Customer</td><td>Shop.CartLine</td><td class=\"scope\">every object</td>", html);
        Assert.Contains("thead th { position: sticky; top: 0;", html);
        Assert.Contains("@media print", html);
    }

    [Fact]
    public void Html_OneLinePerGrant_DoesNotMergeAnEntitysGrants()
    {
        var html = ReportFormats.ToHtml(Report(Shop.Replace(
            """[AccessRule("Shop.Guest", ReadWrite = [nameof(Text)])]""",
            """[AccessRule("Shop.Guest", Read = [nameof(Text)], XPath = "[Text = 'public']")] [AccessRule("Shop.Guest", Delete = true, XPath = "[System.owner='[%CurrentUser%]']")]""")
            .Replace("[Entity(\"Shop\")]", "[Entity(\"Shop\", StoreOwner = true)]")));

        var review = html.Split('\n').Where(line => line.StartsWith("<tr ") && line.Contains("data-role=\"Anonymous\" data-entity=\"Shop.Review\"")).ToList();
        Assert.Equal(2, review.Count);
        // The read of public reviews is AR0003's (every member, not the visitor's own); the delete of their own is not.
        Assert.Contains(review, line => line.StartsWith("<tr class=\"risk-red-flag\"") && line.Contains("<td class=\"scope\">constrained</td><td><code>[Text = &#39;public&#39;]</code></td><td>no</td><td>Text</td><td></td><td>no</td>"));
        Assert.Contains(review, line => line.StartsWith("<tr class=\"risk-own\"") && line.Contains("<td class=\"scope\">own objects</td>") && line.Contains("data-findings=\"\""));
    }

    [Fact]
    public void Html_HasTheSummaryTheUserRolesAndLinkedIds()
    {
        var html = ReportFormats.ToHtml(Report(Shop));

        Assert.Contains("<p class=\"header\">App.csproj · accessrules ", html);
        Assert.Contains("<tr data-role=\"Anonymous\" class=\"risk-red-flag\"><th scope=\"row\">Anonymous (anonymous)</th><td class=\"red-flags\">2</td><td>1</td><td>3</td></tr>", html);
        Assert.Contains("<tr data-role=\"Customer\"><th scope=\"row\">Customer</th><td class=\"red-flags\">0</td><td>1</td><td>0</td></tr>", html);
        Assert.Contains("<li><strong>Shop.Review</strong> (every object): Text</li>", html);
        Assert.Contains("<li><strong>Shop.CartLine</strong> (own objects <code>[System.owner=&#39;[%CurrentUser%]&#39;]</code>): Quantity</li>", html);
        Assert.Contains("<li><strong>Customer</strong>: Shop.Customer, System.User</li>", html);
        Assert.Contains("<a href=\"https://github.com/accessrules/AccessRulesAnalyzer/blob/main/docs/rules/AR0002.md\">AR0002</a> red flag", html);
        Assert.Contains("<option value=\"AR0002\">AR0002</option>", html);
    }

    [Fact]
    public void Html_WithoutAnonymousUsers_SaysSo()
    {
        var html = ReportFormats.ToHtml(Report(Shop
            .Replace("""[assembly: UserRole("Anonymous", "Shop.Guest", "System.User")]""", string.Empty)
            .Replace("""[assembly: AnonymousUsers("Anonymous", SignInMicroflow = "Shop.TransferCart")]""", string.Empty)));

        Assert.Contains("<p class=\"anonymous-reads\">The app has no anonymous user role.</p>", html);
    }

    [Fact]
    public void ApprovedLines_AreCanonical_AndOnlyTheAnonymousRoles()
    {
        var lines = ApprovedAccess.Lines(UserRoleAccess.Of(SecurityModel.For(TestProject.Compilation(Shop))!)).ToArray();

        Assert.Equal(
            new[]
            {
                "Shop.CartLine | [System.owner='[%CurrentUser%]'] | user | create; read Quantity; write Quantity",
                "Shop.Review | * | none | read Text; write Text",
            },
            lines);
    }

    [Fact]
    public void ApprovedLines_NameDeleteWriteAndTheConstrainedScope()
    {
        var lines = ApprovedAccess.Lines(UserRoleAccess.Of(SecurityModel.For(TestProject.Compilation(Shop.Replace(
            "[AccessRule(\"Shop.Guest\", ReadWrite = [nameof(Text)])]",
            "[AccessRule(\"Shop.Guest\", Delete = true, ReadWrite = [nameof(Text)], XPath = \"[Text != empty]\")]")))!)).ToArray();

        Assert.Contains("Shop.Review | [Text != empty] | constrained | delete; read Text; write Text", lines);
    }

    // The baseline writes a Name as the model takes it, dots and all; the analyzer must read that line back.
    [Fact]
    public void ApprovedLines_ReadBack_WhenANameHoldsADot() =>
        AssertTheBaselineReadsBack(
            Shop.Replace("[Entity(\"Shop\")]", "[Entity(\"Shop\", Name = \"Faq.Review\")]"),
            "Shop.Faq.Review | * | none | read Text; write Text");

    // A constraint over several lines is one line of the file; one that holds the separator in a string reads back whole.
    [Theory]
    [InlineData("\"\"\"\n    [Text != empty\n     and Text != 'x']\n    \"\"\"", "Shop.Review | [Text != empty and Text != 'x'] | constrained | read Text; write Text")]
    [InlineData("\"[Text = 'Billing | Payments']\"", "Shop.Review | [Text = 'Billing | Payments'] | constrained | read Text; write Text")]
    [InlineData("\"[Text = 'a | b | c']\"", "Shop.Review | [Text = 'a | b | c'] | constrained | read Text; write Text")]
    public void ApprovedLines_ReadBack_WhateverTheConstraintHolds(string xpath, string expected) =>
        AssertTheBaselineReadsBack(
            Shop.Replace("[AccessRule(\"Shop.Guest\", ReadWrite = [nameof(Text)])]", $"[AccessRule(\"Shop.Guest\", ReadWrite = [nameof(Text)], XPath = {xpath})]"),
            expected);

    /// <summary>The lines the baseline writes for <paramref name="app"/> hold <paramref name="expected"/>, and the analyzer's parser reads them all back as written.</summary>
    private static void AssertTheBaselineReadsBack(string app, string expected)
    {
        var lines = ApprovedAccess.Lines(UserRoleAccess.Of(SecurityModel.For(TestProject.Compilation(app))!)).ToArray();

        Assert.Contains(expected, lines);
        var file = ApprovedAccess.Parse("AnonymousAccess.approved.txt", Microsoft.CodeAnalysis.Text.SourceText.From(string.Join("\n", lines) + "\n"));
        Assert.Empty(file.Errors);
        Assert.Equal(lines, file.Entries.Select(entry => entry.Line));
    }

    [Theory]
    [InlineData("Shop.Review | Text != empty | none | read Text", "line 1, column 15: the constraint must be an XPath in brackets or '*' for every object, not 'Text != empty'")]
    [InlineData("Shop. | * | none | read Text", "line 1, column 1: 'Shop.' is not a qualified entity name (Module.Entity)")]
    [InlineData("  Shop.Review | * | some | read Text", "line 1, column 21: the scope must be user, constrained or none, not 'some'")]
    [InlineData("Shop.Review | * | none | read Text; edit Text", "line 1, column 37: 'edit Text' is not a right: create, delete, read Member, ... or write Member, ...")]
    [InlineData("service Shop.Feed | open", "line 1, column 1: expected 'service Module.Name | open | why', three fields separated by '|'; found 2")]
    [InlineData("microflow Shop.ACT_Find | anonymous | reaches no data without entity access", "line 1, column 27: the second field must be 'anonymous-callable', not 'anonymous'")]
    public void ApprovedFiles_ReportWhatDoesNotParse_WithLineAndColumn(string line, string message)
    {
        var file = ApprovedAccess.Parse("AnonymousAccess.approved.txt", Microsoft.CodeAnalysis.Text.SourceText.From(line + "\n"));

        Assert.Empty(file.Entries);
        Assert.Equal(message, Assert.Single(file.Errors).Message);
    }

    // Lines made of the file's own pieces, in any order: the parser never throws, every error lies on its line's text,
    // and every approved line is the text its span covers.
    [Fact]
    public void ApprovedFiles_OfRandomLines_NeverThrow_AndSpanOnlyTheirText()
    {
        string[] pieces = ["microflow ", "service ", "service | ", "microflow | ", " | ", "|", "| ", "Shop.Order", "Shop.", ".", "[a = 'x | y']", "[", "*", "none", "user", "anonymous-callable", "open", "read A, B", "write A", "; ", "create", "delete", " ", "\t", "\r\n", "\n", "#", "\u2028", "é"];
        var random = new Random(20261207);
        for (var i = 0; i < 5_000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 12)).Select(_ => pieces[random.Next(pieces.Length)]));
            var file = ApprovedAccess.Parse("AnonymousAccess.approved.txt", Microsoft.CodeAnalysis.Text.SourceText.From(text));

            Assert.All(file.Errors, error => Assert.True(error.Span.Length > 0 && error.Span.End <= text.Length, $"error span {error.Span} in '{text}'"));
            Assert.All(file.Entries, entry => Assert.Equal(entry.Line, text.Substring(entry.Span.Start, entry.Span.Length)));
        }
    }

    [Fact]
    public void ApprovedFiles_AcceptEveryScopeAndRight_AndSpanEachLineWithoutItsIndent()
    {
        const string text = "# approved\n" +
            "Shop.Review | [Text != empty] | constrained | create; delete; read Text; write Text\n" +
            "  Shop.Review | [System.owner='[%CurrentUser%]'] | user | delete\n" +
            "\n" +
            "Shop.Review | * | none | read Text\n";

        var file = ApprovedAccess.Parse("AnonymousAccess.approved.txt", Microsoft.CodeAnalysis.Text.SourceText.From(text));

        Assert.Empty(file.Errors);
        Assert.Equal(3, file.Entries.Length);
        Assert.Equal("Shop.Review | [System.owner='[%CurrentUser%]'] | user | delete", file.Entries[1].Line);
        Assert.Equal(text.IndexOf("Shop.Review | [System.owner", System.StringComparison.Ordinal), file.Entries[1].Span.Start);
        Assert.Equal(file.Entries[1].Line.Length, file.Entries[1].Span.Length);
    }

    [Fact]
    public void ApprovedFiles_PointAnErrorOnALaterLine_AtItsColumn()
    {
        const string text = "Shop.Review | * | none | read Text\n    Shop.Review | * | none | create; erase\n";

        var file = ApprovedAccess.Parse("AnonymousAccess.approved.txt", Microsoft.CodeAnalysis.Text.SourceText.From(text));

        var error = Assert.Single(file.Errors);
        Assert.Equal("line 2, column 38: 'erase' is not a right: create, delete, read Member, ... or write Member, ...", error.Message);
        Assert.Equal(text.IndexOf("erase", System.StringComparison.Ordinal), error.Span.Start);
        Assert.Equal("erase".Length, error.Span.Length);
    }

    [Fact]
    public void AppLevelFindings_AreInEveryFormat_WithIdSeverityRedFlagAndLink()
    {
        // The anonymous user role reuses the customers' module role: AR0001, on the assembly attribute.
        var report = Report(Shop.Replace("""UserRole("Anonymous", "Shop.Guest", "System.User")""", """UserRole("Anonymous", "Shop.Guest", "Shop.Customer", "System.User")"""));

        var ar0001 = Assert.Single(report.AppFindings, finding => finding.Id == "AR0001");
        Assert.True(ar0001.RedFlag);
        Assert.Equal("warning", ar0001.Severity);
        Assert.DoesNotContain(report.UserRoles.SelectMany(role => role.Entities).SelectMany(entity => entity.Findings), finding => finding.Id == "AR0001");
        Assert.Contains("## Findings about the app", ReportFormats.ToMarkdown(report));
        Assert.Contains("[AR0001](https://github.com/accessrules/AccessRulesAnalyzer/blob/main/docs/rules/AR0001.md) warning, red flag:", ReportFormats.ToMarkdown(report));
        Assert.Contains("<a href=\"https://github.com/accessrules/AccessRulesAnalyzer/blob/main/docs/rules/AR0001.md\">AR0001</a>", ReportFormats.ToHtml(report));
        Assert.Contains("\"appFindings\"", ReportFormats.ToJson(report));
        Assert.Contains(Report(Shop).AppFindings, finding => finding.Id == "AR1020" && finding.Severity == "info" && !finding.RedFlag);
    }

    [Fact]
    public void TheSettingsTheRulesJudge_AreInTheReport()
    {
        // Assembly attributes precede the classes.
        var report = Report(Shop.Replace("[Entity(\"Shop\", StoreOwner = true)]", """
            [assembly: AppSecurity(SecurityLevel.Production, StrictMode = false, HashAlgorithm = PasswordHashing.MD5)]
            [assembly: Constant("Shop.ApiKey", ExposedToClient = true)]
            [assembly: Constant("Shop.Internal")]

            [Entity("Shop", StoreOwner = true)]
            """));

        Assert.Equal(new ReportSettings("Production", false, true, true, "MD5", ["Shop.ApiKey"]).ToString(), report.Settings!.ToString());
        Assert.Contains("strict mode off · security checks on · strict page URL checking on · password hashing MD5 · constants exposed to the client: Shop.ApiKey", ReportFormats.ToMarkdown(report));
        Assert.Contains("<p class=\"settings\">Security level Production · strict mode off", ReportFormats.ToHtml(report));
    }

    [Fact]
    public void WithoutAppSecurity_TheReportStatesTheDefaults_ProductionWithEveryCheckOn() =>
        Assert.Equal(new ReportSettings("Production", true, true, true, "BCrypt", []).ToString(), Report(Shop).Settings!.ToString());

    [Fact]
    public void TheMarkdownAndTheHtml_SayOfEachMicroflowWhetherItAppliesEntityAccess_AndWhatItReachesWithout()
    {
        var report = Report(Shop + """
            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Guest"], ApplyEntityAccess = true)]
                [Retrieves(typeof(Review))]
                public static void ACT_Applies() { }

                [Microflow("Shop", AllowedRoles = ["Shop.Guest"], ApplyEntityAccess = true)]
                public static void ACT_AppliesAndCalls() => SUB_All();

                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                public static void ACT_Nothing() { }

                [Microflow("Shop")]
                [Retrieves(typeof(Review))]
                public static void SUB_All() { }
            }
            """);
        var markdown = ReportFormats.ToMarkdown(report);
        var html = ReportFormats.ToHtml(report);

        Assert.Contains("- Shop.ACT_Applies: applies entity access\n", markdown);
        Assert.Contains("- Shop.ACT_AppliesAndCalls: applies entity access; reaches Shop.ACT_AppliesAndCalls \u2192 Shop.SUB_All retrieves every 'Shop.Review'\n", markdown);
        Assert.Contains("- Shop.ACT_Nothing: without entity access; reaches only the user's own objects and those the client passes in\n", markdown);
        Assert.Contains("microflow Shop.ACT_Applies: applies entity access</li>", html);
        Assert.Contains("microflow Shop.ACT_AppliesAndCalls: applies entity access; reaches Shop.ACT_AppliesAndCalls \u2192 Shop.SUB_All retrieves every &#39;Shop.Review&#39;</li>", html);
        Assert.Contains("microflow Shop.ACT_Nothing: without entity access; reaches only the user&#39;s own objects and those the client passes in</li>", html);
    }

    // An app with a finding in every section, user roles with and without access, a microflow, a page and an open service.
    internal static string EverySectionApp =>
        Shop.Replace("""[assembly: ModuleRole("Shop.Guest")]""", """
                [assembly: ModuleRole("Shop.Guest")]
                [assembly: ModuleRole("Shop.Auditor")]
                [assembly: UserRole("Auditor", "Shop.Auditor")]
                [assembly: AppSecurity(SecurityLevel.Production, StrictPageUrlChecking = false)]
                """) + """

                [Entity("Shop")]
                [AccessRule("Shop.Nobody", Read = [nameof(Code)])]
                public class Voucher { public string? Code { get; set; } }

                public static class Flows
                {
                    [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                    [Retrieves(typeof(Review))]
                    public static void ACT_Reviews() { }

                    [Microflow("Shop", AllowedRoles = ["Shop.Customer"], ApplyEntityAccess = true)]
                    public static void ACT_Cart() { }

                    [Microflow("Shop")]
                    public static void TransferCart() { }
                }

                [Page("Shop", VisibleFor = ["Shop.Guest", "Shop.Customer"])]
                [Calls("Shop.ACT_Reviews")]
                public class Reviews { }

                [PublishedService(ServiceKind.Rest, "Shop", RequiresAuthentication = false, Location = "rest/reviews/v1")]
                [Operation("Shop.ACT_Reviews")]
                public class ReviewsApi { }
                """;

    private static AccessReport EverySectionReport() => Report(EverySectionApp);

    [Fact]
    public void ARolesDocuments_LeaveOutTheRolesThatAR1001OrAR1002Report_AsTheChecksDo()
    {
        // Sales.Guest is the anonymous user role's, but cannot be a role of a Shop document (CE0148): it gives no access.
        var report = Report(EverySectionApp
            .Replace("""[assembly: ModuleRole("Shop.Auditor")]""", """[assembly: ModuleRole("Sales.Guest")]""")
            .Replace("""[assembly: UserRole("Anonymous", "Shop.Guest", "System.User")]""", """[assembly: UserRole("Anonymous", "Shop.Guest", "Sales.Guest", "System.User")]""")
            .Replace("""AllowedRoles = ["Shop.Guest"])]""", """AllowedRoles = ["Sales.Guest", "Shop.Gust"])]""")
            .Replace("""VisibleFor = ["Shop.Guest", "Shop.Customer"]""", """VisibleFor = ["Sales.Guest"]""")
            .Replace("""RequiresAuthentication = false""", """AllowedRoles = ["Sales.Guest"]"""));

        var anonymous = report.UserRoles.Single(role => role.Anonymous);
        Assert.Empty(anonymous.Microflows);
        Assert.Empty(anonymous.Pages);
        Assert.Empty(anonymous.Services);
        Assert.Contains(report.DocumentFindings, finding => finding.Id == "AR1002");
    }

    [Fact]
    public void TheMarkdown_OfAnAppWithEverySection_IsExactlyThis()
    {
        // The whole text, so that every line's wording, order and separators are held (the other tests hold single lines);
        // the source's line endings may be a checkout's, the report's are always \n.
        var report = EverySectionReport();
        var markdown = ReportFormats.ToMarkdown(report).Replace(report.Generated!.Value.ToString("yyyy-MM-dd HH:mm"), "DATE").Replace(report.ToolVersion!, "VERSION");

        Assert.Equal("""
            # Effective access

            App.csproj · accessrules VERSION · DATE UTC

            Security level Production · strict mode on · security checks on · strict page URL checking off · password hashing BCrypt · constants exposed to the client: none

            ## Findings about the app

            - [AR1020](https://github.com/accessrules/AccessRulesAnalyzer/blob/main/docs/rules/AR1020.md) info: The app has named user roles but declares no password policy: add [assembly: PasswordPolicy(MinimumLength = 12, RequireDigit = true, RequireMixedCase = true, RequireSymbol = true)], unless every user signs in through single sign-on
            - [AR1031](https://github.com/accessrules/AccessRulesAnalyzer/blob/main/docs/rules/AR1031.md) warning: Strict page URL checking is off at the Production security level: a page opened by URL then takes objects its user may not read; set StrictPageUrlChecking = true

            ## Findings about microflows, pages and services

            - [AR0016](https://github.com/accessrules/AccessRulesAnalyzer/blob/main/docs/rules/AR0016.md) warning, red flag: Microflow 'Shop.ACT_Reviews' can be called by anonymous module role 'Shop.Guest' and reaches data without entity access: Shop.ACT_Reviews retrieves every 'Shop.Review'; set ApplyEntityAccess = true on 'Shop.ACT_Reviews'
            - [AR0020](https://github.com/accessrules/AccessRulesAnalyzer/blob/main/docs/rules/AR0020.md) info: Microflow 'Shop.ACT_Cart' allows 'Shop.Customer' although no page, nanoflow, URL or service operation calls it: remove AllowedRoles, since microflows call it without any role check
            - [AR1026](https://github.com/accessrules/AccessRulesAnalyzer/blob/main/docs/rules/AR1026.md) error: Page 'Shop.Reviews' is for 'Shop.Guest', 'Shop.Customer', but the microflow 'Shop.ACT_Reviews' it calls does not allow 'Shop.Customer': add 'Shop.Customer' to the microflow's AllowedRoles, or call another microflow
            - [AR0017](https://github.com/accessrules/AccessRulesAnalyzer/blob/main/docs/rules/AR0017.md) warning, red flag: Published REST service 'Shop.ReviewsApi' is open to anyone on the internet (it requires no authentication) and its operation Shop.ACT_Reviews retrieves every 'Shop.Review'; set RequiresAuthentication = true

            ## Other findings

            About entities and rules that no user role reaches.

            - [AR1001](https://github.com/accessrules/AccessRulesAnalyzer/blob/main/docs/rules/AR1001.md) error: Module role 'Shop.Nobody' is not declared

            ## Anonymous (anonymous)

            Module roles: Shop.Guest, System.User

            | Entity | Objects | Constraint | Create | Delete | Read | Write | Rules |
            | --- | --- | --- | --- | --- | --- | --- | --- |
            | Shop.CartLine | own objects | `[System.owner='[%CurrentUser%]']` | yes | no | Quantity | Quantity | Entities.cs:13 |
            | Shop.Review | every object | (none) | no | no | Text | Text | Entities.cs:18 |

            Microflows it may call from the client:

            - Shop.ACT_Reviews: without entity access; reaches Shop.ACT_Reviews retrieves every 'Shop.Review'

            Pages it sees: Shop.Reviews

            Published services it can use:

            - Shop.ReviewsApi (REST): open: it requires no authentication

            Findings:

            - Shop.CartLine: AR0010 Anonymous module role 'Shop.Guest' can create 'Shop.CartLine' objects in the database: prefer a non-persistable entity where the data need not be stored
            - Shop.Review: AR0002 Anonymous module role 'Shop.Guest' can write 'Text' of every 'Shop.Review' object: add an XPath constraint such as [System.owner='[%CurrentUser%]']; 'Shop.Review' does not store its owner: set StoreOwner = true on its [Entity] too
            - Shop.Review: AR0003 Anonymous module role 'Shop.Guest' can read every member of 'Shop.Review' on objects not tied to the visitor: grant read on the members visitors need only

            ## Auditor

            Module roles: Shop.Auditor

            No access to any entity.

            Published services it can use:

            - Shop.ReviewsApi (REST): open: it requires no authentication

            ## Customer

            Module roles: Shop.Customer, System.User

            | Entity | Objects | Constraint | Create | Delete | Read | Write | Rules |
            | --- | --- | --- | --- | --- | --- | --- | --- |
            | Shop.CartLine | every object | (none) | no | no | Quantity |  | Entities.cs:14 |

            Microflows it may call from the client:

            - Shop.ACT_Cart: applies entity access

            Pages it sees: Shop.Reviews

            Published services it can use:

            - Shop.ReviewsApi (REST): open: it requires no authentication
            """.ReplaceLineEndings("\n") + "\n", markdown);
    }

    [Fact]
    public void TheHtml_OfAnAppWithEverySection_IsExactlyThisArticle()
    {
        // The app's whole article (the head's style and the script are held by the tests of the browser), so that every
        // section's markup, order, risk classes and escaping are held, as the markdown's are above.
        var report = EverySectionReport();
        var html = ReportFormats.ToHtml(report).Replace(report.Generated!.Value.ToString("yyyy-MM-dd HH:mm"), "DATE").Replace(report.ToolVersion!, "VERSION");
        var start = html.IndexOf("<article", StringComparison.Ordinal);
        var end = html.IndexOf("</article>\n", StringComparison.Ordinal) + "</article>\n".Length;

        Assert.Equal("""
            <article class="app" id="app" data-prefix="">
            <h1>Effective access</h1>
            <p class="header">App.csproj · accessrules VERSION · DATE UTC</p>
            <p class="settings">Security level Production · strict mode on · security checks on · strict page URL checking off · password hashing BCrypt · constants exposed to the client: none</p>
            <section id="summary">
            <h2>Summary</h2>
            <table class="summary">
            <thead><tr><th scope="col">User role</th><th scope="col">Red flags</th><th scope="col">Entities on every object</th><th scope="col">Findings</th></tr></thead>
            <tbody>
            <tr data-role="Anonymous" class="risk-red-flag"><th scope="row">Anonymous (anonymous)</th><td class="red-flags">4</td><td>1</td><td>3</td></tr>
            <tr data-role="Auditor"><th scope="row">Auditor</th><td class="red-flags">0</td><td>0</td><td>0</td></tr>
            <tr data-role="Customer"><th scope="row">Customer</th><td class="red-flags">0</td><td>1</td><td>0</td></tr>
            </tbody>
            </table>
            <h3>What anonymous visitors can read</h3>
            <ul class="anonymous-reads">
            <li><strong>Shop.CartLine</strong> (own objects <code>[System.owner=&#39;[%CurrentUser%]&#39;]</code>): Quantity</li>
            <li><strong>Shop.Review</strong> (every object): Text</li>
            </ul>
            </section>
            <section id="app-findings">
            <h2>Findings about the app</h2>
            <ul>
            <li><a href="https://github.com/accessrules/AccessRulesAnalyzer/blob/main/docs/rules/AR1020.md">AR1020</a> info: The app has named user roles but declares no password policy: add [assembly: PasswordPolicy(MinimumLength = 12, RequireDigit = true, RequireMixedCase = true, RequireSymbol = true)], unless every user signs in through single sign-on</li>
            <li><a href="https://github.com/accessrules/AccessRulesAnalyzer/blob/main/docs/rules/AR1031.md">AR1031</a> warning: Strict page URL checking is off at the Production security level: a page opened by URL then takes objects its user may not read; set StrictPageUrlChecking = true</li>
            </ul>
            </section>
            <section id="document-findings">
            <h2>Findings about microflows, pages and services</h2>
            <ul>
            <li class="risk-red-flag"><a href="https://github.com/accessrules/AccessRulesAnalyzer/blob/main/docs/rules/AR0016.md">AR0016</a> warning, red flag: Microflow &#39;Shop.ACT_Reviews&#39; can be called by anonymous module role &#39;Shop.Guest&#39; and reaches data without entity access: Shop.ACT_Reviews retrieves every &#39;Shop.Review&#39;; set ApplyEntityAccess = true on &#39;Shop.ACT_Reviews&#39;</li>
            <li><a href="https://github.com/accessrules/AccessRulesAnalyzer/blob/main/docs/rules/AR0020.md">AR0020</a> info: Microflow &#39;Shop.ACT_Cart&#39; allows &#39;Shop.Customer&#39; although no page, nanoflow, URL or service operation calls it: remove AllowedRoles, since microflows call it without any role check</li>
            <li><a href="https://github.com/accessrules/AccessRulesAnalyzer/blob/main/docs/rules/AR1026.md">AR1026</a> error: Page &#39;Shop.Reviews&#39; is for &#39;Shop.Guest&#39;, &#39;Shop.Customer&#39;, but the microflow &#39;Shop.ACT_Reviews&#39; it calls does not allow &#39;Shop.Customer&#39;: add &#39;Shop.Customer&#39; to the microflow&#39;s AllowedRoles, or call another microflow</li>
            <li class="risk-red-flag"><a href="https://github.com/accessrules/AccessRulesAnalyzer/blob/main/docs/rules/AR0017.md">AR0017</a> warning, red flag: Published REST service &#39;Shop.ReviewsApi&#39; is open to anyone on the internet (it requires no authentication) and its operation Shop.ACT_Reviews retrieves every &#39;Shop.Review&#39;; set RequiresAuthentication = true</li>
            </ul>
            </section>
            <section id="other-findings">
            <h2>Other findings</h2>
            <ul>
            <li><a href="https://github.com/accessrules/AccessRulesAnalyzer/blob/main/docs/rules/AR1001.md">AR1001</a> error: Module role &#39;Shop.Nobody&#39; is not declared</li>
            </ul>
            </section>
            <section id="user-roles">
            <h2>User roles</h2>
            <ul>
            <li><strong>Anonymous</strong> (anonymous): Shop.Guest, System.User<ul class="documents"><li class="risk-red-flag">microflow Shop.ACT_Reviews: without entity access; reaches Shop.ACT_Reviews retrieves every &#39;Shop.Review&#39;</li><li>page Shop.Reviews</li><li class="risk-red-flag">REST service Shop.ReviewsApi: open: it requires no authentication</li></ul></li>
            <li><strong>Auditor</strong>: Shop.Auditor<ul class="documents"><li class="risk-red-flag">REST service Shop.ReviewsApi: open: it requires no authentication</li></ul></li>
            <li><strong>Customer</strong>: Shop.Customer, System.User<ul class="documents"><li class="risk-own">microflow Shop.ACT_Cart: applies entity access</li><li>page Shop.Reviews</li><li class="risk-red-flag">REST service Shop.ReviewsApi: open: it requires no authentication</li></ul></li>
            </ul>
            </section>
            <section id="grants">
            <h2>Grants</h2>
            <p class="legend">One line per grant: a user role's access to an entity through one constraint. <span class="risk-red-flag">red flag</span><span class="risk-anonymous-every-object">anonymous, every object</span><span class="risk-every-object">signed in, every object</span><span class="risk-constrained">constrained</span><span class="risk-own">own objects</span></p>
            <form class="filters" onsubmit="return false">
            <label>User role <select id="filter-role"><option value="">all</option><option value="Anonymous">Anonymous</option><option value="Auditor">Auditor</option><option value="Customer">Customer</option></select></label>
            <label>Entity <input id="filter-entity" type="search" placeholder="name contains"></label>
            <label>Finding <select id="filter-finding"><option value="">all grants</option><option value="any">with findings</option><option value="red">with red flags</option><option value="AR0002">AR0002</option><option value="AR0003">AR0003</option><option value="AR0010">AR0010</option></select></label>
            <output id="shown"></output>
            </form>
            <table id="grant-table">
            <thead><tr><th scope="col"><button type="button" class="sort">User role</button></th><th scope="col"><button type="button" class="sort">Entity</button></th><th scope="col"><button type="button" class="sort">Objects</button></th><th scope="col"><button type="button" class="sort">Constraint</button></th><th scope="col"><button type="button" class="sort">Create</button></th><th scope="col"><button type="button" class="sort">Read</button></th><th scope="col"><button type="button" class="sort">Write</button></th><th scope="col"><button type="button" class="sort">Delete</button></th><th scope="col"><button type="button" class="sort">Findings</button></th><th scope="col"><button type="button" class="sort">Rules</button></th></tr></thead>
            <tbody>
            <tr class="risk-own" data-role="Anonymous" data-entity="Shop.CartLine" data-findings="AR0010" data-red-flag="false"><td>Anonymous (anonymous)</td><td>Shop.CartLine</td><td class="scope">own objects</td><td><code>[System.owner=&#39;[%CurrentUser%]&#39;]</code></td><td>yes</td><td>Quantity</td><td>Quantity</td><td>no</td><td class="findings"><span class="finding" title="Anonymous module role &#39;Shop.Guest&#39; can create &#39;Shop.CartLine&#39; objects in the database: prefer a non-persistable entity where the data need not be stored"><a href="https://github.com/accessrules/AccessRulesAnalyzer/blob/main/docs/rules/AR0010.md">AR0010</a></span> </td><td class="rules">Entities.cs:13</td></tr>
            <tr class="risk-red-flag" data-role="Anonymous" data-entity="Shop.Review" data-findings="AR0002 AR0003" data-red-flag="true"><td>Anonymous (anonymous)</td><td>Shop.Review</td><td class="scope">every object</td><td></td><td>no</td><td>Text</td><td>Text</td><td>no</td><td class="findings"><span class="finding red-flag" title="Anonymous module role &#39;Shop.Guest&#39; can write &#39;Text&#39; of every &#39;Shop.Review&#39; object: add an XPath constraint such as [System.owner=&#39;[%CurrentUser%]&#39;]; &#39;Shop.Review&#39; does not store its owner: set StoreOwner = true on its [Entity] too"><a href="https://github.com/accessrules/AccessRulesAnalyzer/blob/main/docs/rules/AR0002.md">AR0002</a> red flag</span> <span class="finding red-flag" title="Anonymous module role &#39;Shop.Guest&#39; can read every member of &#39;Shop.Review&#39; on objects not tied to the visitor: grant read on the members visitors need only"><a href="https://github.com/accessrules/AccessRulesAnalyzer/blob/main/docs/rules/AR0003.md">AR0003</a> red flag</span> </td><td class="rules">Entities.cs:18</td></tr>
            <tr class="risk-every-object" data-role="Customer" data-entity="Shop.CartLine" data-findings="" data-red-flag="false"><td>Customer</td><td>Shop.CartLine</td><td class="scope">every object</td><td></td><td>no</td><td>Quantity</td><td></td><td>no</td><td class="findings"></td><td class="rules">Entities.cs:14</td></tr>
            </tbody>
            </table>
            </section>
            <section id="entity-findings">
            <h2>Findings about entities</h2>
            <ul>
            <li data-role="Anonymous" data-entity="Shop.CartLine">Anonymous, Shop.CartLine: <a href="https://github.com/accessrules/AccessRulesAnalyzer/blob/main/docs/rules/AR0010.md">AR0010</a> info: Anonymous module role &#39;Shop.Guest&#39; can create &#39;Shop.CartLine&#39; objects in the database: prefer a non-persistable entity where the data need not be stored</li>
            <li data-role="Anonymous" data-entity="Shop.Review" class="risk-red-flag">Anonymous, Shop.Review: <a href="https://github.com/accessrules/AccessRulesAnalyzer/blob/main/docs/rules/AR0002.md">AR0002</a> warning, red flag: Anonymous module role &#39;Shop.Guest&#39; can write &#39;Text&#39; of every &#39;Shop.Review&#39; object: add an XPath constraint such as [System.owner=&#39;[%CurrentUser%]&#39;]; &#39;Shop.Review&#39; does not store its owner: set StoreOwner = true on its [Entity] too</li>
            <li data-role="Anonymous" data-entity="Shop.Review" class="risk-red-flag">Anonymous, Shop.Review: <a href="https://github.com/accessrules/AccessRulesAnalyzer/blob/main/docs/rules/AR0003.md">AR0003</a> warning, red flag: Anonymous module role &#39;Shop.Guest&#39; can read every member of &#39;Shop.Review&#39; on objects not tied to the visitor: grant read on the members visitors need only</li>
            </ul>
            </section>
            </article>
            """.ReplaceLineEndings("\n") + "\n", html[start..end]);
    }

    [Fact]
    public void Html_SaysWhatTheAppWithEverySectionDoesNot_TheOtherRisks_AClientConstant_AndAnAnonymousRoleThatReadsNothing()
    {
        const string app = """
            using AccessRules;

            [assembly: ModuleRole("Shop.Customer")]
            [assembly: ModuleRole("Shop.Guest")]
            [assembly: UserRole("Customer", "Shop.Customer", "System.User")]
            [assembly: UserRole("Anonymous", "Shop.Guest")]
            [assembly: AnonymousUsers("Anonymous", SignInMicroflow = "Shop.TransferCart")]
            [assembly: Constant("Shop.MapsKey", ExposedToClient = true)]
            [assembly: Constant("Shop.Secret")]

            [Entity("Shop")]
            [AccessRule("Shop.Customer", Read = [nameof(Text)], XPath = "[Text = 'public']")]
            [AccessRule("Shop.Customer", Read = [nameof(Title)])]
            [AccessRule("Shop.Customer", Delete = true)]
            public class Review { public string? Text { get; set; } public string? Title { get; set; } }

            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Customer"])]
                public static void ACT_Plain() { }

                [Microflow("Shop", AllowedRoles = ["Shop.Customer"])]
                [Retrieves(typeof(Review))]
                public static void ACT_All() { }

                [Microflow("Shop")]
                public static void TransferCart() { }
            }

            [Page("Shop", VisibleFor = ["Shop.Customer"])]
            [Calls("Shop.ACT_Plain")]
            [Calls("Shop.ACT_All")]
            public class Home { }

            [PublishedService(ServiceKind.Rest, "Shop", AllowedRoles = ["Shop.Customer"])]
            public class CustomerApi { }
            """;
        var html = ReportFormats.ToHtml(Report(app));

        Assert.Contains("constants exposed to the client: Shop.MapsKey</p>", html);
        Assert.Contains("<p class=\"anonymous-reads\">Nothing.</p>", html);
        Assert.Contains("<li><strong>Anonymous</strong> (anonymous): Shop.Guest</li>", html);
        // A signed-in role's microflow that reaches every object is neutral, as its grants are; a service it is allowed is no risk.
        Assert.Contains("<li><strong>Customer</strong>: Shop.Customer, System.User<ul class=\"documents\"><li class=\"risk-every-object\">microflow Shop.ACT_All: without entity access; reaches Shop.ACT_All retrieves every &#39;Shop.Review&#39;</li><li class=\"risk-own\">microflow Shop.ACT_Plain: without entity access; reaches only the user&#39;s own objects and those the client passes in</li><li>page Shop.Home</li><li class=\"risk-own\">REST service Shop.CustomerApi: allowed</li></ul></li>", html);
        // One of its two grants of Shop.Review is on every object, through two rules: the entity counts once.
        Assert.Contains("<td>Title</td><td></td><td>yes</td><td class=\"findings\"></td><td class=\"rules\">Entities.cs:13, Entities.cs:14</td></tr>", html);
        Assert.Contains("<tr data-role=\"Customer\"><th scope=\"row\">Customer</th><td class=\"red-flags\">0</td><td>1</td><td>0</td></tr>", html);
        Assert.Contains("<tr class=\"risk-constrained\" data-role=\"Customer\" data-entity=\"Shop.Review\" data-findings=\"\" data-red-flag=\"false\"><td>Customer</td><td>Shop.Review</td><td class=\"scope\">constrained</td>", html);
        Assert.DoesNotContain("id=\"entity-findings\"", html);

        // A visitor's read of one member of every object is no red flag, but is marked as anonymous and unconstrained.
        // A grant that reads nothing (a delete) is no read.
        var readsTitle = ReportFormats.ToHtml(Report(app.Replace("""public class Review""", """
            [AccessRule("Shop.Guest", Read = [nameof(Title)])]
            [AccessRule("Shop.Guest", Delete = true, XPath = "[Title = 'spam']")]
            public class Review
            """)));
        Assert.Contains("<tr class=\"risk-anonymous-every-object\" data-role=\"Anonymous\" data-entity=\"Shop.Review\"", readsTitle);
        Assert.Contains("<ul class=\"anonymous-reads\">\n<li><strong>Shop.Review</strong> (every object): Title</li>\n</ul>", readsTitle);
    }

    [Fact]
    public void TheReport_OfAnAppLoadedWithErrors_ListsThem_SaysNoneForNoAppFinding_AndListsNoServicesWhereNoneIsOpen()
    {
        var app = App(Shop.Replace("""[assembly: ModuleRole("Shop.Guest")]""", """
            [assembly: ModuleRole("Shop.Guest")]
            [assembly: PasswordPolicy(MinimumLength = 12, RequireDigit = true, RequireMixedCase = true, RequireSymbol = true)]
            """));
        var error = Diagnostic.Create(new DiagnosticDescriptor("CS0103", "Unknown name", "The name 'undefined' does not exist in the current context", "Compiler", DiagnosticSeverity.Error, true), Location.None);
        var report = AccessReport.Of(new LoadedApp(app.Input, app.Model, app.Findings, ImmutableArray.Create(error)));
        var markdown = ReportFormats.ToMarkdown(report);

        Assert.Contains(
            "\n## Errors\n\nThe app does not compile, or its model is inconsistent: what follows may be incomplete.\n\n- CS0103 The name 'undefined' does not exist in the current context\n\n## Findings about the app\n\nNone.\n\n## Anonymous (anonymous)\n",
            markdown);
        Assert.DoesNotContain("Published services", markdown);
        Assert.Contains("<section id=\"errors\">\n<h2>Errors</h2>\n<ul>\n<li>CS0103 error: The name &#39;undefined&#39; does not exist in the current context</li>\n</ul>\n</section>\n", ReportFormats.ToHtml(report));
    }

    [Fact]
    public void TheReport_OfAnAppReadFromItsAssembly_SaysItsFindingsAreNotComputed_InEveryFormat_WhereAProjectsSaysNothing()
    {
        var app = App(Shop);
        var fromAssembly = AccessReport.Of(new LoadedApp(app.Input, app.Model, ImmutableArray<Diagnostic>.Empty) { FromBuiltAssembly = true });
        var fromProject = AccessReport.Of(new LoadedApp(app.Input, app.Model, ImmutableArray<Diagnostic>.Empty));

        Assert.Contains(
            "\nRead from a built assembly: without the source, the analyzer's findings are not computed, red flags included. Report on the project for them.\n\n## Findings about the app\n\nNot computed.\n",
            ReportFormats.ToMarkdown(fromAssembly));
        var html = ReportFormats.ToHtml(fromAssembly);
        Assert.Contains("<p class=\"from-assembly\">Read from a built assembly: without the source, the analyzer&#39;s findings are not computed, red flags included. Report on the project for them.</p>\n", html);
        Assert.Contains("<tr data-role=\"Anonymous\"><th scope=\"row\">Anonymous (anonymous)</th><td class=\"red-flags\">not computed</td><td>1</td><td>not computed</td></tr>\n", html);
        Assert.Contains("\"fromBuiltAssembly\": true", ReportFormats.ToJson(fromAssembly));
        Assert.True(System.Text.Json.JsonSerializer.Deserialize<AccessReport>(ReportFormats.ToJson(fromAssembly), ReportFormats.JsonInput)!.FromBuiltAssembly);

        Assert.Contains("\n## Findings about the app\n\nNone.\n", ReportFormats.ToMarkdown(fromProject));
        Assert.DoesNotContain("built assembly", ReportFormats.ToMarkdown(fromProject));
        Assert.DoesNotContain("not computed", ReportFormats.ToHtml(fromProject));
        Assert.DoesNotContain("fromBuiltAssembly", ReportFormats.ToJson(fromProject));
    }

    [Theory]
    [InlineData("Nobody", "; it has 'Anonymous', 'Customer'")]
    [InlineData("customer", "; did you mean 'Customer'? It has 'Anonymous', 'Customer'")]
    [InlineData("Anonymus", "; did you mean 'Anonymous'? It has 'Anonymous', 'Customer'")]
    public void AnUnknownUserRoleFilter_IsBadInput_ThatNamesTheRoles(string role, string roles) =>
        Assert.Equal(
            $"{Path.Combine(Path.GetTempPath(), "App", "App.csproj")} has no user role '{role}'{roles}",
            Assert.Throws<InputException>(() => AccessReport.Of(App(Shop), role)).Message);

    [Fact]
    public void SecurityChecksAreOff_WhenOneUserRoleTurnsThemOff() =>
        Assert.False(Report(Shop.Replace("""[assembly: UserRole("Customer", "Shop.Customer", "System.User")]""", """[assembly: UserRole("Customer", "Shop.Customer", "System.User", CheckSecurity = false)]""")).Settings!.SecurityChecks);

    [Fact]
    public void AFindingOfAnotherRuleInsideADocumentsAttributes_IsAmongTheDocumentsFindings()
    {
        var report = Report(Shop + """
            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Customer"])]
                public static void ACT_Mine() { }

                [Microflow("Shop", AllowedRoles = ["Shop.Custmer"])]
                public static void ACT_Typo() { }
            }
            """);

        Assert.Contains(report.DocumentFindings, finding => finding.Id == "AR1001" && finding.Message.Contains("'Shop.Custmer'"));
        Assert.DoesNotContain(report.OtherFindings.Concat(report.AppFindings), finding => finding.Id == "AR1001");
    }

    [Fact]
    public void EachUserRole_HasTheMicroflowsItMayCall_ThePagesItSees_AndTheServicesItCanUse_InEveryFormat()
    {
        var report = Report(Shop + """
            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
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
        
                [PublishedService(ServiceKind.OData, "Shop", RequiresAuthentication = false)]
                public class Feed { }
            """);
        var anonymous = report.UserRoles.Single(role => role.Anonymous);
        var customer = report.UserRoles.Single(role => role.Name == "Customer");

        var reviews = Assert.Single(anonymous.Microflows);
        Assert.Equal(new ReportMicroflow("Shop.ACT_Reviews", false, ["Shop.ACT_Reviews retrieves every 'Shop.Review'"]).ToString(), reviews.ToString());
        Assert.Equal(["Shop.Feed"], anonymous.Services.Select(service => service.Name));
        Assert.Equal("open: it requires no authentication", anonymous.Services[0].Access);
        Assert.Equal(["Shop.ACT_Mine"], customer.Microflows.Select(flow => flow.Name));
        Assert.Equal(["Shop.Cart"], customer.Pages);
        Assert.Equal(["Shop.Api", "Shop.Feed"], customer.Services.Select(service => service.Name));
        Assert.Contains("- Shop.ACT_Reviews: without entity access; reaches Shop.ACT_Reviews retrieves every 'Shop.Review'", ReportFormats.ToMarkdown(report));
        Assert.Contains("Pages it sees: Shop.Cart", ReportFormats.ToMarkdown(report));
        Assert.Contains("<li class=\"risk-red-flag\">microflow Shop.ACT_Reviews: without entity access; reaches Shop.ACT_Reviews retrieves every &#39;Shop.Review&#39;</li>", ReportFormats.ToHtml(report));
        Assert.Contains("\"microflows\"", ReportFormats.ToJson(report));
    }

    [Fact]
    public void ARoleListsItsMicroflowsAndPagesByName_EachThatAnyOfItsModuleRolesMayUse_AndTheServicesItIsAllowed()
    {
        var report = Report(Shop + """
            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Guest", "Shop.Customer"])]
                public static void ACT_Zeta() { }

                [Microflow("Shop", AllowedRoles = ["Shop.Customer"])]
                public static void ACT_Alpha() { }
            }

            [Page("Shop", VisibleFor = ["Shop.Guest", "Shop.Customer"])]
            public class Orders { }

            [Page("Shop", VisibleFor = ["Shop.Customer"])]
            public class Cart { }

            [PublishedService(ServiceKind.Rest, "Shop", AllowedRoles = ["Shop.Customer"])]
            public class Api { }
            """);
        var customer = report.UserRoles.Single(role => role.Name == "Customer");

        Assert.Equal(["Shop.ACT_Alpha", "Shop.ACT_Zeta"], customer.Microflows.Select(flow => flow.Name));
        Assert.Equal(["Shop.Cart", "Shop.Orders"], customer.Pages);
        Assert.Equal("allowed", Assert.Single(customer.Services).Access);
        Assert.Empty(report.UserRoles.Single(role => role.Anonymous).Services);
    }

    [Fact]
    public void TheApprovedLinesOfDocuments_AreEachAnonymousCallableMicroflowAndOpenService_InOrdinalOrder()
    {
        var model = SecurityModel.For(TestProject.Compilation(Shop + """
            [PublishedService(ServiceKind.OData, "Shop", RequiresAuthentication = false)]
            public class Feed { }

            [PublishedService(ServiceKind.Rest, "Shop", AllowedRoles = ["Shop.Customer"])]
            public class Api { }

            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                public static void ACT_Zeta() { }

                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                [Retrieves(typeof(Review))]
                public static void ACT_Alpha() { }

                [Microflow("Shop", AllowedRoles = ["Shop.Customer"])]
                public static void ACT_Mine() { }

                [Microflow("Shop")]
                public static void TransferCart() { }
            }
            """))!;

        Assert.Equal(
            [
                "microflow Shop.ACT_Alpha | anonymous-callable | reaches Shop.ACT_Alpha retrieves every 'Shop.Review'",
                "microflow Shop.ACT_Zeta | anonymous-callable | reaches no data without entity access",
                "service Shop.Feed | open | it requires no authentication",
            ],
            ApprovedAccess.DocumentLines(model));
    }

    [Theory]
    [InlineData("/src/App/AnonymousAccess.approved.txt", true)]
    [InlineData("AnonymousAccess.approved.txt", true)]
    [InlineData("/src/App/anonymousaccess.APPROVED.TXT", true)]
    [InlineData("/src/App/stylecop.json", false)]
    [InlineData("/src/App/AnonymousAccess.approved.txt.bak", false)]
    [InlineData("/src/AnonymousAccess.approved.txt/notes.txt", false)]
    [InlineData(null, false)]
    public void TheApprovedAccessFile_IsKnownByItsNameInAnyFolderAndCase_AndNoOtherAdditionalFileIs(string? path, bool isFile) =>
        Assert.Equal(isFile, ApprovedAccess.IsFile(path));

    [Fact]
    public void FindingsAboutDocuments_AndThoseNoGrantHolds_HaveSectionsOfTheirOwn_InEveryFormat_WhateverTheUserRoleFilter()
    {
        var app = App(Shop + """
            [Entity("Shop")]
            public class Invoice { public decimal Total { get; set; } }

            public static class Flows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                [Retrieves(typeof(Review))]
                public static void ACT_Reviews() { }
            }

            [Page("Shop", VisibleFor = ["Shop.Guest"])]
            [Calls("Shop.ACT_Reviews")]
            public class Reviews { }

            [PublishedService(ServiceKind.OData, "Shop", RequiresAuthentication = false)]
            [Publishes(typeof(Review))]
            public class Feed { }
            """);

        foreach (var report in new[] { AccessReport.Of(app), AccessReport.Of(app, "Customer") })
        {
            // AR0016 on the microflow, AR0017 on the service; AR1033 on an entity no rule opens to any role.
            Assert.Equal(["AR0016", "AR0017"], report.DocumentFindings.Select(finding => finding.Id));
            Assert.True(report.DocumentFindings.All(finding => finding.RedFlag));
            Assert.Equal(["AR1033"], report.OtherFindings.Select(finding => finding.Id));
            Assert.Contains("'Shop.Invoice'", report.OtherFindings[0].Message);
            Assert.DoesNotContain(report.AppFindings.Concat(report.OtherFindings), finding => finding.Id is "AR0016" or "AR0017");
            Assert.DoesNotContain(report.DocumentFindings.Concat(report.OtherFindings), finding => finding.Id is "AR0002" or "AR1020");

            var markdown = ReportFormats.ToMarkdown(report);
            Assert.Contains("## Findings about microflows, pages and services\n\n- [AR0016](https://github.com/accessrules/AccessRulesAnalyzer/blob/main/docs/rules/AR0016.md) warning, red flag: Microflow 'Shop.ACT_Reviews'", markdown);
            Assert.Contains("## Other findings", markdown);
            Assert.Contains("id=\"document-findings\"", ReportFormats.ToHtml(report));
            Assert.Contains("id=\"other-findings\"", ReportFormats.ToHtml(report));
            Assert.Contains("\"documentFindings\"", ReportFormats.ToJson(report));
        }

        // The anonymous role's red flags in the summary: its two on Shop.Review (AR0002, AR0003) and the documents' two.
        Assert.Contains("<td class=\"red-flags\">4</td>", ReportFormats.ToHtml(AccessReport.Of(app)));
    }

    [Fact]
    public void AnAppWithoutDocumentsOrUnplacedFindings_HasNeitherSection()
    {
        var report = Report(Shop.Replace("""[AccessRule("Shop.Guest", ReadWrite = [nameof(Text)])]""", """[AccessRule("Shop.Customer", Read = [nameof(Text)])]"""));

        Assert.Empty(report.DocumentFindings);
        Assert.Empty(report.OtherFindings);
        Assert.DoesNotContain("## Findings about microflows", ReportFormats.ToMarkdown(report));
        Assert.DoesNotContain("## Other findings", ReportFormats.ToMarkdown(report));
        Assert.DoesNotContain("other-findings", ReportFormats.ToHtml(report));
    }

    [Fact]
    public void FindingsAboutAModuleLibrarysDocuments_AreTheDocumentsFindings_NotTheAppsNorItsEntities()
    {
        // Placed on the app's anonymous user role, an assembly attribute, and naming an entity of the library visitors can read.
        var library = TestProject.Library("ShopModule", """
            using AccessRules;

            [assembly: ModuleRole("Shop.Guest")]

            namespace Shop;

            [Entity("Shop")]
            [AccessRule("Shop.Guest", AllMembers = MemberAccess.Read)]
            public class Item { public string? Name { get; set; } }

            public static class ItemFlows
            {
                [Microflow("Shop", AllowedRoles = ["Shop.Guest"])]
                [Retrieves(typeof(Item))]
                public static void ACT_AllItems() { }
            }
            """);
        var report = AccessReport.Of(App("""
            using AccessRules;

            [assembly: UserRole("Anonymous", "Shop.Guest")]
            [assembly: AnonymousUsers("Anonymous")]
            """, "App", library));

        var finding = Assert.Single(report.DocumentFindings);
        Assert.Equal("AR0016", finding.Id);
        Assert.Contains("'Shop.ACT_AllItems'", finding.Message);
        Assert.Equal(["AR0003"], report.UserRoles.Single().Entities.Single().Findings.Select(each => each.Id));
        Assert.Equal(["ShopModule.dll"], report.UserRoles.Single().Entities.Single().Grants.Single().Rules);
        Assert.DoesNotContain(report.AppFindings.Concat(report.OtherFindings), each => each.Id == "AR0016");
    }
}
