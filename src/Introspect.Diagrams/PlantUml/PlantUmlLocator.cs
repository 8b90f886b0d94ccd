namespace Introspect.Diagrams.PlantUml;

/// <summary>
/// Finds a local PlantUML, in this order: the jar named on the command line, the PLANTUML_JAR environment variable,
/// a jar in the tools folder that the README's set-up fills (tools/plantuml/), and a <c>plantuml</c> launcher on PATH.
/// </summary>
public static class PlantUmlLocator
{
    public const string EnvironmentVariable = "PLANTUML_JAR";

    public static PlantUmlLauncher? Locate(
        string? explicitJar,
        Func<string, string?> getEnvironmentVariable,
        IEnumerable<string> toolFolders)
    {
        if (!string.IsNullOrWhiteSpace(explicitJar))
        {
            return File.Exists(explicitJar)
                ? new PlantUmlLauncher(PlantUmlLauncherKind.Jar, Path.GetFullPath(explicitJar), "--plantuml-jar")
                : throw new FileNotFoundException($"The PlantUML jar '{explicitJar}' does not exist.", explicitJar);
        }

        if (getEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment && File.Exists(fromEnvironment))
        {
            return new PlantUmlLauncher(PlantUmlLauncherKind.Jar, Path.GetFullPath(fromEnvironment), EnvironmentVariable);
        }

        var fromTools = toolFolders
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "plantuml*.jar", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .LastOrDefault();
        if (fromTools is not null)
        {
            return new PlantUmlLauncher(PlantUmlLauncherKind.Jar, Path.GetFullPath(fromTools), "tools folder");
        }

        var onPath = FindOnPath("plantuml", getEnvironmentVariable("PATH"));
        return onPath is null ? null : new PlantUmlLauncher(PlantUmlLauncherKind.Executable, onPath, "PATH");
    }

    /// <summary>The tools/plantuml folders above <paramref name="startFolders"/> (the set-up script fills the repository's).</summary>
    public static IReadOnlyList<string> ToolFoldersAbove(params string[] startFolders)
    {
        var folders = new List<string>();
        foreach (var start in startFolders)
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var tools = Path.Combine(folder.FullName, "tools", "plantuml");
                if (Directory.Exists(tools) && !folders.Contains(tools, StringComparer.Ordinal))
                {
                    folders.Add(tools);
                }
            }
        }

        return folders;
    }

    private static string? FindOnPath(string executable, string? pathVariable) =>
        (pathVariable ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(folder => new[] { Path.Combine(folder, executable), Path.Combine(folder, executable + ".exe") })
            .FirstOrDefault(File.Exists);
}
