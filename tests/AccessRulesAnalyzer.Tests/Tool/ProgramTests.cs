using System.IO;
using System.Threading;
using AccessRulesAnalyzer.Driver;
using AccessRulesAnalyzer.Tool;

namespace AccessRulesAnalyzer.Tests.Tool;

/// <summary>Bad input is the user's mistake, said in one line (exit code 2 from Main), never a stack trace.</summary>
public class ProgramTests
{
    [Theory]
    [InlineData(new[] { "report", "no/such/App.csproj" }, "no such file: no/such/App.csproj")]
    [InlineData(new[] { "report", "App.csproj", "--colour", "red" }, "unknown option --colour")]
    [InlineData(new[] { "report", "App.csproj", "--format" }, "--format needs a value")]
    [InlineData(new[] { "publish" }, "unknown command or wrong arguments: publish")]
    [InlineData(new string[0], "no command")]
    public async Task BadInput_IsAnInputError(string[] args, string message)
    {
        var failure = await Assert.ThrowsAsync<InputException>(() => Program.RunAsync(args, TextWriter.Null, TextWriter.Null, CancellationToken.None));

        Assert.StartsWith(message, failure.Message);
    }

    [Fact]
    public async Task AFileThatIsNeitherAProjectNorAnAssembly_IsAnInputError()
    {
        var file = Path.GetTempFileName();
        var failure = await Assert.ThrowsAsync<InputException>(() => Program.RunAsync(["report", file], TextWriter.Null, TextWriter.Null, CancellationToken.None));

        Assert.EndsWith("is neither a C# project (.csproj) nor an assembly (.dll)", failure.Message);
    }

    [Fact]
    public async Task AnAssemblyWithoutTheAnnotations_IsAnInputError()
    {
        var failure = await Assert.ThrowsAsync<InputException>(() => Program.RunAsync(["report", typeof(SecurityModelAnalyzer).Assembly.Location], TextWriter.Null, TextWriter.Null, CancellationToken.None));

        Assert.EndsWith("does not reference the AccessRules annotations (the AccessRulesAnalyzer package)", failure.Message);
    }

    [Fact]
    public async Task AJsonThatIsNoReport_IsAnInputError()
    {
        var file = Path.ChangeExtension(Path.GetTempFileName(), ".json");
        await File.WriteAllTextAsync(file, "[1, 2");
        var failure = await Assert.ThrowsAsync<InputException>(() => Program.RunAsync(["diff", file, file], TextWriter.Null, TextWriter.Null, CancellationToken.None));

        Assert.Contains("is not an accessrules JSON report", failure.Message);
    }
}
