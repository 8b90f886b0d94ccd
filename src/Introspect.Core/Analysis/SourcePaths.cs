namespace Introspect.Core.Analysis;

/// <summary>
/// Where reports' relative paths start: the root of the git work tree that holds the input (what code-scanning
/// services resolve SARIF paths against), else the input's own folder.
/// </summary>
public static class SourcePaths
{
    public static string FindRoot(string inputPath)
    {
        var start = Directory.Exists(inputPath) ? inputPath : Path.GetDirectoryName(Path.GetFullPath(inputPath))!;
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            var git = Path.Combine(folder.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return folder.FullName;
            }
        }

        return start;
    }

    /// <summary>The path relative to the root with forward slashes; the full path when it lies outside the root.</summary>
    public static string Relative(string path, string root)
    {
        var relative = Path.GetRelativePath(root, path);
        return (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative).Replace('\\', '/');
    }
}
