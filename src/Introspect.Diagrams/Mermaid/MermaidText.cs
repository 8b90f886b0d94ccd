using System.Globalization;
using System.Text;

namespace Introspect.Diagrams.Mermaid;

/// <summary>
/// Escapes text from the analysed code for Mermaid. In a quoted flowchart label, characters other than letters, digits,
/// spaces and harmless punctuation become Mermaid entity codes (#NN;), so quotes, brackets, pipes, HTML and
/// <c>%%</c> comments cannot end the label or inject markup. Gantt task and section names have no escaping at all in
/// Mermaid, so <see cref="GanttName"/> keeps only characters that cannot be read as syntax.
/// </summary>
public static class MermaidText
{
    public static string Label(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var character in text.ReplaceLineEndings(" "))
        {
            if (IsPlain(character))
            {
                builder.Append(character);
            }
            else if (char.IsControl(character))
            {
                builder.Append(' ');
            }
            else
            {
                builder.Append('#').Append(((int)character).ToString(CultureInfo.InvariantCulture)).Append(';');
            }
        }

        return builder.ToString();
    }

    /// <summary>Gantt names end at ':' and '#' starts a comment; anything outside the plain set (and '*') becomes a space.</summary>
    public static string GanttName(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            builder.Append((IsPlain(character) && character is not ':') || character == '*' ? character : ' ');
        }

        var cleaned = string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return cleaned.Length == 0 ? "job" : cleaned;
    }

    private static bool IsPlain(char character) =>
        char.IsAsciiLetterOrDigit(character) || character is ' ' or '.' or ',' or ':' or '(' or ')' or '-' or '/' or '_' or '\'' or '=' or '+' or '?';
}
