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
}
