using System.Text;

namespace Introspect.Comparison.Reporting;

/// <summary>A GitHub-flavoured Markdown table; cells are escaped so a pipe in a description cannot break a row.</summary>
public sealed class MarkdownTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public MarkdownTable Row(params string[] cells)
    {
        if (cells.Length != headers.Length)
        {
            throw new ArgumentException($"A row needs {headers.Length} cells, got {cells.Length}.", nameof(cells));
        }

        _rows.Add(cells);
        return this;
    }

    public void WriteTo(StringBuilder output)
    {
        WriteRow(output, headers);
        output.Append('|').Append(string.Concat(headers.Select(_ => "---|"))).Append('\n');
        foreach (var row in _rows)
        {
            WriteRow(output, row);
        }
    }

    private static void WriteRow(StringBuilder output, string[] cells)
    {
        output.Append('|');
        foreach (var cell in cells)
        {
            output.Append(' ').Append(cell.Replace("|", "\\|", StringComparison.Ordinal)).Append(" |");
        }

        output.Append('\n');
    }
}
