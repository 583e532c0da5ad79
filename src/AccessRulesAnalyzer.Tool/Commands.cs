using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using AccessRulesAnalyzer.Model;

namespace AccessRulesAnalyzer.Tool;

/// <summary>The commands of <c>accessrules</c>, their options and what each does.</summary>
internal static class Commands
{
    private static readonly string[] s_reportFormats = ["markdown", "html", "json", "sarif"];
    private static readonly string[] s_diffFormats = ["markdown", "json"];

    public static RootCommand Root()
    {
        var root = new RootCommand(
            "What each user role of an app declared with AccessRulesAnalyzer's attributes can reach: a report, the anonymous-access diff between two builds, and the approved-access baseline.");
        root.Subcommands.Add(Report());
        root.Subcommands.Add(Diff());
        root.Subcommands.Add(Baseline());

        // Each command's help ends with the exit codes it returns, rather than every description of the command list repeating them.
        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new HelpWithExitCodes((HelpAction)help.Action!);
        return root;
    }

    private static Command Report()
    {
        var input = InputArgument("The app: a .csproj, a built assembly (.dll), a .sln or .slnx (every app in it, one report), or a folder holding one of them. Default: the current folder.");
        var format = FormatOption(s_reportFormats, "markdown, or what --output's extension says (.md, .html, .json, .sarif)");
        var output = OutputOption();
        var userRole = new Option<string?>("--user-role", "-r") { Description = "Only this user role (and the anonymous one's red flags)." };
        var quiet = QuietOption();
        var allowErrors = AllowErrorsOption();
        var command = new Command("report", "Writes what each user role can reach, every finding about the model, and the red flags; or, as SARIF 2.1.0, the findings for a code-scanning dashboard.")
        {
            input, format, output, userRole, quiet, allowErrors,
        };
        // SARIF lists findings, which belong to no user role: a filter would silently do nothing.
        command.Validators.Add(result =>
        {
            if (result.GetValue(userRole) is not null && Format(result.GetValue(format), result.GetValue(output), s_reportFormats) == "sarif")
            {
                result.AddError("--user-role does not apply to --format sarif: SARIF lists the findings, which belong to no user role");
            }
        });
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (file, text) = (parse.GetValue(output), (string?)null);
            var chosen = Format(parse.GetValue(format), file, s_reportFormats);
            await using var progress = ToolProgress.For(parse.InvocationConfiguration.Error, parse.GetValue(quiet));
            var apps = await AppLoader.LoadAsync(Input(parse.GetValue(input)), progress, ErrorHandling.Report(parse.GetValue(allowErrors)), cancellationToken);
            text = chosen switch
            {
                "sarif" => SarifReport.Write(apps),
                "json" => ReportFormats.ToJson(AccessReport.Of(apps, parse.GetValue(userRole)), Path.GetFileName(apps[0].Solution ?? apps[0].Input)),
                "html" => ReportFormats.ToHtml(AccessReport.Of(apps, parse.GetValue(userRole))),
                _ => ReportFormats.ToMarkdown(AccessReport.Of(apps, parse.GetValue(userRole))),
            };
            await WriteAsync(text, file, parse.InvocationConfiguration.Output, progress, cancellationToken);
            return ExitCodes.Done;
        });
        return command;
    }

    private static Command Diff()
    {
        var before = new Argument<string>("before") { Description = "The app before: a project, solution, folder or assembly, or a JSON report written by 'report --format json'." };
        var after = new Argument<string>("after") { Description = "The app after, in any of the same forms." };
        var format = FormatOption(s_diffFormats, "markdown, or what --output's extension says (.md, .json)");
        var output = OutputOption();
        var quiet = QuietOption();
        var command = new Command("diff", "Compares what anonymous visitors and each user role can reach in two versions of an app; exit code 1 when anonymous access grew.")
        {
            before, after, format, output, quiet,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var file = parse.GetValue(output);
            var chosen = Format(parse.GetValue(format), file, s_diffFormats);
            await using var progress = ToolProgress.For(parse.InvocationConfiguration.Error, parse.GetValue(quiet));
            var diffs = AccessDiff.Between(
                await ReportsOfAsync(parse.GetValue(before)!, progress, cancellationToken),
                await ReportsOfAsync(parse.GetValue(after)!, progress, cancellationToken));
            await WriteAsync(chosen == "json" ? AccessDiff.ToJson(diffs) : AccessDiff.ToMarkdown(diffs), file, parse.InvocationConfiguration.Output, progress, cancellationToken);
            return diffs.Any(diff => diff.AnonymousAccessGrew) ? ExitCodes.AnonymousAccessGrew : ExitCodes.Done;
        });
        return command;
    }

    private static Command Baseline()
    {
        var input = InputArgument("The app: a .csproj, a built assembly, a .sln or .slnx (a baseline beside each app in it), or a folder holding one of them. Default: the current folder.");
        var output = OutputOption($"The file to write; '-': standard output. Default: {ApprovedAccess.FileName} beside the project (beside each app's project, for a solution).");
        var quiet = QuietOption();
        var command = new Command("baseline", $"Writes {ApprovedAccess.FileName}: one line per grant anonymous visitors have, per microflow they may call and per open service, which AR3001-AR3003 then hold the app to. Never from an app that does not compile.")
        {
            input, output, quiet,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var progress = ToolProgress.For(parse.InvocationConfiguration.Error, parse.GetValue(quiet));
            var apps = await AppLoader.LoadAsync(Input(parse.GetValue(input)), progress, ErrorHandling.Baseline, cancellationToken);
            if (apps.Count > 1 && parse.GetValue(output) is { } one)
            {
                throw new InputException($"{parse.GetValue(input) ?? "the current folder"} has {apps.Count} apps ({string.Join(", ", apps.Select(app => Path.GetFileName(app.Input)))}) and each has its own baseline: leave out --output {one} to write each beside its project");
            }

            foreach (var app in apps)
            {
                var file = parse.GetValue(output) ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(app.Input))!, ApprovedAccess.FileName);
                var lines = ApprovedAccess.Lines(UserRoleAccess.Of(app.Model)).Concat(ApprovedAccess.DocumentLines(app.Model)).ToList();
                var text = "# Anonymous access approved for " + Path.GetFileName(app.Input) + ": one line per grant (entity | constraint | objects | rights), per anonymous-callable microflow and per open service.\n" +
                           string.Concat(lines.Select(line => line + "\n"));
                await WriteAsync(text, file, parse.InvocationConfiguration.Output, progress, cancellationToken);
            }

            return ExitCodes.Done;
        });
        return command;
    }

    private static Argument<string?> InputArgument(string description)
    {
        var argument = new Argument<string?>("input") { Description = description, Arity = ArgumentArity.ZeroOrOne };
        // The parser takes a misspelt option for the input: say what it is, and what was meant.
        argument.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && value.StartsWith("-", StringComparison.Ordinal) && value != "-" &&
                result.Parent is CommandResult command)
            {
                var suggestion = Model.NameSuggestion.For(value, command.Command.Options.SelectMany(option => option.Aliases.Prepend(option.Name)));
                result.AddError($"unknown option '{value}'{Model.NameSuggestion.Suffix(suggestion)}");
            }
        });
        return argument;
    }

    private static Option<string?> FormatOption(string[] formats, string fallback)
    {
        var option = new Option<string?>("--format", "-f") { Description = $"The format: {string.Join(", ", formats)}. Default: {fallback}." };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    private static Option<string?> OutputOption(string description = "The file to write; '-' or none: standard output.")
    {
        var option = new Option<string?>("--output", "-o") { Description = description };
        // Found before the (slow) load: a folder for a file, or a folder that does not exist, is bad input.
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is not { } file || file == "-")
            {
                return;
            }

            if (Directory.Exists(file))
            {
                result.AddError($"--output names a folder, not a file: {file}");
            }
            else if (Path.GetDirectoryName(Path.GetFullPath(file)) is { } folder && !Directory.Exists(folder))
            {
                result.AddError($"the folder of --output does not exist: {folder}");
            }
        });
        return option;
    }

    private static Option<bool> QuietOption() => new("--quiet", "-q") { Description = "No progress on standard error." };

    private static Option<bool> AllowErrorsOption() =>
        new("--allow-errors") { Description = "Report an app that does not compile or whose model has consistency errors, with the errors in the report, rather than exit with code 2." };

    private static string Input(string? input) => input ?? ".";

    /// <summary>The format asked for, or the one --output's extension says, or the first.</summary>
    private static string Format(string? format, string? file, string[] formats) =>
        format ?? Path.GetExtension(file ?? string.Empty).ToLowerInvariant() switch
        {
            ".json" when formats.Contains("json") => "json",
            ".html" or ".htm" when formats.Contains("html") => "html",
            ".sarif" when formats.Contains("sarif") => "sarif",
            _ => formats[0],
        };

    /// <summary>The report of each app <paramref name="input"/> names, or that a JSON report (of one app or of a solution's) holds.</summary>
    private static async Task<IReadOnlyList<AccessReport>> ReportsOfAsync(string input, ToolProgress progress, CancellationToken cancellationToken)
    {
        if (!input.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return AccessReport.Of(await AppLoader.LoadAsync(input, progress, ErrorHandling.Diff, cancellationToken), onlyUserRole: null);
        }

        if (!File.Exists(input))
        {
            throw new InputException($"no such file: {input}");
        }

        var text = await File.ReadAllTextAsync(input, cancellationToken);
        using var document = JsonOf(input, text);
        try
        {
            if (ReportFormats.FirstNullInAList(document.RootElement) is { } nullItem)
            {
                throw NotAReport(input, $"a list holds null at ${nullItem}");
            }

            var reports = document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("apps", out _)
                ? JsonSerializer.Deserialize<SolutionReport>(text, ReportFormats.JsonInput)?.Apps
                : [JsonSerializer.Deserialize<AccessReport>(text, ReportFormats.JsonInput)!];
            return reports switch
            {
                null or [] => throw NotAReport(input),
                _ when reports.Any(report => report is null) => throw NotAReport(input),
                _ when reports.FirstOrDefault(report => report.UserRoleFilter is not null) is { UserRoleFilter: { } filter } =>
                    throw new InputException($"{input} is a report of user role '{filter}' only: diff compares reports of every user role"),
                _ => reports,
            };
        }
        catch (JsonException exception)
        {
            throw NotAReport(input, ReportFormats.Problem(exception));
        }
    }

    // Not JSON at all: the reader's message says where (it names no type of ours).
    private static JsonDocument JsonOf(string input, string text)
    {
        try
        {
            return JsonDocument.Parse(text);
        }
        catch (JsonException exception)
        {
            throw NotAReport(input, InputException.FirstLine(exception.Message));
        }
    }

    private static InputException NotAReport(string input, string? why = null) =>
        new($"{input} is not an accessrules JSON report" + (why is null ? string.Empty : ": " + why));

    private static async Task WriteAsync(string text, string? file, TextWriter output, ToolProgress progress, CancellationToken cancellationToken)
    {
        if (file is null or "-")
        {
            await output.WriteAsync(text);
            return;
        }

        try
        {
            await File.WriteAllTextAsync(file, text, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"cannot write {file}: {InputException.FirstLine(exception.Message)}");
        }

        await progress.SummaryAsync($"Wrote {file} ({text.Split('\n').Length - 1} lines).");
    }

    /// <summary>"; did you mean 'report'?" for an unrecognized token near a command or option of the command; empty otherwise.</summary>
    public static string DidYouMean(string message, ParseResult parse)
    {
        var unmatched = parse.UnmatchedTokens.FirstOrDefault(token => message.Contains($"'{token}'", StringComparison.Ordinal));
        if (unmatched is null)
        {
            return string.Empty;
        }

        var command = parse.CommandResult.Command;
        var names = command.Subcommands.Select(subcommand => subcommand.Name)
            .Concat(command.Options.SelectMany(option => option.Aliases.Prepend(option.Name)));
        return Model.NameSuggestion.Suffix(Model.NameSuggestion.For(unmatched, names));
    }

    /// <summary>The parser's help, then an "Exit codes:" section for the command it is about.</summary>
    private sealed class HelpWithExitCodes(HelpAction help) : SynchronousCommandLineAction
    {
        // As the parser's own help: asked for help, the user is not told what else the command line lacks.
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            var result = help.Invoke(parseResult);
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine("Exit codes:");
            foreach (var (code, meaning) in ExitCodes.Of(parseResult.CommandResult.Command is RootCommand ? null : parseResult.CommandResult.Command.Name))
            {
                output.WriteLine($"  {code}  {meaning}");
            }

            output.WriteLine();
            return result;
        }
    }
}
