using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Introspect.Core.Analysis;

/// <summary>
/// Adds a project's .sql files as additional documents before analysis, so <c>introspect check</c> reads the migration
/// scripts (DbUp, Evolve, grate, Flyway) of projects that do not reference the analyzer package (which would add
/// them as AdditionalFiles itself). Files under bin/ and obj/, hidden folders, node_modules and folders of other
/// projects nested inside are not the project's; files that already are additional documents are left alone.
/// </summary>
internal static class SqlScriptDocuments
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", "node_modules" };

    public static Project AddTo(Project project)
    {
        if (project.FilePath is not { } projectFile || Path.GetDirectoryName(projectFile) is not { } folder || !Directory.Exists(folder))
        {
            return project;
        }

        var known = new HashSet<string>(
            project.AdditionalDocuments.Select(document => document.FilePath).OfType<string>().Select(Path.GetFullPath),
            OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach (var script in Scripts(folder, isProjectFolder: true).Order(StringComparer.Ordinal))
        {
            if (!known.Add(Path.GetFullPath(script)))
            {
                continue;
            }

            try
            {
                var text = SourceText.From(File.ReadAllText(script), Encoding.UTF8);
                var relativeFolders = Path.GetRelativePath(folder, Path.GetDirectoryName(script)!)
                    .Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries)
                    .Where(part => part != ".");
                project = project.AddAdditionalDocument(Path.GetFileName(script), text, relativeFolders, script).Project;
            }
            catch (IOException)
            {
                // A script that cannot be read now is not analysed; the rest still are.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return project;
    }

    private static IEnumerable<string> Scripts(string folder, bool isProjectFolder)
    {
        if (!isProjectFolder && Directory.EnumerateFiles(folder, "*.csproj").Any())
        {
            yield break;
        }

        foreach (var script in Directory.EnumerateFiles(folder, "*.sql"))
        {
            yield return script;
        }

        foreach (var child in Directory.EnumerateDirectories(folder))
        {
            var name = Path.GetFileName(child);
            if (SkippedFolders.Contains(name) || name.StartsWith('.') || new DirectoryInfo(child).LinkTarget is not null)
            {
                continue;
            }

            foreach (var script in Scripts(child, isProjectFolder: false))
            {
                yield return script;
            }
        }
    }
}
