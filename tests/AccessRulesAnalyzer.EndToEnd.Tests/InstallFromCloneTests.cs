using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using AccessRulesAnalyzer.Tests;

namespace AccessRulesAnalyzer.EndToEnd.Tests;

/// <summary>
/// The README's "From a clone" commands, run as written on a brand-new app with a planted mistake: pack from the
/// clone into a local feed, add the package from it, build, and run the tool from the clone. Only the app's folder
/// and project name are this test's. In the package collection: its pack must not run beside the feed's.
/// </summary>
[Collection(PackageCollection.Name)]
public class InstallFromCloneTests
{
    [Fact]
    public void TheReadmesCommands_InstallThePackageInANewApp_AndRunTheToolFromTheClone()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md")).Replace("\r\n", "\n");
        var block = Regex.Match(readme, @"<!-- from-clone:[^\n]*-->\n```sh\n(?<commands>.*?)\n```", RegexOptions.Singleline);
        Assert.True(block.Success, "The README has no from-clone block.");

        var workspace = Path.Combine(Path.GetTempPath(), "accessrules-clone-" + Guid.NewGuid().ToString("N")[..8]);
        var app = Path.Combine(workspace, "YourApp");
        try
        {
            Directory.CreateDirectory(app);
            var created = DotNet.Run(workspace, null, "new", "classlib", "-o", app, "-n", "YourApp");
            Assert.True(created.ExitCode == 0, created.Output);
            File.Delete(Path.Combine(app, "Class1.cs"));
            File.WriteAllText(Path.Combine(app, "Shop.cs"), """
                using AccessRules;

                [assembly: ModuleRole("Shop.Guest")]
                [assembly: UserRole("Anonymous", "Shop.Guest", "System.User")]
                [assembly: AnonymousUsers("Anonymous")]

                [Entity("Shop")]
                [AccessRule("Shop.Guest", ReadWrite = [nameof(Quantity)])]
                public class CartLine { public int Quantity { get; set; } }
                """);

            var script = Path.Combine(workspace, "from-clone.sh");
            File.WriteAllText(script, "set -e\n" + block.Groups["commands"].Value.Replace("cd path/to/YourApp", $"cd '{app}'") + "\n");
            var run = Run(Repository.Root, script);

            Assert.True(run.ExitCode == 0, run.Output);
            // The build warns at the planted mistake, and the report shows what visitors reach.
            Assert.Contains(Sample.Diagnostics(run.Output), line => line == "Shop.cs:8 AR0002 warning");
            Assert.Contains("Shop.CartLine", run.Output);
            Assert.Matches(@"AccessRulesAnalyzer\.0\.1\.0-dev\.\d{14}\.nupkg", string.Join(" ", Directory.GetFiles(Path.Combine(Repository.Root, "artifacts", "packages"))));
        }
        finally
        {
            try
            {
                Directory.Delete(workspace, recursive: true);
            }
            catch (IOException)
            {
                // A build server may still hold a file; the folder is in the temp directory.
            }
        }
    }

    private static ProcessResult Run(string directory, string script)
    {
        var start = new System.Diagnostics.ProcessStartInfo("bash", script)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var name in new List<string>(start.Environment.Keys))
        {
            if (name is "CI" or "TF_BUILD" or "GITHUB_ACTIONS" || name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
            {
                start.Environment.Remove(name);
            }
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = System.Diagnostics.Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new ProcessResult(process.ExitCode, output + error.Result);
    }
}
