namespace Introspect.Core.Loading;

/// <summary>Turns what the user typed (a solution, a project, a folder, or nothing) into the one file to load.</summary>
public static class InputResolver
{
    private static readonly string[] SolutionExtensions = [".sln", ".slnx", ".slnf"];
    private const string ProjectExtension = ".csproj";

    public static string Resolve(string? path, string currentDirectory)
    {
        var fullPath = Path.GetFullPath(string.IsNullOrWhiteSpace(path) ? currentDirectory : path, currentDirectory);

        if (File.Exists(fullPath))
        {
            var extension = Path.GetExtension(fullPath);
            if (IsSolution(extension) || extension.Equals(ProjectExtension, StringComparison.OrdinalIgnoreCase))
            {
                return fullPath;
            }

            throw new InputException($"'{path}' is not a solution or C# project: expected a .sln, .slnx, .slnf or .csproj file.");
        }

        if (!Directory.Exists(fullPath))
        {
            throw new InputException($"'{path}' does not exist.");
        }

        return FindInFolder(fullPath);
    }

    private static string FindInFolder(string folder)
    {
        var solutions = FilesWith(folder, SolutionExtensions);
        if (solutions.Length == 1)
        {
            return solutions[0];
        }

        if (solutions.Length > 1)
        {
            throw new InputException(
                $"'{folder}' holds several solutions ({string.Join(", ", solutions.Select(Path.GetFileName))}); name the one to check.");
        }

        var projects = FilesWith(folder, [ProjectExtension]);
        return projects.Length switch
        {
            1 => projects[0],
            0 => throw new InputException($"'{folder}' holds no .sln, .slnx, .slnf or .csproj file; pass the path of one."),
            _ => throw new InputException(
                $"'{folder}' holds several projects ({string.Join(", ", projects.Select(Path.GetFileName))}) and no solution; name the one to check."),
        };
    }

    private static string[] FilesWith(string folder, IEnumerable<string> extensions) =>
        Directory.EnumerateFiles(folder)
            .Where(file => extensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToArray();

    private static bool IsSolution(string extension) => SolutionExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase);

    internal static bool IsSolutionFile(string path) => IsSolution(Path.GetExtension(path));
}
