using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using Spectre.Console;

namespace AccessRulesAnalyzer.Tool;

/// <summary>
/// Progress on standard error: a live status with the elapsed time on a terminal, plain lines when standard error
/// is redirected (a CI log), nothing with <c>--quiet</c>; a one-line summary when a file is written, in every case
/// but quiet. Disposed before an error is printed, so the status never covers it.
/// </summary>
internal abstract class ToolProgress : IAsyncDisposable
{
    public static ToolProgress For(TextWriter error, bool quiet)
    {
        if (quiet)
        {
            return new Silent();
        }

        if (ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            if (console.Profile.Capabilities.Interactive)
            {
                return new LiveStatus(console);
            }
        }

        return new Lines(error);
    }

    /// <summary>What the tool is doing now: "Loading Shop.csproj".</summary>
    public abstract void Step(string step);

    /// <summary>What was done, once at the end: "Wrote access.html (120 lines)."</summary>
    public abstract Task SummaryAsync(string summary);

    public virtual ValueTask DisposeAsync() => default;

    private sealed class Silent : ToolProgress
    {
        public override void Step(string step)
        {
        }

        public override Task SummaryAsync(string summary) => Task.CompletedTask;
    }

    private sealed class Lines(TextWriter error) : ToolProgress
    {
        public override void Step(string step) => error.WriteLine(step + " ...");

        public override Task SummaryAsync(string summary) => error.WriteLineAsync(summary);
    }

    /// <summary>A Spectre.Console status line, redrawn every 100 ms with the step and the seconds since the start.</summary>
    internal sealed class LiveStatus : ToolProgress
    {
        private readonly IAnsiConsole _console;
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly Task _display;
        private volatile string _step = "Starting";

        public LiveStatus(IAnsiConsole console)
        {
            _console = console;
            _display = console.Status().Spinner(Spinner.Known.Dots).StartAsync(Text(), async context =>
            {
                while (!_stopped.Task.IsCompleted)
                {
                    context.Status(Text());
                    await Task.WhenAny(_stopped.Task, Task.Delay(100));
                }
            });
        }

        public override void Step(string step) => _step = step;

        public override async Task SummaryAsync(string summary)
        {
            await StopAsync();
            _console.MarkupLine($"{Markup.Escape(summary)} [grey]({_clock.Elapsed.TotalSeconds:0.0} s)[/]");
        }

        public override async ValueTask DisposeAsync() => await StopAsync();

        private async Task StopAsync()
        {
            _stopped.TrySetResult();
            await _display;
        }

        private string Text() => $"{Markup.Escape(_step)} [grey]{_clock.Elapsed.TotalSeconds:0.0} s[/]";
    }
}
