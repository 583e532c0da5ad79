namespace AccessRulesAnalyzer.Tool;

/// <summary>
/// Whether a command goes on with an app that does not compile or whose model has consistency errors, and, when it
/// does not, what its one-line error tells the user to do: only <c>report</c> has <c>--allow-errors</c>.
/// </summary>
internal sealed record ErrorHandling(bool Allow, string Remedy)
{
    public static ErrorHandling Report(bool allowErrors) => new(allowErrors, "fix them, or pass --allow-errors to report anyway");

    public static ErrorHandling Baseline { get; } = new(false, "fix them: a baseline is written only from an app without errors");

    public static ErrorHandling Diff { get; } = new(false, "fix them, or compare JSON reports written by 'report --allow-errors'");
}
