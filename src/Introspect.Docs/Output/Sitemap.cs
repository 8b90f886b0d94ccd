using System.Text;
using System.Xml;

namespace Introspect.Docs.Output;

/// <summary>sitemap.xml for a site published at a known URL: every HTML page, in path order, without dates (they would change every build).</summary>
public static class Sitemap
{
    public static string Write(Uri baseUrl, IEnumerable<string> htmlPaths)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var path in htmlPaths.Order(StringComparer.Ordinal))
            {
                writer.WriteStartElement("url");
                writer.WriteElementString("loc", new Uri(baseUrl, path).AbsoluteUri);
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
