using System.Text;

namespace Introspect.Diagrams.Markdown;

/// <summary>
/// Escapes text from the analysed code for a Markdown table cell: Markdown's punctuation (and <c>$</c>, which starts maths
/// on GitHub) backslash-escaped, HTML's brackets and ampersand as entities, line breaks and control characters as spaces.
/// </summary>
public static class MarkdownText
{
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            _ = character switch
            {
                '\\' or '`' or '*' or '_' or '{' or '}' or '[' or ']' or '(' or ')' or '#' or '+' or '!' or '|' or '~' or '$' => builder.Append('\\').Append(character),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '&' => builder.Append("&amp;"),
                _ when char.IsControl(character) => builder.Append(' '),
                _ => builder.Append(character),
            };
        }

        return builder.ToString();
    }
}
