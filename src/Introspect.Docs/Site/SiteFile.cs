using System.Text;

namespace Introspect.Docs.Site;

/// <summary>A file of the site: its path inside the output folder (forward slashes) and its bytes.</summary>
public sealed record SiteFile(string Path, byte[] Content)
{
    private static readonly UTF8Encoding s_utf8 = new(false);

    public static SiteFile Text(string path, string text) => new(path, s_utf8.GetBytes(text.ReplaceLineEndings("\n")));
}
