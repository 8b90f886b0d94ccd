using System.Globalization;
using Introspect.Diagrams.Timeline;

namespace Introspect.Diagrams.Svg;

/// <summary>
/// The 24-hour timeline as Introspect's own SVG (no JVM): a row per job, an hour grid 00:00-24:00, ticks for cron fires,
/// bands for intervals and dense schedules, a start-up column, a row of the minutes where several jobs fire at once, and
/// in the clash colour the fires of two jobs that write the same resource in the same minute, with a legend naming the
/// resources. Every element that stands for something has a &lt;title&gt; for a tooltip.
/// </summary>
public static class TimelineSvg
{
    private const double LabelWidth = 300;
    private const double StartupWidth = 64;

    // A gap between the start-up column and 00:00, so their labels do not meet.
    private const double PlotX = LabelWidth + StartupWidth + 24;
    private const double PixelsPerMinute = 0.6;
    private const double PlotWidth = ScheduleTimeline.MinutesPerDay * PixelsPerMinute;
    private const double Width = PlotX + PlotWidth + 20;
    private const double Top = 64;
    private const double RowHeight = 28;

    public static string Write(ScheduleTimeline timeline, DiagramTheme theme)
    {
        var rowsBottom = Top + ((timeline.Rows.Length + 1) * RowHeight);
        var legend = ClashLegend(timeline);
        var height = rowsBottom + 40 + ((legend.Count + timeline.Notes.Length) * 18);
        var svg = new SvgWriter();
        svg.Start("svg", ("xmlns", "http://www.w3.org/2000/svg"), ("width", Width), ("height", height), ("viewBox", $"0 0 {SvgWriter.Number(Width)} {SvgWriter.Number(height)}"),
            ("font-family", theme.FontFamily), ("font-size", 12), ("role", "img"));
        svg.Text("title", $"Schedule on {Day(timeline)} ({timeline.Zone})");
        svg.Empty("rect", ("width", Width), ("height", height), ("fill", theme.Background));
        svg.Text("text", $"Schedule on {Day(timeline)}, times in {timeline.Zone}", ("x", 12), ("y", 24), ("font-size", 16), ("fill", theme.Text));
        Grid(svg, theme, rowsBottom);
        for (var index = 0; index < timeline.Rows.Length; index++)
        {
            Row(svg, theme, timeline, timeline.Rows[index], Top + (index * RowHeight));
        }

        Clusters(svg, theme, timeline, Top + (timeline.Rows.Length * RowHeight));
        if (legend.Count > 0)
        {
            svg.Start("g", ("class", "clash-legend"), ("fill", theme.Clash));
            for (var index = 0; index < legend.Count; index++)
            {
                svg.Text("text", legend[index], ("x", 12), ("y", rowsBottom + 28 + (index * 18)));
            }

            svg.End();
        }

        for (var index = 0; index < timeline.Notes.Length; index++)
        {
            svg.Text("text", timeline.Notes[index], ("x", 12), ("y", rowsBottom + 28 + ((legend.Count + index) * 18)), ("fill", theme.MutedText));
        }

        svg.End();
        return svg.ToString();
    }

    private static void Grid(SvgWriter svg, DiagramTheme theme, double bottom)
    {
        svg.Start("g", ("class", "grid"), ("stroke", theme.Grid), ("stroke-width", 1));
        for (var hour = 0; hour <= 24; hour++)
        {
            var x = PlotX + (hour * 60 * PixelsPerMinute);
            svg.Empty("line", ("x1", x), ("y1", Top - 6), ("x2", x), ("y2", bottom));
        }

        svg.End();
        svg.Start("g", ("class", "hours"), ("fill", theme.MutedText), ("text-anchor", "middle"));
        for (var hour = 0; hour <= 24; hour += 2)
        {
            svg.Text("text", $"{hour:00}:00", ("x", PlotX + (hour * 60 * PixelsPerMinute)), ("y", Top - 12));
        }

        svg.End();
        svg.Text("text", "start-up", ("x", LabelWidth + (StartupWidth / 2)), ("y", Top - 12), ("fill", theme.MutedText), ("text-anchor", "middle"));
    }

    private static void Row(SvgWriter svg, DiagramTheme theme, ScheduleTimeline timeline, TimelineRow row, double y)
    {
        var middle = y + (RowHeight / 2);
        var stretches = TimelineClashes.StretchesOf(timeline, row.JobId);
        svg.Start("g", ("class", "job"), ("data-job", row.JobId));
        svg.Text("title", $"{row.Title} ({row.Framework}): {string.Join("; ", row.Triggers)}");
        svg.Empty("line", ("x1", 12), ("y1", y + RowHeight), ("x2", PlotX + PlotWidth), ("y2", y + RowHeight), ("stroke", theme.Grid), ("stroke-width", 0.5));
        svg.Text("text", Fit(row.Title, 30), ("x", 12), ("y", middle + 4), ("fill", theme.Text));
        svg.Text("text", Fit(row.Framework, 22), ("x", LabelWidth - 8), ("y", middle + 4), ("fill", theme.MutedText), ("text-anchor", "end"), ("font-size", 10));
        if (row.AtStartup)
        {
            svg.Empty("circle", ("cx", LabelWidth + (StartupWidth / 2)), ("cy", middle), ("r", 5), ("fill", theme.Startup));
        }

        foreach (var band in row.Bands)
        {
            var x = PlotX + (band.StartMinute * PixelsPerMinute);
            var width = Math.Max(2, (band.EndMinute - band.StartMinute) * PixelsPerMinute);
            svg.Start("g", ("class", "band"));
            svg.Text("title", $"{Clock(band.StartMinute)}-{Clock(band.EndMinute)}: {band.Label}");
            svg.Empty("rect", ("x", x), ("y", y + 7), ("width", width), ("height", RowHeight - 14), ("rx", 3), ("fill", theme.Band), ("fill-opacity", 0.35));
            svg.Text("text", band.Label, ("x", x + 4), ("y", middle + 4), ("fill", theme.Text), ("font-size", 10));
            svg.End();
        }

        foreach (var stretch in stretches.Where(stretch => stretch.Minutes.Any(minute => !row.Ticks.Contains(minute))))
        {
            // A clash inside a band: a red strip along the band's lower edge, under its label.
            var x = PlotX + (stretch.StartMinute * PixelsPerMinute);
            svg.Start("g", ("class", "clash"));
            svg.Text("title", $"{Clock(stretch.StartMinute)}-{Clock(stretch.EndMinute)}: {ClashWords(timeline, row, stretch)}");
            svg.Empty("rect", ("x", x), ("y", y + RowHeight - 11), ("width", Math.Max(2.5, (stretch.EndMinute - stretch.StartMinute) * PixelsPerMinute)), ("height", 4), ("fill", theme.Clash));
            svg.End();
        }

        foreach (var minute in row.Ticks)
        {
            var x = PlotX + (minute * PixelsPerMinute);
            var clash = stretches.FirstOrDefault(stretch => stretch.Minutes.Contains(minute));
            svg.Start("g", ("class", clash is null ? "tick" : "tick clash"));
            svg.Text("title", clash is null ? $"{Clock(minute)} {row.Title}" : $"{Clock(minute)} {row.Title}: {ClashWords(timeline, row, clash)}");
            svg.Empty("rect", ("x", x - 1), ("y", y + 5), ("width", 2.5), ("height", RowHeight - 10), ("fill", clash is null ? theme.Tick : theme.Clash));
            svg.End();
        }

        if (row.Invalid is { } invalid)
        {
            svg.Text("text", invalid, ("x", PlotX + 4), ("y", middle + 4), ("fill", theme.Invalid), ("font-weight", "bold"));
        }
        else if (row.OnDemand is { } onDemand && row.Ticks.IsEmpty && row.Bands.IsEmpty)
        {
            svg.Text("text", Fit(onDemand == "no trigger found" ? onDemand : "on demand: " + onDemand, 120), ("x", PlotX + 4), ("y", middle + 4), ("fill", theme.MutedText), ("font-style", "italic"));
        }

        svg.End();
    }

    private static void Clusters(SvgWriter svg, DiagramTheme theme, ScheduleTimeline timeline, double y)
    {
        svg.Start("g", ("class", "clusters"));
        svg.Text("text", "same minute", ("x", 12), ("y", y + (RowHeight / 2) + 4), ("fill", theme.Cluster));
        svg.Text("text", timeline.Clusters.IsEmpty ? "none" : $"{timeline.Clusters.Length} minutes", ("x", LabelWidth - 8), ("y", y + (RowHeight / 2) + 4),
            ("fill", theme.MutedText), ("text-anchor", "end"), ("font-size", 10));
        foreach (var cluster in timeline.Clusters)
        {
            var x = PlotX + (cluster.Minute * PixelsPerMinute);
            var height = Math.Min(RowHeight - 6, 6 + (cluster.Titles.Length * 4));
            svg.Start("g", ("class", "cluster"));
            svg.Text("title", $"{Clock(cluster.Minute)}: {cluster.Titles.Length} jobs fire together: {string.Join(", ", cluster.Titles)}");
            svg.Empty("rect", ("x", x - 1), ("y", y + RowHeight - 3 - height), ("width", 2.5), ("height", height), ("fill", theme.Cluster));
            svg.End();
        }

        svg.End();
    }

    /// <summary>"fires in the same minute as X, which also writes R" for a tooltip.</summary>
    internal static string ClashWords(ScheduleTimeline timeline, TimelineRow row, ClashStretch stretch)
    {
        var others = stretch.OtherJobIds.Select(id => timeline.Rows.First(other => other.JobId == id).Title).Order(StringComparer.Ordinal).ToList();
        return $"fires in the same minute as {string.Join(", ", others)}; {(others.Count == 1 ? "both write" : "they write")} {string.Join(", ", stretch.Resources)}";
    }

    /// <summary>One line per clashing resource: the jobs, and when.</summary>
    internal static List<string> ClashLegend(ScheduleTimeline timeline) =>
    [
        .. timeline.Clashes.GroupBy(clash => clash.Resource, StringComparer.Ordinal).OrderBy(group => group.Key, StringComparer.Ordinal).Select(group =>
        {
            var titles = group.SelectMany(clash => clash.JobIds).Distinct().Select(id => timeline.Rows.First(row => row.JobId == id).Title).Order(StringComparer.Ordinal);
            var minutes = group.Select(clash => clash.Minute).Distinct().ToList();
            var when = minutes.Count == 1 ? $"at {Clock(minutes[0])}" : $"in {minutes.Count} minutes between {Clock(minutes[0])} and {Clock(minutes[^1])}";
            return $"Clash: {string.Join(", ", titles)} write {group.Key} and fire together {when}.";
        }),
    ];

    private static string Day(ScheduleTimeline timeline) => timeline.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static string Clock(int minute) => $"{minute / 60:00}:{minute % 60:00}";

    private static string Fit(string text, int length) => text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 1), "…");
}
