using System.Text;
using Introspect.Core.Jobs;
using Spectre.Console;

namespace Introspect.Cli.Output;

/// <summary>The jobs as a table: a Spectre.Console table on a terminal, aligned plain text when redirected.</summary>
internal static class JobsTableReport
{
    /// <summary>Renders to the terminal at its width (the CLI's consoles never wrap by default), cells wrapping to fit.</summary>
    public static void Render(JobCatalog catalog, IAnsiConsole console, int terminalWidth)
    {
        var table = new Table { Width = Math.Max(60, terminalWidth) }.Border(TableBorder.Rounded);
        foreach (var header in JobsSummary.Headers)
        {
            // Short cells keep their line; the trigger, concurrency and location wrap.
            var column = new TableColumn(new Text(header, new Style(decoration: Decoration.Bold)));
            table.AddColumn(header is "job" or "framework" or "next run" ? column.NoWrap() : column);
        }

        foreach (var row in JobsSummary.Rows(catalog))
        {
            table.AddRow([.. row.Select(cell => new Text(TerminalText.Sanitise(cell)))]);
        }

        console.Write(table);
        console.WriteLine(Footer(catalog));
    }

    public static string Plain(JobCatalog catalog)
    {
        var rows = JobsSummary.Rows(catalog).Select(row => row.Select(TerminalText.Sanitise).ToArray()).ToList();
        var widths = JobsSummary.Headers.Select((header, column) => rows.Select(row => row[column].Length).Append(header.Length).Max()).ToArray();
        var text = new StringBuilder();
        void Line(IReadOnlyList<string> cells) =>
            text.Append(string.Join("  ", cells.Select((cell, column) => column == cells.Count - 1 ? cell : cell.PadRight(widths[column]))).TrimEnd()).Append('\n');

        Line(JobsSummary.Headers);
        Line([.. widths.Select(width => new string('-', width))]);
        rows.ForEach(Line);
        text.Append(Footer(catalog)).Append('\n');
        return text.ToString();
    }

    private static string Footer(JobCatalog catalog)
    {
        var unregistered = catalog.Jobs.Count(job => !job.IsRegistered);
        var noun = catalog.Jobs.Length == 1 ? "job" : "jobs";
        return $"{catalog.Jobs.Length} {noun} in {catalog.Projects.Length} projects" + (unregistered > 0 ? $" ({unregistered} never registered)" : string.Empty)
            + $"; next runs from {catalog.Now.ToString("yyyy-MM-dd HH:mm:ss zzz", System.Globalization.CultureInfo.InvariantCulture)}";
    }
}
