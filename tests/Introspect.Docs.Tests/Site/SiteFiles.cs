using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Introspect.Docs.Tests.Site;

/// <summary>A generated site on disk, read back as a person's browser would: its files, and each HTML page parsed.</summary>
internal static class SiteFiles
{
    private static readonly HtmlParser s_parser = new();

    /// <summary>Every file under the folder, relative with forward slashes, sorted.</summary>
    public static IReadOnlyList<string> List(string folder) =>
    [
        .. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(folder, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal),
    ];

    public static IEnumerable<(string Path, IDocument Document)> Pages(string folder) =>
        List(folder).Where(file => file.EndsWith(".html", StringComparison.Ordinal))
            .Select(file => (file, (IDocument)s_parser.ParseDocument(File.ReadAllText(Path.Combine(folder, file)))));

    public static IDocument Page(string folder, string path) => s_parser.ParseDocument(File.ReadAllText(Path.Combine(folder, path)));

    /// <summary>Every relative href and src of the page that does not resolve to a file of the site.</summary>
    public static IEnumerable<string> BrokenLinks(string folder, string page, IDocument document)
    {
        var pageFolder = Path.GetDirectoryName(Path.Combine(folder, page))!;
        foreach (var element in document.QuerySelectorAll("[href], [src]"))
        {
            var target = element.GetAttribute("href") ?? element.GetAttribute("src")!;
            if (target.StartsWith('#') || target.StartsWith("https://", StringComparison.Ordinal) || target.StartsWith("http://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal))
            {
                continue;
            }

            var file = Uri.UnescapeDataString(target.Split('#')[0].Split('?')[0]);
            var full = Path.GetFullPath(Path.Combine(pageFolder, file));
            if (file.Length == 0 || !full.StartsWith(Path.GetFullPath(folder), StringComparison.Ordinal) || !File.Exists(full))
            {
                yield return $"{page}: {target}";
            }
        }
    }
}
