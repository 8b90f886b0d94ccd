using System.Globalization;
using System.Text;
using Introspect.Core.Analysis;

namespace Introspect.Docs.Site;

/// <summary>
/// The analysed source files as the site shows them: paths relative to the solution's folder, "view source" links
/// relative to the repository root, and short excerpts around a line (read once per file).
/// </summary>
public sealed class SourceFiles(string solutionRoot, string repositoryRoot, string? sourceLink)
{
    private readonly Dictionary<string, string[]?> _lines = new(StringComparer.Ordinal);

    public string Display(string absolutePath) => SourcePaths.Relative(absolutePath, solutionRoot);

    public string Absolute(string solutionRelativePath) => Path.GetFullPath(Path.Combine(solutionRoot, solutionRelativePath));

    /// <summary>The URL of the line in the repository browser given with --source-link; null without one.</summary>
    public string? Link(string absolutePath, int line)
    {
        if (sourceLink is null)
        {
            return null;
        }

        var relative = SourcePaths.Relative(absolutePath, repositoryRoot);
        if (Path.IsPathRooted(relative))
        {
            return null;
        }

        var path = string.Join('/', relative.Split('/').Select(Uri.EscapeDataString));
        return sourceLink + path + (line > 0 ? "#L" + line.ToString(CultureInfo.InvariantCulture) : string.Empty);
    }

    /// <summary>Lines <paramref name="line"/>-context to <paramref name="endLine"/>+context with their numbers, or null when the file cannot be read.</summary>
    public string? Excerpt(string absolutePath, int line, int endLine, int context = 2)
    {
        if (!_lines.TryGetValue(absolutePath, out var lines))
        {
            lines = Read(absolutePath);
            _lines[absolutePath] = lines;
        }

        if (lines is null || line < 1 || line > lines.Length)
        {
            return null;
        }

        var first = Math.Max(1, line - context);
        var last = Math.Min(lines.Length, Math.Max(line, endLine) + context);
        var width = last.ToString(CultureInfo.InvariantCulture).Length;
        var text = new StringBuilder();
        for (var number = first; number <= last; number++)
        {
            text.Append(number.ToString(CultureInfo.InvariantCulture).PadLeft(width)).Append(number >= line && number <= Math.Max(line, endLine) ? " > " : " | ")
                .Append(lines[number - 1].TrimEnd()).Append('\n');
        }

        return text.ToString();
    }

    private static string[]? Read(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n").Split('\n') : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
