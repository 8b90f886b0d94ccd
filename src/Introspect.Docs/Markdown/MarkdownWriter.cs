using System.Text;

namespace Introspect.Docs.Markdown;

/// <summary>
/// Builds one page's Markdown: headings, paragraphs, lists, pipe tables and code blocks, each separated by a blank line.
/// It writes what it is given as it is: callers pass code-derived values through <see cref="MarkdownText"/> first.
/// </summary>
public sealed class MarkdownWriter
{
    private readonly StringBuilder _text = new();

    public MarkdownWriter Heading(int level, string markdown) => Block($"{new string('#', level)} {markdown}\n");

    public MarkdownWriter Paragraph(string markdown) => string.IsNullOrWhiteSpace(markdown) ? this : Block(markdown.TrimEnd() + "\n");

    public MarkdownWriter List(IEnumerable<string> items)
    {
        var lines = items.Select(item => $"- {item}\n").ToList();
        return lines.Count == 0 ? this : Block(string.Concat(lines));
    }

    public MarkdownWriter NumberedList(IEnumerable<string> items)
    {
        var lines = items.Select((item, index) => $"{index + 1}. {item}\n").ToList();
        return lines.Count == 0 ? this : Block(string.Concat(lines));
    }

    /// <summary>A pipe table; the cells are Markdown already (see <see cref="MarkdownText.Cell"/>).</summary>
    public MarkdownWriter Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var builder = new StringBuilder();
        builder.Append("| ").AppendJoin(" | ", headers).Append(" |\n");
        builder.Append('|').AppendJoin('|', headers.Select(_ => "---")).Append("|\n");
        foreach (var row in rows)
        {
            if (row.Count != headers.Count)
            {
                throw new ArgumentException($"A row has {row.Count} cells for {headers.Count} columns.", nameof(rows));
            }

            builder.Append("| ").AppendJoin(" | ", row.Select(cell => cell.Length == 0 ? "-" : cell)).Append(" |\n");
        }

        return Block(builder.ToString());
    }

    public MarkdownWriter CodeBlock(string code, string language = "") => Block(MarkdownText.CodeBlock(code, language));

    /// <summary>Markdown written elsewhere (a rule page), as it is.</summary>
    public MarkdownWriter Raw(string markdown) => Block(markdown.ReplaceLineEndings("\n").Trim('\n') + "\n");

    public override string ToString() => _text.ToString();

    private MarkdownWriter Block(string block)
    {
        if (_text.Length > 0)
        {
            _text.Append('\n');
        }

        _text.Append(block);
        return this;
    }
}
