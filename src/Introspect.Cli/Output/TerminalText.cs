using System.Text;

namespace Introspect.Cli.Output;

/// <summary>
/// Makes text from analysed code safe to print: control characters (an ANSI escape in a string literal, a bell, a
/// carriage return that would overwrite the line) are shown as <c>?</c> instead of reaching the terminal.
/// </summary>
internal static class TerminalText
{
    public static string Sanitise(string text)
    {
        if (!text.Any(IsUnsafe))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            builder.Append(character == '\t' ? ' ' : IsUnsafe(character) ? '?' : character);
        }

        return builder.ToString();
    }

    private static bool IsUnsafe(char character) =>
        character == '\t' || char.IsControl(character) || character is '\u2028' or '\u2029' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
