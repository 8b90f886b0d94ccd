using System.Text;

namespace Introspect.Docs.Markdown;

/// <summary>
/// Writes values from analysed code into Markdown so they are read as text and nothing else: no emphasis, no link, no
/// HTML, no table cell break, no line break. Every page writes code-derived values through these methods only.
/// </summary>
public static class MarkdownText
{
    /// <summary>
    /// Text for a paragraph, a heading, a list item or a table cell: every ASCII punctuation character is escaped with a
    /// backslash (CommonMark allows that for all of them, and shows the character itself), and line breaks become spaces.
    /// </summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length + 8);
        var line = OneLine(text);
        for (var index = 0; index < line.Length; index++)
        {
            var character = line[index];
            if (char.IsAsciiLetterOrDigit(character) || character == ' ' || character > '\u007f' || IsPlain(line, index))
            {
                builder.Append(character);
            }
            else if (char.IsControl(character))
            {
                builder.Append(' ');
            }
            else
            {
                builder.Append('\\').Append(character);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Punctuation that means nothing to CommonMark (with HTML off and no autolinks) where it stands, left as it is so the
    /// Markdown stays readable in a wiki: a '.' that does not follow a leading number (which would start an ordered
    /// list), a '-' or '=' that does not start the text (a list item, a rule or a heading underline).
    /// </summary>
    private static bool IsPlain(string text, int index) => text[index] switch
    {
        ',' or ';' or ':' or '/' or '?' or '@' or '$' or '%' or '\'' or '"' => true,
        '.' => text.AsSpan(0, index).ContainsAnyExcept(" 0123456789"),
        '-' or '=' => text.AsSpan(0, index).ContainsAnyExcept(' '),
        _ => false,
    };

    /// <summary>
    /// A code span: fenced with more backticks than the longest run inside it, padded when it starts or ends with one.
    /// Safe in a pipe table as it is: Markdig reads code spans before cell delimiters, so a '|' inside stays in the cell
    /// (the escaping tests hold it to that).
    /// </summary>
    public static string Code(string? text)
    {
        var content = OneLine(text ?? string.Empty);
        if (content.Trim().Length == 0)
        {
            return string.Empty;
        }

        var fence = new string('`', LongestRun(content, '`') + 1);
        var pad = content.StartsWith('`') || content.EndsWith('`') || (content.StartsWith(' ') && content.EndsWith(' ')) ? " " : string.Empty;
        return fence + pad + content + pad + fence;
    }

    /// <summary>Text for a table cell: escaped, and a dash for an empty value so the row keeps its columns.</summary>
    public static string Cell(string? text) => string.IsNullOrWhiteSpace(text) ? "-" : Escape(text);

    /// <summary>A fenced code block whose fence is longer than any backtick run in the code, so the code cannot close it.</summary>
    public static string CodeBlock(string code, string language = "")
    {
        var fence = new string('`', Math.Max(3, LongestRun(code, '`') + 1));
        var info = new string([.. language.Where(char.IsAsciiLetterOrDigit)]);
        return $"{fence}{info}\n{code.ReplaceLineEndings("\n").TrimEnd('\n')}\n{fence}\n";
    }

    /// <summary>A link whose text is escaped and whose target is one Introspect made (a page, an anchor, an http(s) URL).</summary>
    public static string Link(string text, string url) => $"[{Escape(text)}]({Url(url)})";

    /// <summary>An image of a file the site wrote.</summary>
    public static string Image(string alt, string url) => $"![{Escape(alt)}]({Url(url)})";

    private static string Url(string url)
    {
        if (url.Any(character => character is '<' or '>' or '\n' or '\r' or ' ' or '(' or ')' or '\\'))
        {
            throw new ArgumentException($"'{url}' is not a URL the site writes: it must be percent-encoded.", nameof(url));
        }

        return url;
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");

    private static int LongestRun(string text, char character)
    {
        int longest = 0, current = 0;
        foreach (var item in text)
        {
            current = item == character ? current + 1 : 0;
            longest = Math.Max(longest, current);
        }

        return longest;
    }
}
