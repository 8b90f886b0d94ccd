using System.Globalization;
using System.Text;

namespace Introspect.Diagrams.PlantUml;

/// <summary>
/// Escapes text from the analysed code for a quoted PlantUML label. Letters, digits, spaces and a few harmless
/// punctuation marks pass; every other character becomes a numeric character reference (&amp;#NN;), which PlantUML
/// shows as the character but never reads as creole markup (** // "" -- __ ~~), a quote that ends the label, a
/// preprocessor line (! % $), <c>@startuml</c>/<c>@enduml</c>, a <c>\n</c> escape or HTML. Line breaks become spaces.
/// </summary>
public static class PlantUmlText
{
    public static string Label(string text)
    {
        var builder = new StringBuilder(text.Length);
        var previous = '\0';
        foreach (var character in text.ReplaceLineEndings(" "))
        {
            if (IsPlain(character) && !(IsDoubledMarkup(character) && character == previous))
            {
                builder.Append(character);
            }
            else if (char.IsControl(character))
            {
                builder.Append(' ');
            }
            else
            {
                builder.Append("&#").Append(((int)character).ToString(CultureInfo.InvariantCulture)).Append(';');
            }

            previous = character;
        }

        return builder.ToString();
    }

    // '-', '/' and '_' are markup only when doubled; the second of a pair is escaped.
    private static bool IsDoubledMarkup(char character) => character is '-' or '/' or '_';

    private static bool IsPlain(char character) =>
        char.IsAsciiLetterOrDigit(character) || character is ' ' or '.' or ',' or ':' or '(' or ')' or '-' or '/' or '_' or '{' or '}' or '\'' or '=' or '+' or '?';
}
