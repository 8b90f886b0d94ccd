using System.Globalization;
using System.Reflection;
using System.Text;
using Introspect.Testing;

namespace Introspect.Benchmarks.Discovery;

/// <summary>
/// Writes a solution of <c>projects</c> service projects and one shared project into a folder, from the templates in
/// Discovery/Templates. Every service project holds the same mix of jobs (Quartz, Hangfire with enqueues and a
/// continuation, Coravel, a BackgroundService, a timer in a hosted service) and two decoys. The package versions are
/// the OpsPlatform sample's (its Directory.Packages.props is copied), so a restore comes from the local package cache.
/// </summary>
internal static class GeneratedSolution
{
    public const string SolutionName = "Bench.Discovery.sln";

    public static string Write(string folder, int projects)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), Template("Directory.Build.props"));
        File.Copy(Path.Combine(RepositoryPaths.Root, "samples", "OpsPlatform", "Directory.Packages.props"), Path.Combine(folder, "Directory.Packages.props"));

        var names = new List<string> { "Bench.Shared" };
        WriteProject(folder, "Bench.Shared", Template("Shared.csproj"), ("Contracts.cs", Template("Shared.cs")));
        for (var index = 1; index <= projects; index++)
        {
            var name = Invariant($"Bench.Service{index:00}");
            names.Add(name);
            WriteProject(folder, name, Template("Service.csproj"), ("Jobs.cs", Fill(Template("ServiceJobs.cs"), index)));
        }

        var solution = Path.Combine(folder, SolutionName);
        File.WriteAllText(solution, SolutionFile(names));
        return solution;
    }

    /// <summary>The per-project numbers vary with the index, so the schedules differ: minutes 2–9, hours 0–23.</summary>
    private static string Fill(string template, int index) =>
        template
            .Replace("__N__", index.ToString("00", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("__M__", (2 + (index % 8)).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("__H__", (index % 24).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private static void WriteProject(string folder, string name, string projectFile, params (string Name, string Text)[] files)
    {
        var projectFolder = Path.Combine(folder, "src", name);
        Directory.CreateDirectory(projectFolder);
        File.WriteAllText(Path.Combine(projectFolder, name + ".csproj"), projectFile);
        foreach (var (fileName, text) in files)
        {
            File.WriteAllText(Path.Combine(projectFolder, fileName), text);
        }
    }

    /// <summary>A classic .sln (every loader reads it), with GUIDs derived from the project's position.</summary>
    private static string SolutionFile(IReadOnlyList<string> names)
    {
        const string CSharpProjectType = "{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}";
        var guids = names.Select((_, index) => Invariant($"{{{index + 1:X8}-0000-4000-8000-000000000000}}")).ToList();
        var text = new StringBuilder();
        text.Append("\nMicrosoft Visual Studio Solution File, Format Version 12.00\n# Visual Studio Version 17\n");
        for (var index = 0; index < names.Count; index++)
        {
            text.Append(Invariant($"Project(\"{CSharpProjectType}\") = \"{names[index]}\", \"src\\{names[index]}\\{names[index]}.csproj\", \"{guids[index]}\"\nEndProject\n"));
        }

        text.Append("Global\n\tGlobalSection(SolutionConfigurationPlatforms) = preSolution\n\t\tDebug|Any CPU = Debug|Any CPU\n\tEndGlobalSection\n");
        text.Append("\tGlobalSection(ProjectConfigurationPlatforms) = postSolution\n");
        foreach (var guid in guids)
        {
            text.Append(Invariant($"\t\t{guid}.Debug|Any CPU.ActiveCfg = Debug|Any CPU\n\t\t{guid}.Debug|Any CPU.Build.0 = Debug|Any CPU\n"));
        }

        text.Append("\tEndGlobalSection\nEndGlobal\n");
        return text.ToString();
    }

    private static string Template(string name)
    {
        var resource = "DiscoveryTemplates." + name + ".template";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"missing embedded template {resource}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
