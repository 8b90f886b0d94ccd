using System.Globalization;
using System.Text;

namespace Introspect.Diagrams.Activity;

/// <summary>
/// Makes a link URL safe to put in a diagram: only http, https and relative URLs are kept (no <c>javascript:</c>), and
/// every character that could end PlantUML's <c>[[url]]</c> or Mermaid's quoted <c>click … href "url"</c>, or start
/// markup or a preprocessor call, is percent-encoded.
/// </summary>
public static class DiagramLink
{
    public static string? Safe(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        var colon = url.IndexOf(':', StringComparison.Ordinal);
        var slash = url.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon >= 0 && (slash < 0 || colon < slash);
        if (hasScheme && !url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var builder = new StringBuilder(url.Length);
        for (var index = 0; index < url.Length; index++)
        {
            var character = url[index];
            if (IsSafe(character) || (character == '%' && IsEscape(url, index)))
            {
                builder.Append(character);
                continue;
            }

            var length = char.IsSurrogatePair(url, index) ? 2 : 1;
            foreach (var value in Encoding.UTF8.GetBytes(url.Substring(index, length)))
            {
                builder.Append('%').Append(value.ToString("X2", CultureInfo.InvariantCulture));
            }

            index += length - 1;
        }

        return builder.ToString();
    }

    private static bool IsEscape(string url, int index) =>
        index + 2 < url.Length && char.IsAsciiHexDigit(url[index + 1]) && char.IsAsciiHexDigit(url[index + 2]);

    private static bool IsSafe(char character) =>
        char.IsAsciiLetterOrDigit(character) || character is '-' or '.' or '_' or '~' or ':' or '/' or '?' or '#' or '@' or '&' or '=' or '+' or ',';
}
