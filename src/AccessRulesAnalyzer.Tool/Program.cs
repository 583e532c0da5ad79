using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using AccessRulesAnalyzer.Model;

namespace AccessRulesAnalyzer.Tool;

/// <summary>
/// <c>accessrules report|diff|baseline</c>. Exit codes: 0 done (for diff: anonymous access did not grow), 1 anonymous
/// access grew (diff), 2 bad input or usage, with one line on stderr.
/// </summary>
public static class Program
{
    private const string Usage = """
        Usage:
          accessrules report <project|assembly> [--format markdown|html|json] [--output FILE] [--user-role NAME]
          accessrules diff <old> <new> [--format markdown|json]      (old and new: project, assembly or report .json)
          accessrules baseline <project|assembly> [--output FILE]     (default: AnonymousAccess.approved.txt beside the project)
        """;

    public static async Task<int> Main(string[] args)
    {
        try
        {
            return await RunAsync(args, Console.Out, Console.Error, CancellationToken.None);
        }
        catch (InputException exception)
        {
            Console.Error.WriteLine($"accessrules: {exception.Message}");
            return 2;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Never a stack trace: the message says what went wrong, and the exit code says it was not the user's app.
            Console.Error.WriteLine($"accessrules: unexpected error: {exception.GetType().Name}: {exception.Message.Split('\n')[0]}");
            return 2;
        }
    }

    internal static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter progress, CancellationToken cancellationToken)
    {
        var (positional, options) = Parse(args);
        switch (positional.FirstOrDefault())
        {
            case "report" when positional.Count == 2:
            {
                var app = await AppLoader.LoadAsync(positional[1], progress, cancellationToken);
                var report = AccessReport.Of(app, options.GetValueOrDefault("user-role"));
                var text = Option(options, "format", "markdown", "markdown", "html", "json") switch
                {
                    "json" => ReportFormats.ToJson(report),
                    "html" => ReportFormats.ToHtml(report),
                    _ => ReportFormats.ToMarkdown(report),
                };
                await WriteAsync(text, options.GetValueOrDefault("output"), output, cancellationToken);
                return 0;
            }

            case "diff" when positional.Count == 3:
            {
                var format = Option(options, "format", "markdown", "markdown", "json");
                var before = await ReportOfAsync(positional[1], progress, cancellationToken);
                var after = await ReportOfAsync(positional[2], progress, cancellationToken);
                var diff = AccessDiff.Between(before, after);
                await WriteAsync(format == "json" ? diff.ToJson() : diff.ToMarkdown(), options.GetValueOrDefault("output"), output, cancellationToken);
                return diff.AnonymousAccessGrew ? 1 : 0;
            }

            case "baseline" when positional.Count == 2:
            {
                var app = await AppLoader.LoadAsync(positional[1], progress, cancellationToken);
                var file = options.GetValueOrDefault("output") ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(positional[1]))!, ApprovedAccess.FileName);
                var lines = ApprovedAccess.Lines(UserRoleAccess.Of(app.Model)).ToList();
                var text = "# Anonymous access approved for " + Path.GetFileName(positional[1]) + ": one line per grant (entity | constraint | objects | rights).\n" +
                           string.Concat(lines.Select(line => line + "\n"));
                await File.WriteAllTextAsync(file, text, cancellationToken);
                progress.WriteLine($"Wrote {lines.Count} approved grant{(lines.Count == 1 ? string.Empty : "s")} to {file}");
                return 0;
            }

            default:
                throw new InputException(positional.Count == 0 ? "no command\n" + Usage : $"unknown command or wrong arguments: {string.Join(' ', args)}\n" + Usage);
        }
    }

    private static async Task<AccessReport> ReportOfAsync(string input, TextWriter progress, CancellationToken cancellationToken)
    {
        if (!input.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return AccessReport.Of(await AppLoader.LoadAsync(input, progress, cancellationToken));
        }

        if (!File.Exists(input))
        {
            throw new InputException($"no such file: {input}");
        }

        try
        {
            return JsonSerializer.Deserialize<AccessReport>(await File.ReadAllTextAsync(input, cancellationToken), ReportFormats.Json) is { UserRoles: not null } report
                ? report
                : throw new InputException($"{input} is not an accessrules JSON report");
        }
        catch (JsonException exception)
        {
            throw new InputException($"{input} is not an accessrules JSON report: {exception.Message.Split('\n')[0]}");
        }
    }

    private static async Task WriteAsync(string text, string? file, TextWriter output, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            await output.WriteAsync(text);
        }
        else
        {
            await File.WriteAllTextAsync(file, text, cancellationToken);
        }
    }

    private static string Option(Dictionary<string, string> options, string name, string fallback, params string[] allowed)
    {
        var value = options.GetValueOrDefault(name) ?? fallback;
        return allowed.Contains(value) ? value : throw new InputException($"--{name} must be {string.Join(", ", allowed)}; not '{value}'");
    }

    private static (List<string> Positional, Dictionary<string, string> Options) Parse(string[] args)
    {
        var positional = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                var name = args[i][2..];
                if (name is not ("format" or "output" or "user-role"))
                {
                    throw new InputException($"unknown option --{name}\n" + Usage);
                }

                if (i + 1 >= args.Length)
                {
                    throw new InputException($"--{name} needs a value");
                }

                options[name] = args[++i];
            }
            else
            {
                positional.Add(args[i]);
            }
        }

        return (positional, options);
    }
}
