using Introspect.Diagrams.Resources;

namespace Introspect.Diagrams.Svg;

/// <summary>
/// The jobs × resources matrix as Introspect's own SVG, for maps too large for a readable graph: a row per job, a column
/// per resource (grouped by kind, names upright), R / W / RW in the cells, contended columns shaded in the clash colours
/// and their writer cells bold. Each cell has a &lt;title&gt; and, with source links, links to the first use in the code.
/// </summary>
public static class ResourceMatrixSvg
{
    private const double LabelWidth = 260;
    private const double CellWidth = 30;
    private const double RowHeight = 22;
    private const double HeaderHeight = 250;
    private const double Top = 48;
    private const int NameLength = 36;

    public static string Write(ResourceMap map, DiagramTheme theme)
    {
        var width = LabelWidth + (map.Resources.Length * CellWidth) + 20;
        var gridTop = Top + HeaderHeight;
        var height = gridTop + (map.Jobs.Length * RowHeight) + 56;
        var svg = new SvgWriter();
        svg.Start("svg", ("xmlns", "http://www.w3.org/2000/svg"), ("width", width), ("height", height), ("viewBox", $"0 0 {SvgWriter.Number(width)} {SvgWriter.Number(height)}"),
            ("font-family", theme.FontFamily), ("font-size", 12), ("role", "img"));
        svg.Text("title", "Jobs and the resources they use");
        svg.Empty("rect", ("width", width), ("height", height), ("fill", theme.Background));
        svg.Text("text", "Jobs and the resources they use", ("x", 12), ("y", 24), ("font-size", 16), ("fill", theme.Text));
        for (var column = 0; column < map.Resources.Length; column++)
        {
            Column(svg, theme, map, map.Resources[column], LabelWidth + (column * CellWidth), gridTop);
        }

        for (var row = 0; row < map.Jobs.Length; row++)
        {
            Row(svg, theme, map, map.Jobs[row], gridTop + (row * RowHeight), width);
        }

        var contended = map.Resources.Count(resource => resource.Contention != ResourceContention.None);
        svg.Text("text", $"R read, W write, RW both. Shaded columns: {contended} contended {(contended == 1 ? "resource" : "resources")} (written by two jobs, or written by one and read by another).",
            ("x", 12), ("y", height - 20), ("fill", theme.MutedText));
        svg.End();
        return svg.ToString();
    }

    private static void Column(SvgWriter svg, DiagramTheme theme, ResourceMap map, ResourceNode resource, double x, double gridTop)
    {
        var contended = resource.Contention != ResourceContention.None;
        svg.Start("g", ("class", contended ? "resource contended" : "resource"), ("data-resource", resource.Key));
        svg.Text("title", Tooltip(resource));
        if (contended)
        {
            svg.Empty("rect", ("x", x), ("y", Top + 8), ("width", CellWidth), ("height", HeaderHeight - 8 + (map.Jobs.Length * RowHeight)), ("fill", theme.ClashFill));
        }

        var textX = x + (CellWidth / 2) + 4;
        var textY = gridTop - 6;
        svg.Text("text", Fit(resource.Name), ("x", textX), ("y", textY), ("transform", $"rotate(-90 {SvgWriter.Number(textX)} {SvgWriter.Number(textY)})"),
            ("fill", contended ? theme.Clash : theme.Text), ("font-weight", contended ? "bold" : "normal"));
        svg.Empty("line", ("x1", x), ("y1", gridTop), ("x2", x), ("y2", gridTop + (map.Jobs.Length * RowHeight)), ("stroke", theme.Grid), ("stroke-width", 0.5));
        svg.End();
    }

    private static void Row(SvgWriter svg, DiagramTheme theme, ResourceMap map, ResourceJob job, double y, double width)
    {
        svg.Start("g", ("class", "job"), ("data-job", job.Id));
        svg.Empty("line", ("x1", 12), ("y1", y + RowHeight), ("x2", width - 20), ("y2", y + RowHeight), ("stroke", theme.Grid), ("stroke-width", 0.5));
        if (job.Link is { } jobLink)
        {
            svg.Start("a", ("href", jobLink));
        }

        svg.Text("text", job.Title.Length <= 34 ? job.Title : string.Concat(job.Title.AsSpan(0, 33), "…"), ("x", 12), ("y", y + 15), ("fill", theme.Text));
        if (job.Link is not null)
        {
            svg.End();
        }

        for (var column = 0; column < map.Resources.Length; column++)
        {
            var resource = map.Resources[column];
            if (map.Edge(job.Id, resource.Key) is not { } edge)
            {
                continue;
            }

            var clash = map.IsContendedWrite(edge);
            svg.Start("g", ("class", clash ? "cell clash" : "cell"));
            svg.Text("title", $"{job.Title} {Verb(edge)} {resource.Name} ({string.Join(", ", edge.Operations)})");
            if (edge.Link is { } link)
            {
                svg.Start("a", ("href", link));
            }

            svg.Text("text", edge.AccessLabel, ("x", LabelWidth + (column * CellWidth) + (CellWidth / 2)), ("y", y + 15), ("text-anchor", "middle"),
                ("fill", clash ? theme.Clash : edge.Writes ? theme.Text : theme.MutedText), ("font-weight", clash ? "bold" : "normal"));
            if (edge.Link is not null)
            {
                svg.End();
            }

            svg.End();
        }

        svg.End();
    }

    private static string Verb(ResourceEdge edge) => edge.AccessLabel switch
    {
        "R" => "reads",
        "W" => "writes",
        "RW" => "reads and writes",
        _ => "uses",
    };

    private static string Tooltip(ResourceNode resource) =>
        $"{ResourceGroups.Title(resource.Kind)}: {resource.Name}" +
        (ResourceWords.Contention(resource) is { } words ? $"; contended: {words}" : string.Empty) +
        (resource.Unresolved is { } unresolved ? $"; not flagged: {unresolved}" : string.Empty);

    private static string Fit(string text) => text.Length <= NameLength ? text : string.Concat(text.AsSpan(0, NameLength - 1), "…");
}
