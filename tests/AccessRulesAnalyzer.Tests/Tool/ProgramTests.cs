using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Tool;

namespace AccessRulesAnalyzer.Tests.Tool;

/// <summary>
/// The command line as a .NET tool's: help and version exit 0; bad input or usage is one line each on standard
/// error and exit code 2, found at parse time where it can be (before the slow load); never a stack trace.
/// </summary>
public class ProgramTests
{
    private static async Task<(int ExitCode, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await Program.RunAsync(args, output, error, CancellationToken.None);
        return (exitCode, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("-?")]
    [InlineData("report", "--help")]
    [InlineData("diff", "-h")]
    [InlineData("baseline", "-?")]
    public async Task Help_ForTheToolAndEachCommand_ExitsZero_AndStatesTheExitCodes(params string[] args)
    {
        var (exitCode, output, _) = await Run(args);

        Assert.Equal(0, exitCode);
        Assert.Contains("Usage:", output);
        Assert.Contains("Exit codes:\n  0  done\n", output.ReplaceLineEndings("\n"));
        Assert.Contains("  2  bad input or usage", output);
        Assert.Contains("  3  an internal error of accessrules (a bug)", output);
    }

    [Theory]
    [InlineData(new[] { "--help" }, "  1  anonymous access grew (diff)")]
    [InlineData(new[] { "diff", "--help" }, "  1  anonymous access grew")]
    [InlineData(new[] { "report", "--help" }, null)]
    [InlineData(new[] { "baseline", "--help" }, null)]
    public async Task Help_ListsTheExitCodesOnce_EachCommandItsOwn(string[] args, string? grew)
    {
        var (_, output, _) = await Run(args);
        var lines = output.ReplaceLineEndings("\n").Split('\n');

        // Once, after the options and commands, not in every command's description.
        Assert.Single(lines, line => line.Contains("Exit codes", StringComparison.Ordinal));
        Assert.Equal(grew, lines.SingleOrDefault(line => line.StartsWith("  1  ", StringComparison.Ordinal)));
    }

    // The whole help of the tool and of each command, so that every description, option and exit code is held as users read it.
    public static TheoryData<string[], string> WholeHelp => new()
    {
        {
            ["--help"],
            """
            Description:
              What each user role of an app declared with AccessRulesAnalyzer's attributes can reach: a report, the anonymous-access diff between two builds, and the approved-access baseline.

            Usage:
              accessrules [command] [options]

            Options:
              -?, -h, --help  Show help and usage information
              --version       Show version information

            Commands:
              report <input>         Writes what each user role can reach, every finding about the model, and the red flags; or, as SARIF 2.1.0, the findings for a code-scanning dashboard.
              diff <before> <after>  Compares what anonymous visitors and each user role can reach in two versions of an app; exit code 1 when anonymous access grew.
              baseline <input>       Writes AnonymousAccess.approved.txt: one line per grant anonymous visitors have, per microflow they may call and per open service, which AR3001-AR3003 then hold the app to. Never from an app that does not compile.

            Exit codes:
              0  done
              1  anonymous access grew (diff)
              2  bad input or usage
              3  an internal error of accessrules (a bug)
            """
        },
        {
            ["report", "--help"],
            """
            Description:
              Writes what each user role can reach, every finding about the model, and the red flags; or, as SARIF 2.1.0, the findings for a code-scanning dashboard.

            Usage:
              accessrules report [<input>] [options]

            Arguments:
              <input>  The app: a .csproj, a built assembly (.dll), a .sln or .slnx (every app in it, one report), or a folder holding one of them. Default: the current folder.

            Options:
              -f, --format <html|json|markdown|sarif>  The format: markdown, html, json, sarif. Default: markdown, or what --output's extension says (.md, .html, .json, .sarif).
              -o, --output <output>                    The file to write; '-' or none: standard output.
              -r, --user-role <user-role>              Only this user role (and the anonymous one's red flags).
              -q, --quiet                              No progress on standard error.
              --allow-errors                           Report an app that does not compile or whose model has consistency errors, with the errors in the report, rather than exit with code 2.
              -?, -h, --help                           Show help and usage information

            Exit codes:
              0  done
              2  bad input or usage
              3  an internal error of accessrules (a bug)
            """
        },
        {
            ["diff", "--help"],
            """
            Description:
              Compares what anonymous visitors and each user role can reach in two versions of an app; exit code 1 when anonymous access grew.

            Usage:
              accessrules diff <before> <after> [options]

            Arguments:
              <before>  The app before: a project, solution, folder or assembly, or a JSON report written by 'report --format json'.
              <after>   The app after, in any of the same forms.

            Options:
              -f, --format <json|markdown>  The format: markdown, json. Default: markdown, or what --output's extension says (.md, .json).
              -o, --output <output>         The file to write; '-' or none: standard output.
              -q, --quiet                   No progress on standard error.
              -?, -h, --help                Show help and usage information

            Exit codes:
              0  done
              1  anonymous access grew
              2  bad input or usage
              3  an internal error of accessrules (a bug)
            """
        },
        {
            ["baseline", "--help"],
            """
            Description:
              Writes AnonymousAccess.approved.txt: one line per grant anonymous visitors have, per microflow they may call and per open service, which AR3001-AR3003 then hold the app to. Never from an app that does not compile.

            Usage:
              accessrules baseline [<input>] [options]

            Arguments:
              <input>  The app: a .csproj, a built assembly, a .sln or .slnx (a baseline beside each app in it), or a folder holding one of them. Default: the current folder.

            Options:
              -o, --output <output>  The file to write; '-': standard output. Default: AnonymousAccess.approved.txt beside the project (beside each app's project, for a solution).
              -q, --quiet            No progress on standard error.
              -?, -h, --help         Show help and usage information

            Exit codes:
              0  done
              2  bad input or usage
              3  an internal error of accessrules (a bug)
            """
        },
    };

    [Theory]
    [MemberData(nameof(WholeHelp))]
    public async Task Help_IsExactlyThis(string[] args, string help)
    {
        var (_, output, _) = await Run(args);

        Assert.Equal(help.ReplaceLineEndings("\n") + "\n\n", output.Replace(System.CommandLine.RootCommand.ExecutableName, "accessrules").ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task ReportHelp_ListsEachOptionWithItsAllowedValues()
    {
        var (_, output, _) = await Run("report", "--help");

        Assert.Contains("-f, --format <html|json|markdown|sarif>", output);
        Assert.Contains("-o, --output", output);
        Assert.Contains("--allow-errors", output);
        Assert.Contains("-q, --quiet", output);
    }

    [Fact]
    public async Task Version_ExitsZero()
    {
        var (exitCode, output, _) = await Run("--version");

        // In process the entry assembly is the test host's: the version printed is its (the tool's is checked end to end).
        Assert.Equal(0, exitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", output.Trim());
    }

    [Theory]
    [InlineData(new[] { "report", "App.csproj", "--format", "pdf" }, "Argument 'pdf' not recognized. Must be one of: 'markdown' 'html' 'json' 'sarif'")]
    [InlineData(new[] { "report", "App.csproj", "--format", "sarif", "--user-role", "Anonymous" }, "--user-role does not apply to --format sarif")]
    [InlineData(new[] { "report", "App.csproj", "-o", "report.sarif", "-r", "Anonymous" }, "--user-role does not apply to --format sarif")]
    [InlineData(new[] { "report", "App.csproj", "--format=pdf" }, "Argument 'pdf' not recognized")]
    [InlineData(new[] { "reprot", "App.csproj" }, "Unrecognized command or argument 'reprot'; did you mean 'report'?")]
    [InlineData(new[] { "report", "--fromat", "json" }, "unknown option '--fromat'; did you mean '--format'?")]
    [InlineData(new[] { "--verison" }, "Unrecognized command or argument '--verison'; did you mean '--version'?")]
    [InlineData(new[] { "baseline", "App.csproj", "--user-role", "Anonymous" }, "Unrecognized command or argument '--user-role'")]
    [InlineData(new[] { "diff", "a.json" }, "Required argument missing for command: 'diff'")]
    [InlineData(new[] { "report", "App.csproj", "-o", "/no/such/folder/report.html" }, "the folder of --output does not exist")]
    [InlineData(new[] { "report", "App.csproj", "-o", "." }, "--output names a folder, not a file: .")]
    [InlineData(new[] { "baseline", "App.csproj", "--output", ".." }, "--output names a folder, not a file: ..")]
    [InlineData(new string[0], "Required command was not provided")]
    public async Task Usage_IsFoundAtParseTime_OneLineEach_ExitTwo(string[] args, string message)
    {
        var (exitCode, output, error) = await Run(args);

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.Contains(error.Split('\n'), line => line.StartsWith("accessrules: ", StringComparison.Ordinal) && line.Contains(message, StringComparison.Ordinal));
        Assert.Contains("--help'.", error);
        // Nothing was loaded: a parse error is found before the project.
        Assert.DoesNotContain("Restoring", error);
    }

    [Theory]
    [InlineData(new[] { "diff" }, "accessrules: Required argument missing for command: 'diff'.")]
    [InlineData(new[] { "frobnicate" }, "accessrules: Unrecognized command or argument 'frobnicate'.")]
    public async Task AUsageError_IsSaidOnce_AndNoCommandOnlyWhenNothingElseIsWrong(string[] args, string message)
    {
        var (exitCode, _, error) = await Run(args);

        // Each missing argument made the parser say the same line; an unknown command also made it say none was given.
        Assert.Equal(2, exitCode);
        Assert.Equal([message, $"See '{(args[0] == "diff" ? "accessrules diff" : "accessrules")} --help'."], error.Trim().Split('\n').Select(line => line.TrimEnd('\r')));
    }

    [Theory]
    [InlineData(new[] { "report", "no/such/App.csproj" }, "accessrules: no such file or folder: no/such/App.csproj")]
    [InlineData(new[] { "report", "-q", "no/such/folder" }, "accessrules: no such file or folder: no/such/folder")]
    public async Task AnInputThatDoesNotExist_IsOneLine_ExitTwo(string[] args, string message)
    {
        var (exitCode, _, error) = await Run(args);

        Assert.Equal(2, exitCode);
        Assert.Equal(message, error.Trim());
    }

    [Fact]
    public async Task AFileThatIsNeitherAProjectNorAnAssembly_IsBadInput()
    {
        var (exitCode, _, error) = await Run("report", Path.GetTempFileName());

        Assert.Equal(2, exitCode);
        Assert.EndsWith("is neither a C# project (.csproj), a solution (.sln, .slnx), a folder nor an assembly (.dll)", error.Trim());
    }

    [Fact]
    public async Task AFolderWithoutAProject_IsBadInput()
    {
        var folder = Directory.CreateTempSubdirectory().FullName;
        var (exitCode, _, error) = await Run("report", folder);

        Assert.Equal(2, exitCode);
        Assert.EndsWith("holds no .csproj, .sln or .slnx", error.Trim());
    }

    [Fact]
    public async Task AnAssemblyWithoutTheAnnotations_IsBadInput()
    {
        var (exitCode, _, error) = await Run("report", typeof(SecurityModelAnalyzer).Assembly.Location);

        Assert.Equal(2, exitCode);
        Assert.EndsWith("does not reference the AccessRules annotations (the AccessRulesAnalyzer package)", error.Trim());
    }

    // A file the system will not let the tool write is bad input, said in one line, not an internal error.
    [Fact]
    public async Task AnOutputThatCannotBeWritten_IsBadInput()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // /proc/version refuses writes on Linux only.
        }

        var report = Path.ChangeExtension(Path.GetTempFileName(), ".json");
        await File.WriteAllTextAsync(report, ReportFormats.ToJson(AccessReportTests.Report(AccessReportTests.Shop)));
        var (exitCode, _, error) = await Run("diff", report, report, "--output", "/proc/version");

        Assert.Equal(2, exitCode);
        Assert.Single(error.Trim().Split('\n'));
        Assert.StartsWith("accessrules: cannot write /proc/version: ", error);
    }

    [Fact]
    public async Task AJsonThatIsNoReport_IsOneWholeLine()
    {
        var file = Path.ChangeExtension(Path.GetTempFileName(), ".json");
        await File.WriteAllTextAsync(file, "[1, 2");
        var (exitCode, _, error) = await Run("diff", file, file);

        Assert.Equal(2, exitCode);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Contains("is not an accessrules JSON report", error);
    }

    // A hand-edited or cut report: what the diff would trip on is bad input (exit 2), never an internal error (exit 3).
    [Theory]
    [InlineData("""{"userRoles":[null]}""", "a list holds null at $.userRoles[0]")]
    [InlineData("""{"userRoles":[{"name":"Guest","anonymous":true,"moduleRoles":["Shop.Guest",null],"entities":[]}]}""", "a list holds null at $.userRoles[0].moduleRoles[1]")]
    [InlineData("""{"userRoles":[{"name":"Guest","anonymous":true,"moduleRoles":[],"entities":[{"entity":"Shop.Order","persistable":true,"grants":[null],"findings":[]}]}]}""", "a list holds null at $.userRoles[0].entities[0].grants[0]")]
    [InlineData("""{"solution":"Apps.slnx","apps":[{"userRoles":[]},null]}""", "a list holds null at $.apps[1]")]
    [InlineData("""{"userRoles":[{"name":"Guest","anonymous":true,"entities":[]}]}""", ": the object at $.userRoles[0] (ending on line 1) lacks 'moduleRoles'")]
    [InlineData("""{"userRoles":[{"name":"Guest","anonymous":true,"moduleRoles":[],"entities":[{"entity":"Shop.Order"}]}]}""", "'persistable', 'grants', 'findings'")]
    [InlineData("""{"userRoles":[{"name":"Guest","anonymous":true,"moduleRoles":[],"entities":[{"entity":"Shop.Order","persistable":true,"grants":[{"scope":"none"}],"findings":[]}]}]}""", "'create', 'delete', 'read', 'write', 'constraint', 'rules'")]
    [InlineData("""{"userRoles":[{"name":"Guest","anonymous":true,"moduleRoles":[],"entities":[],"services":[{"name":"Shop.Api"}]}]}""", "'kind', 'access'")]
    [InlineData("""{"userRoles":[{"name":null,"anonymous":true,"moduleRoles":[],"entities":[]}]}""", ": $.userRoles[0].name (line 1) is null")]
    [InlineData("""{"userRoles":[{"name":"Guest","anonymous":true,"moduleRoles":[],"entities":[],"microflows":null}]}""", ": $.userRoles[0].microflows (line 1) is null")]
    [InlineData("""{"userRoles":[{"name":"Guest","anonymous":"yes","moduleRoles":[],"entities":[]}]}""", ": $.userRoles[0].anonymous (line 1) is not of the kind a report holds there")]
    public async Task Diff_OfAReportWithAHole_IsBadInput_InOneLine(string json, string reason)
    {
        var broken = Path.ChangeExtension(Path.GetTempFileName(), ".json");
        var whole = Path.ChangeExtension(Path.GetTempFileName(), ".json");
        await File.WriteAllTextAsync(broken, json);
        await File.WriteAllTextAsync(whole, ReportFormats.ToJson(AccessReportTests.Report(AccessReportTests.Shop)));

        foreach (var args in new[] { new[] { "diff", broken, whole }, new[] { "diff", whole, broken } })
        {
            var (exitCode, _, error) = await Run(args);

            Assert.Equal(2, exitCode);
            Assert.Single(error.Trim().Split('\n'));
            Assert.StartsWith($"accessrules: {broken} is not an accessrules JSON report: ", error);
            Assert.Contains(reason, error);
            Assert.DoesNotContain("AccessRulesAnalyzer.", error);
        }
    }

    // Every value of a real report (one with a finding in every section, a microflow, a page and an open service) taken
    // out, set to null or to a value of another kind, or, in a list, written twice, one at a time: diff reads the file
    // or calls it bad input, never an internal error.
    [Fact]
    public async Task Diff_OfAReportWithAnyOneValueBroken_IsReadOrBadInput_NeverAnInternalError()
    {
        var whole = Path.ChangeExtension(Path.GetTempFileName(), ".json");
        var broken = Path.ChangeExtension(Path.GetTempFileName(), ".json");
        var json = ReportFormats.ToJson(AccessReportTests.Report(AccessReportTests.EverySectionApp));
        await File.WriteAllTextAsync(whole, json);
        (string How, Action<JsonNode, object> Break)[] breakages =
        [
            ("taken out", TakeOut), ("written twice", WriteTwice), ("set to null", Set(() => null)), ("set to 42", Set(() => 42)),
            ("set to \"x\"", Set(() => "x")), ("set to []", Set(() => new JsonArray())), ("set to {}", Set(() => new JsonObject())),
        ];
        var paths = Paths(JsonNode.Parse(json)!).ToList();
        Assert.True(paths.Count > 100, $"only {paths.Count} values");

        foreach (var path in paths)
        {
            foreach (var (how, breakValue) in breakages)
            {
                var report = JsonNode.Parse(json)!;
                var (parent, key) = Locate(report, path);
                breakValue(parent, key);

                await File.WriteAllTextAsync(broken, report.ToJsonString());
                foreach (var (before, after) in new[] { (broken, whole), (whole, broken) })
                {
                    var (exitCode, _, error) = await Run("diff", before, after);

                    Assert.True(exitCode is 0 or 1 or 2, $"exit {exitCode} with {string.Join("/", path)} {how}: {error}");
                    // Bad input is said in the report's terms, not in the reader's, which name the tool's .NET types.
                    Assert.DoesNotContain("AccessRulesAnalyzer.", error);
                }
            }
        }

        static void TakeOut(JsonNode parent, object key)
        {
            if (parent is JsonObject members)
            {
                members.Remove((string)key);
            }
            else
            {
                ((JsonArray)parent).RemoveAt((int)key);
            }
        }

        // Only an item of a list can stand twice.
        static void WriteTwice(JsonNode parent, object key)
        {
            if (parent is JsonArray items)
            {
                items.Insert((int)key, items[(int)key]?.DeepClone());
            }
        }

        // A new node each time: a node has one parent.
        static Action<JsonNode, object> Set(Func<JsonNode?> value) => (parent, key) =>
        {
            if (parent is JsonObject members)
            {
                members[(string)key] = value();
            }
            else
            {
                ((JsonArray)parent)[(int)key] = value();
            }
        };
    }

    // Each value's path below the root: property names and array indexes.
    private static IEnumerable<object[]> Paths(JsonNode node, object[]? prefix = null)
    {
        prefix ??= [];
        var children = node switch
        {
            JsonObject members => members.Select(member => ((object)member.Key, member.Value)).ToList(),
            JsonArray items => items.Select((item, index) => ((object)index, item)).ToList(),
            _ => [],
        };
        foreach (var (key, child) in children)
        {
            object[] path = [.. prefix, key];
            yield return path;
            if (child is not null)
            {
                foreach (var below in Paths(child, path))
                {
                    yield return below;
                }
            }
        }
    }

    private static (JsonNode Parent, object Key) Locate(JsonNode root, object[] path)
    {
        var parent = root;
        foreach (var key in path[..^1])
        {
            parent = key is string name ? parent[name]! : parent[(int)key]!;
        }

        return (parent, path[^1]);
    }

    // The first shape (schema version 1): user roles alone, without the grants' findings or the roles' documents.
    [Fact]
    public async Task Diff_ReadsAReportOfTheFirstSchemaVersion()
    {
        var before = Path.ChangeExtension(Path.GetTempFileName(), ".json");
        var after = Path.ChangeExtension(Path.GetTempFileName(), ".json");
        await File.WriteAllTextAsync(before, """
            {"userRoles":[{"name":"Anonymous","anonymous":true,"moduleRoles":["Shop.Guest"],"entities":[
              {"entity":"Shop.Review","persistable":true,"grants":[{"create":true,"delete":false,"read":["Text"],"write":[],"constraint":null,"scope":"none","rules":["Shop.cs:3"]}],"findings":[{"id":"AR0010","message":"m"}]}]}]}
            """);
        await File.WriteAllTextAsync(after, ReportFormats.ToJson(AccessReportTests.Report(AccessReportTests.Shop)));

        var (exitCode, markdown, error) = await Run("diff", before, after);

        Assert.Equal(string.Empty, error);
        Assert.Equal(1, exitCode);
        Assert.Contains("Anonymous access grew.", markdown);
    }

    [Fact]
    public async Task Diff_RefusesAReportOfOneUserRole()
    {
        var file = Path.ChangeExtension(Path.GetTempFileName(), ".json");
        await File.WriteAllTextAsync(file, ReportFormats.ToJson(AccessReportTests.Report(AccessReportTests.Shop) with { UserRoleFilter = "Anonymous" }));
        var (exitCode, _, error) = await Run("diff", file, file);

        Assert.Equal(2, exitCode);
        Assert.EndsWith("is a report of user role 'Anonymous' only: diff compares reports of every user role", error.Trim());
    }

    [Fact]
    public async Task Diff_OfJsonReports_WritesMarkdownOrJson_ToAFileOrStandardOutput_AndExitsOneWhenAnonymousAccessGrew()
    {
        var before = Path.ChangeExtension(Path.GetTempFileName(), ".json");
        var after = Path.ChangeExtension(Path.GetTempFileName(), ".json");
        await File.WriteAllTextAsync(before, ReportFormats.ToJson(AccessReportTests.Report(AccessReportTests.Shop.Replace("ReadWrite = [nameof(Text)]", "Read = [nameof(Text)]"))));
        await File.WriteAllTextAsync(after, ReportFormats.ToJson(AccessReportTests.Report(AccessReportTests.Shop)));

        var (same, markdown, _) = await Run("diff", after, after);
        Assert.Equal(0, same);
        Assert.Contains("Anonymous access did not grow.\n", markdown.ReplaceLineEndings("\n"));

        var (grew, json, _) = await Run("diff", before, after, "--format", "json");
        Assert.Equal(1, grew);
        Assert.True(System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("anonymousAccessGrew").GetBoolean());

        var written = Path.ChangeExtension(Path.GetTempFileName(), ".md");
        var (toFile, nothing, progress) = await Run("diff", before, after, "--output", written);
        Assert.Equal(1, toFile);
        Assert.Empty(nothing);
        var text = await File.ReadAllTextAsync(written);
        Assert.Contains("Anonymous access grew.\n", text);
        Assert.Contains($"Wrote {written} ({text.Split('\n').Length - 1} lines).", progress);

        var (toOutput, standard, _) = await Run("diff", before, after, "--output", "-");
        Assert.Equal(1, toOutput);
        Assert.Contains("Anonymous access grew.\n", standard.ReplaceLineEndings("\n"));

        // Not a JSON report: an app to load.
        var (project, _, notLoaded) = await Run("diff", "--quiet", "no/such/App.csproj", after);
        Assert.Equal(2, project);
        Assert.Equal("accessrules: no such file or folder: no/such/App.csproj", notLoaded.Trim());

        var missing = Path.Combine(Path.GetTempPath(), "no-such-report.json");
        var (bad, _, error) = await Run("diff", "--quiet", missing, after);
        Assert.Equal(2, bad);
        Assert.Equal($"accessrules: no such file: {missing}", error.Trim());
    }
}
