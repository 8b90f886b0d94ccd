using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Introspect.Testing;

/// <summary>
/// Checks a static site on disk as a visitor would find it: every relative href, src, srcset and poster of every .html
/// page, and every url() of every .css file, must name a file of the site (a folder stands for its index.html), and a
/// #fragment must name an id (or an anchor's name) in the target page. Query strings are ignored, %-escapes decoded.
/// Links with a scheme (https:, mailto:, data:, javascript:) and protocol-relative ones (//host) are someone else's.
/// Root-relative links (/x) are reported: they break when the site is served under a base path or opened from file://.
/// With <c>mustWorkFromFile</c>, links to a folder are reported too: from file:// the browser lists the folder instead
/// of opening its index.html.
/// </summary>
public static partial class LinkChecker
{
    private static readonly string[] s_urlAttributes = ["href", "xlink:href", "src", "poster"];

    /// <summary>Every broken link of the site in <paramref name="siteFolder"/>, sorted by page then target.</summary>
    public static IReadOnlyList<BrokenLink> Check(string siteFolder, bool mustWorkFromFile = false)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(siteFolder));
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"The site folder '{root}' does not exist.");
        }

        var anchors = new AnchorIndex();
        var broken = new List<BrokenLink>();
        foreach (var page in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var links = Path.GetExtension(page).ToUpperInvariant() switch
            {
                ".HTML" or ".HTM" => LinksOfPage(page, anchors),
                ".CSS" => LinksOfStylesheet(File.ReadAllText(page)),
                _ => [],
            };
            foreach (var link in links)
            {
                if (Diagnose(root, page, link, anchors, mustWorkFromFile) is { } reason)
                {
                    broken.Add(new BrokenLink(Path.GetRelativePath(root, page).Replace('\\', '/'), link, reason));
                }
            }
        }

        return [.. broken.OrderBy(link => link.Page, StringComparer.Ordinal).ThenBy(link => link.Target, StringComparer.Ordinal)];
    }

    private static IEnumerable<string> LinksOfPage(string page, AnchorIndex anchors)
    {
        var document = anchors.Parse(page);
        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                if (s_urlAttributes.Contains(attribute.Name, StringComparer.OrdinalIgnoreCase)
                    || (attribute.Name.Equals("data", StringComparison.OrdinalIgnoreCase) && element.LocalName == "object"))
                {
                    yield return attribute.Value;
                }
                else if (attribute.Name.Equals("srcset", StringComparison.OrdinalIgnoreCase))
                {
                    foreach (var candidate in SrcsetUrls(attribute.Value))
                    {
                        yield return candidate;
                    }
                }
            }

            if (element.LocalName == "style")
            {
                foreach (var url in LinksOfStylesheet(element.TextContent))
                {
                    yield return url;
                }
            }
        }
    }

    private static IEnumerable<string> LinksOfStylesheet(string css) =>
        CssUrl().Matches(css).Select(match => match.Groups["url"].Value);

    /// <summary>The URLs of a srcset, as the HTML standard splits it (commas inside a data: URL do not split).</summary>
    private static IEnumerable<string> SrcsetUrls(string srcset)
    {
        var position = 0;
        while (position < srcset.Length)
        {
            while (position < srcset.Length && (char.IsWhiteSpace(srcset[position]) || srcset[position] == ','))
            {
                position++;
            }

            var start = position;
            while (position < srcset.Length && !char.IsWhiteSpace(srcset[position]))
            {
                position++;
            }

            var url = srcset[start..position];
            var endedWithComma = url.EndsWith(',');
            url = url.TrimEnd(',');
            if (url.Length > 0)
            {
                yield return url;
            }

            if (!endedWithComma)
            {
                // Skip the descriptors ("2x", "640w") up to the next candidate.
                var depth = 0;
                while (position < srcset.Length && (srcset[position] != ',' || depth > 0))
                {
                    depth += srcset[position] switch { '(' => 1, ')' => -1, _ => 0 };
                    position++;
                }
            }
        }
    }

    /// <summary>Why <paramref name="link"/> in <paramref name="page"/> does not resolve; null when it does or is not ours.</summary>
    private static string? Diagnose(string root, string page, string link, AnchorIndex anchors, bool mustWorkFromFile)
    {
        var trimmed = link.Trim();
        if (trimmed.Length == 0 || trimmed.StartsWith("//", StringComparison.Ordinal) || Scheme().IsMatch(trimmed))
        {
            return null;
        }

        if (trimmed.StartsWith('/'))
        {
            return "root-relative: breaks under a base path and from file://";
        }

        var fragmentAt = trimmed.IndexOf('#', StringComparison.Ordinal);
        var fragment = fragmentAt >= 0 ? trimmed[(fragmentAt + 1)..] : null;
        var beforeFragment = fragmentAt >= 0 ? trimmed[..fragmentAt] : trimmed;
        var queryAt = beforeFragment.IndexOf('?', StringComparison.Ordinal);
        var encodedPath = queryAt >= 0 ? beforeFragment[..queryAt] : beforeFragment;

        string path;
        try
        {
            path = Uri.UnescapeDataString(encodedPath);
        }
        catch (UriFormatException)
        {
            return "malformed %-escape";
        }

        if (path.Contains('\\', StringComparison.Ordinal))
        {
            return "backslash in a URL path";
        }

        var target = page;
        if (path.Length > 0)
        {
            target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, path));
            if (target != root && !target.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                return "points outside the site";
            }

            if (Directory.Exists(target))
            {
                target = Path.Combine(target, "index.html");
                if (!File.Exists(target))
                {
                    return "folder without index.html";
                }

                if (mustWorkFromFile)
                {
                    return "folder link: from file:// the browser lists the folder; link its index.html";
                }
            }
            else if (path.EndsWith('/') || !File.Exists(target))
            {
                return "no such file";
            }
        }

        if (string.IsNullOrEmpty(fragment))
        {
            return null;
        }

        var id = Uri.UnescapeDataString(fragment);
        return anchors.Has(target, id) switch
        {
            true => null,
            false => $"no id '{id}' in {Path.GetRelativePath(root, target).Replace('\\', '/')}",
            null => null, // A fragment into a file without ids (an image, a text file) is the browser's business.
        };
    }

    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9+.\-]*:")]
    private static partial Regex Scheme();

    [GeneratedRegex(@"url\(\s*(?<quote>['""]?)(?<url>[^'"")]*)\k<quote>\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex CssUrl();

    /// <summary>The parsed pages and the ids each page and SVG declares, read once per file.</summary>
    private sealed class AnchorIndex
    {
        private readonly HtmlParser _parser = new();
        private readonly Dictionary<string, IDocument> _documents = new(StringComparer.Ordinal);
        private readonly Dictionary<string, HashSet<string>?> _ids = new(StringComparer.Ordinal);

        public IDocument Parse(string page)
        {
            if (!_documents.TryGetValue(page, out var document))
            {
                document = _parser.ParseDocument(File.ReadAllText(page));
                _documents.Add(page, document);
            }

            return document;
        }

        /// <summary>Whether the file declares the id; null for a file that has no ids to check.</summary>
        public bool? Has(string file, string id)
        {
            if (!_ids.TryGetValue(file, out var ids))
            {
                ids = ReadIds(file);
                _ids.Add(file, ids);
            }

            return ids?.Contains(id);
        }

        private HashSet<string>? ReadIds(string file)
        {
            switch (Path.GetExtension(file).ToUpperInvariant())
            {
                case ".HTML" or ".HTM":
                    var document = Parse(file);
                    return [.. document.All.Select(element => element.Id).OfType<string>(),
                            .. document.QuerySelectorAll("a[name]").Select(anchor => anchor.GetAttribute("name")!)];
                case ".SVG":
                    try
                    {
                        return [.. XDocument.Load(file).Descendants().Select(element => (string?)element.Attribute("id")).OfType<string>()];
                    }
                    catch (XmlException)
                    {
                        return [];
                    }

                default:
                    return null;
            }
        }
    }
}
