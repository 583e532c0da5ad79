using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace AccessRulesAnalyzer.Tool;

/// <summary>The exit codes of <c>accessrules</c>, as <c>--help</c> and docs/report.md state them.</summary>
internal static class ExitCodes
{
    public const int Done = 0;
    public const int AnonymousAccessGrew = 1;
    public const int BadInput = 2;
    public const int InternalError = 3;

    /// <summary>The exit codes <paramref name="command"/> can return, as its help lists them; null: the tool's every code.</summary>
    public static IEnumerable<(int Code, string Meaning)> Of(string? command)
    {
        yield return (Done, "done");
        if (command is "diff" or null)
        {
            yield return (AnonymousAccessGrew, command is null ? "anonymous access grew (diff)" : "anonymous access grew");
        }

        yield return (BadInput, "bad input or usage");
        yield return (InternalError, "an internal error of accessrules (a bug)");
    }
}

/// <summary>
/// <c>accessrules report|diff|baseline</c>, on System.CommandLine: help, version, parse-time validation and
/// did-you-mean come from the parser; every mistake of the user's is one line on standard error and exit code 2,
/// and anything else exit code 3 with a line that says it is a bug, never a stack trace.
/// </summary>
public static class Program
{
    internal const string IssuesUrl = "https://github.com/accessrules/AccessRulesAnalyzer/issues";

    public static Task<int> Main(string[] args) => RunAsync(args, Console.Out, Console.Error, CancellationToken.None);

    /// <summary>Runs the command line <paramref name="args"/>: results to <paramref name="output"/>, progress and errors to <paramref name="error"/>.</summary>
    internal static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var root = Commands.Root();
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            // The parser says a missing argument once per argument, and that no command was given beside the
            // unrecognized word the user meant as one: each message once, and the second only when it is alone.
            var messages = parse.Errors.Select(parseError => parseError.Message).Distinct().ToList();
            if (messages.Count > 1)
            {
                messages.RemoveAll(root.Parse(Array.Empty<string>()).Errors.Select(parseError => parseError.Message).Contains);
            }

            foreach (var parseMessage in messages)
            {
                // One line each: the parser's lists of allowed values come on lines of their own.
                var message = string.Join(" ", parseMessage.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0));
                var suggestion = Commands.DidYouMean(parseMessage, parse);
                await error.WriteLineAsync($"accessrules: {(suggestion.Length > 0 ? message.TrimEnd('.') : message)}{suggestion}");
            }

            await error.WriteLineAsync($"See '{string.Join(' ', parse.CommandResult.Command.Name == root.Name ? ["accessrules"] : new[] { "accessrules", parse.CommandResult.Command.Name })} --help'.");
            return ExitCodes.BadInput;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (InputException exception)
        {
            await error.WriteLineAsync($"accessrules: {exception.Message}");
            return ExitCodes.BadInput;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException and not OperationCanceledException)
        {
            // Never a stack trace: one line that says what failed, and that it is ours to fix.
            await error.WriteLineAsync(
                $"accessrules: internal error: {exception.GetType().Name}: {InputException.FirstLine(exception.Message)}. This is a bug in accessrules; please report it at {IssuesUrl}");
            return ExitCodes.InternalError;
        }
    }
}
