using System.IO;
using AccessRulesAnalyzer.Tool;
using Spectre.Console;

namespace AccessRulesAnalyzer.Tests.Tool;

/// <summary>ToolProgress on standard error: live on a terminal, plain lines when redirected, nothing when quiet.</summary>
public class ToolProgressTests
{
    [Fact]
    public async Task Redirected_WritesPlainLines_AndTheSummary()
    {
        using var error = new StringWriter();
        await using (var progress = ToolProgress.For(error, quiet: false))
        {
            progress.Step("Loading Shop.csproj");
            progress.Step("Analyzing");
            await progress.SummaryAsync("Wrote access.html (12 lines).");
        }

        Assert.Equal("Loading Shop.csproj ...\nAnalyzing ...\nWrote access.html (12 lines).\n", error.ToString().Replace("\r\n", "\n"));
    }

    [Fact]
    public async Task Quiet_WritesNothing()
    {
        using var error = new StringWriter();
        await using (var progress = ToolProgress.For(error, quiet: true))
        {
            progress.Step("Loading Shop.csproj");
            await progress.SummaryAsync("Wrote access.html (12 lines).");
        }

        Assert.Equal(string.Empty, error.ToString());
    }

    [Fact]
    public async Task OnATerminal_ShowsTheStepWithTheElapsedTime_ThenTheSummary()
    {
        using var terminal = new StringWriter();
        // The status draws on a thread of its own: the test reads what it wrote under the writer's lock, and waits for
        // the step to show rather than for a fixed time, which a loaded machine may not give the status thread.
        var synchronized = TextWriter.Synchronized(terminal);
        string Shown()
        {
            lock (synchronized)
            {
                return terminal.ToString();
            }
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.Yes, Interactive = InteractionSupport.Yes, Out = new AnsiConsoleOutput(synchronized) });
        var progress = new ToolProgress.LiveStatus(console);
        progress.Step("Loading Shop.csproj");
        for (var waited = 0; waited < 30_000 && !System.Text.RegularExpressions.Regex.IsMatch(Shown(), @"Loading Shop\.csproj .*\d+\.\d s"); waited += 50)
        {
            await Task.Delay(50);
        }

        await progress.SummaryAsync("Wrote access.html (12 lines).");
        await progress.DisposeAsync();

        var shown = Shown();
        Assert.Matches(@"Loading Shop\.csproj .*\d+\.\d s", shown);
        Assert.Matches(@"Wrote access\.html \(12 lines\)\. .*\(\d+\.\d s\)", shown);
    }
}
