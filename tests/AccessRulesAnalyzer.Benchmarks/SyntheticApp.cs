using System.Collections.Generic;
using System.IO;
using System.Text;
using AccessRulesAnalyzer.Model;

namespace AccessRulesAnalyzer.Benchmarks;

/// <summary>
/// A generated application: N entities over ten modules, one file each, 10 members (7 attributes, 1 calculated,
/// 2 associations), 3 access rules (2 with XPath), a System.User specialization per module, and user roles with
/// anonymous access; with <see cref="Documents"/>, the microflows, pages and services of such an app.
/// </summary>
internal static class SyntheticApp
{
    public const int Modules = 10;

    public static string Security()
    {
        var text = new StringBuilder("using AccessRules;\n");
        var users = new List<string>();
        var admins = new List<string>();
        var guests = new List<string>();
        for (var m = 0; m < Modules; m++)
        {
            foreach (var role in new[] { "User", "Admin", "Guest" })
            {
                text.Append($"[assembly: ModuleRole(\"M{m}.{role}\")]\n");
            }

            users.Add($"\"M{m}.User\"");
            admins.Add($"\"M{m}.Admin\"");
            guests.Add($"\"M{m}.Guest\"");
        }

        text.Append($"[assembly: UserRole(\"User\", {string.Join(", ", users)})]\n");
        text.Append($"[assembly: UserRole(\"Admin\", {string.Join(", ", admins)}, ManagesAllRoles = true)]\n");
        text.Append($"[assembly: UserRole(\"Anonymous\", {string.Join(", ", guests)})]\n");
        text.Append("[assembly: AnonymousUsers(\"Anonymous\", SignInMicroflow = \"M0.TransferSession\")]\n");
        for (var m = 0; m < Modules; m++)
        {
            text.Append($"namespace M{m} {{ [Entity(\"M{m}\")] [AccessRule(\"M{m}.User\", Read = [nameof(Nickname)], XPath = \"[id = '[%CurrentUser%]']\")] public class Account : AccessRules.SystemUser {{ public string? Nickname {{ get; set; }} }} }}\n");
        }

        return text.ToString();
    }

    /// <summary>
    /// Writes the application of <paramref name="count"/> entities and a project that references the package
    /// (<paramref name="version"/>, from the feed real-build.sh packs). Built with <c>-p:WithAccessRulesAnalyzer=false</c>,
    /// it is the twin: the same package without our two analyzer assemblies, which are taken out of <c>@(Analyzer)</c>
    /// before the compiler runs (with this SDK, <c>ExcludeAssets="analyzers"</c> leaves them on csc's command line).
    /// With <paramref name="documents"/>, the app's <see cref="Documents"/> too.
    /// </summary>
    public static void WriteProject(string directory, int count, string version, bool documents)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "Security.cs"), Security());
        for (var i = 0; i < count; i++)
        {
            File.WriteAllText(Path.Combine(directory, $"E{i}.cs"), Entity(i, count));
        }

        foreach (var (name, text) in documents ? Documents(count) : [])
        {
            File.WriteAllText(Path.Combine(directory, name), text);
        }

        // The documents' pages call microflows their role may not call (AR1026, an error): the build must succeed to be timed.
        File.WriteAllText(Path.Combine(directory, "severity.globalconfig"), "is_global = true\ndotnet_diagnostic.AR1026.severity = warning\n");

        File.WriteAllText(Path.Combine(directory, "App.csproj"), $$"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <LangVersion>latest</LangVersion>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="AccessRulesAnalyzer" Version="{{version}}" />
                <GlobalAnalyzerConfigFiles Include="severity.globalconfig" />
              </ItemGroup>
              <!-- The floor option of real-build.sh: the attribute-reading baseline, loaded as a build loads an analyzer. -->
              <ItemGroup Condition="'$(FloorAnalyzer)' != ''">
                <Analyzer Include="$(FloorAnalyzer)" />
              </ItemGroup>
              <Target Name="RemoveAccessRulesAnalyzers" BeforeTargets="CoreCompile" Condition="'$(WithAccessRulesAnalyzer)' == 'false'">
                <ItemGroup>
                  <Analyzer Remove="@(Analyzer)" Condition="'%(Filename)' == 'AccessRulesAnalyzer' or '%(Filename)' == 'AccessRulesAnalyzer.CodeFixes'" />
                </ItemGroup>
              </Target>
            </Project>
            """);
    }

    /// <summary>Entity <paramref name="index"/> of <paramref name="count"/>; <paramref name="revision"/> changes one member, as an edit would.</summary>
    public static string Entity(int index, int count, int revision = 0)
    {
        var module = index % Modules;
        var next = (index + Modules) % count;
        var nextModule = next % Modules;
        var name = $"E{index}";
        var nextName = next % Modules == module ? $"E{next}" : $"Account";
        var rules = index % 4 == 0
            // Every fourth entity has a red flag or two, as real models do.
            ? $"[AccessRule(\"M{module}.Guest\", Create = true, ReadWrite = [nameof(Title)])]"
            : $"[AccessRule(\"M{module}.Guest\", Create = true, ReadWrite = [nameof(Title), nameof(Quantity)], XPath = \"[System.owner='[%CurrentUser%]']\")]";
        return $$"""
            using System;
            using System.Collections.Generic;
            using AccessRules;

            namespace M{{module}};

            [Entity("M{{module}}", StoreOwner = true)]
            {{rules}}
            [AccessRule("M{{module}}.User", Read = [nameof(Title), nameof(Quantity), nameof(Price), nameof(Account)], ReadWrite = [nameof(Note)], XPath = "[M{{module}}.{{name}}_Account = '[%CurrentUser%]' and Active = true()]")]
            [AccessRule("M{{module}}.Admin", Create = true, Delete = true, Read = [nameof(Total)], ReadWrite = [nameof(Title), nameof(Quantity), nameof(Price), nameof(Active), nameof(Due), nameof(Note), nameof(Code), nameof(Account), nameof(Related)])]
            public class {{name}}
            {
                public string? Title { get; set; }
                public int Quantity { get; set; }
                public decimal Price { get; set; }
                public bool Active { get; set; }
                public DateTime Due { get; set; }
                public string? Note { get; set; }
                public long Code { get; set; }
                [Calculated] public decimal Total => Price * Quantity;
                public Account? Account { get; set; }
                public List<{{(nextModule == module ? nextName : "M" + nextModule + ".E" + next)}}> Related { get; set; } = new();{{(revision == 0 ? "" : $"\n    public int Draft{revision} {{ get; set; }}")}}
            }
            """;
    }

    /// <summary>
    /// The documents of an app of <paramref name="count"/> entities, one file per module: a microflow per two entities
    /// (retrieving and changing its entity, calling the next one of its module; those of every fourth entity, half the
    /// microflows, for visitors; every third microflow applying entity access), a page per five entities (a user-scoped
    /// widget, a call), a service per hundred.
    /// </summary>
    public static IEnumerable<(string Name, string Text)> Documents(int count)
    {
        for (var m = 0; m < Modules; m++)
        {
            var text = new StringBuilder($"using AccessRules;\n\nnamespace M{m};\n\npublic static class Flows\n{{\n");
            if (m == 0)
            {
                // The sign-in microflow [AnonymousUsers] names: the app is consistent (no AR1024).
                text.Append("    [Microflow(\"M0\")]\n    public static void TransferSession() { }\n\n");
            }

            // k counts the module's entities: every second one has a microflow.
            for (int i = m, k = 0; i < count; i += Modules, k++)
            {
                if (k % 2 != 0)
                {
                    continue;
                }

                var role = k % 4 == 0 ? "Guest" : "User";
                var next = i + (2 * Modules);
                text.Append($"    [Microflow(\"M{m}\", AllowedRoles = [\"M{m}.{role}\"], ApplyEntityAccess = {(k % 3 == 0 ? "true" : "false")})]\n");
                text.Append($"    [Retrieves(typeof(E{i}), XPath = \"[Active = true() and M{m}.E{i}_Account = '[%CurrentUser%]']\")]\n");
                text.Append($"    [Changes(typeof(E{i}), nameof(E{i}.Title))]\n");
                if (next < count)
                {
                    text.Append($"    [Calls(\"M{m}.ACT_E{next}\")]\n");
                }

                text.Append($"    public static void ACT_E{i}() {{ }}\n\n");
            }

            text.Append("}\n");
            for (int i = m, k = 0; i < count; i += Modules, k++)
            {
                if (k % 5 == 0)
                {
                    var called = k % 2 == 0 ? i : i - Modules;
                    text.Append($"\n[Page(\"M{m}\", VisibleFor = [\"M{m}.User\"])]\n[Shows(typeof(E{i}), XPath = \"[M{m}.E{i}_Account = '[%CurrentUser%]']\", Members = [nameof(E{i}.Title)])]\n");
                    text.Append($"[Calls(\"M{m}.ACT_E{called}\")]\n");
                    text.Append($"public class P{i} {{ }}\n");
                }

                if (k % 100 == 0)
                {
                    text.Append($"\n[PublishedService(ServiceKind.Rest, \"M{m}\", AllowedRoles = [\"M{m}.User\"])]\n[Operation(\"M{m}.ACT_E{i}\")]\npublic class S{i} {{ }}\n");
                }
            }

            yield return ($"D{m}.cs", text.ToString());
        }
    }
}
