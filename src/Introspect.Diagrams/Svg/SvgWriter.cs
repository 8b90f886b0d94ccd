using System.Globalization;
using System.Text;

namespace Introspect.Diagrams.Svg;

/// <summary>
/// A small SVG writer: elements with attributes in the order given, numbers in the invariant culture with at most two
/// decimals, and every attribute value and text escaped for XML, so text from the analysed code cannot add markup.
/// </summary>
public sealed class SvgWriter
{
    private readonly StringBuilder _builder = new();
    private readonly Stack<string> _open = new();

    public SvgWriter Start(string element, params (string Name, object Value)[] attributes)
    {
        Indent();
        _builder.Append('<').Append(element);
        AppendAttributes(attributes);
        _builder.Append(">\n");
        _open.Push(element);
        return this;
    }

    public SvgWriter Empty(string element, params (string Name, object Value)[] attributes)
    {
        Indent();
        _builder.Append('<').Append(element);
        AppendAttributes(attributes);
        _builder.Append("/>\n");
        return this;
    }

    public SvgWriter Text(string element, string text, params (string Name, object Value)[] attributes)
    {
        Indent();
        _builder.Append('<').Append(element);
        AppendAttributes(attributes);
        _builder.Append('>').Append(Escape(text)).Append("</").Append(element).Append(">\n");
        return this;
    }

    public SvgWriter End()
    {
        var element = _open.Pop();
        Indent();
        _builder.Append("</").Append(element).Append(">\n");
        return this;
    }

    public override string ToString() => _open.Count == 0 ? _builder.ToString() : throw new InvalidOperationException($"<{_open.Peek()}> is not closed.");

    public static string Number(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            _ = character switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' => builder.Append("&quot;"),
                '\'' => builder.Append("&#39;"),
                // Characters XML 1.0 does not allow at all.
                _ when char.IsControl(character) => builder.Append(' '),
                _ => builder.Append(character),
            };
        }

        return builder.ToString();
    }

    private void AppendAttributes((string Name, object Value)[] attributes)
    {
        foreach (var (name, value) in attributes)
        {
            var text = value switch
            {
                double number => Number(number),
                int number => number.ToString(CultureInfo.InvariantCulture),
                _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
            };
            _builder.Append(' ').Append(name).Append("=\"").Append(Escape(text)).Append('"');
        }
    }

    private void Indent() => _builder.Append(' ', _open.Count * 2);
}
