using System;
using System.IO;
using System.Linq;
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
    [InlineData(new[] { "baseline", "App.csproj", "--user-role", "Anonymous" }, "Unrecognized command or argument '--user-role'")]
    [InlineData(new[] { "diff", "a.json" }, "Required argument missing for command: 'diff'")]
    [InlineData(new[] { "report", "App.csproj", "-o", "/no/such/folder/report.html" }, "the folder of --output does not exist")]
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

    [Fact]
    public async Task Diff_RefusesAReportOfOneUserRole()
    {
        var file = Path.ChangeExtension(Path.GetTempFileName(), ".json");
        await File.WriteAllTextAsync(file, ReportFormats.ToJson(AccessReportTests.Report(AccessReportTests.Shop) with { UserRoleFilter = "Anonymous" }));
        var (exitCode, _, error) = await Run("diff", file, file);

        Assert.Equal(2, exitCode);
        Assert.EndsWith("is a report of user role 'Anonymous' only: diff compares reports of every user role", error.Trim());
    }
}
