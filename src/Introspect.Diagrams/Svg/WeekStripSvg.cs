using System.Globalization;
using Introspect.Diagrams.Timeline;

namespace Introspect.Diagrams.Svg;

/// <summary>The 7 × 24 week strip as SVG: a row per cron job, a cell per hour, darker for more fires, a tooltip each.</summary>
public static class WeekStripSvg
{
    private const double LabelWidth = 240;
    private const double CellWidth = 6;
    private const double RowHeight = 20;
    private const double Top = 64;
    private const double Width = LabelWidth + (WeekStrip.Hours * CellWidth) + 20;

    public static string Write(WeekStrip week, DiagramTheme theme)
    {
        var height = Top + (week.Rows.Length * RowHeight) + 40;
        var svg = new SvgWriter();
        svg.Start("svg", ("xmlns", "http://www.w3.org/2000/svg"), ("width", Width), ("height", height), ("viewBox", $"0 0 {SvgWriter.Number(Width)} {SvgWriter.Number(height)}"),
            ("font-family", theme.FontFamily), ("font-size", 12), ("role", "img"));
        svg.Text("title", $"Cron fires per hour, 7 days from {Day(week.FirstDay)} ({week.Zone})");
        svg.Empty("rect", ("width", Width), ("height", height), ("fill", theme.Background));
        svg.Text("text", $"Cron fires per hour, 7 days from {Day(week.FirstDay)}, times in {week.Zone}", ("x", 12), ("y", 24), ("font-size", 16), ("fill", theme.Text));
        for (var day = 0; day < 7; day++)
        {
            var x = LabelWidth + (day * 24 * CellWidth);
            var date = week.FirstDay.AddDays(day);
            svg.Text("text", date.ToString("ddd dd MMM", CultureInfo.InvariantCulture), ("x", x + 2), ("y", Top - 10), ("fill", theme.MutedText), ("font-size", 11));
            svg.Empty("line", ("x1", x), ("y1", Top - 6), ("x2", x), ("y2", Top + (week.Rows.Length * RowHeight)), ("stroke", theme.Grid));
        }

        for (var index = 0; index < week.Rows.Length; index++)
        {
            Row(svg, theme, week, week.Rows[index], Top + (index * RowHeight));
        }

        var footer = week.IntervalJobs == 0 ? "Jobs on an interval run every hour and are not shown." : $"{week.IntervalJobs} jobs on an interval run every hour and are not shown.";
        svg.Text("text", footer, ("x", 12), ("y", height - 14), ("fill", theme.MutedText));
        svg.End();
        return svg.ToString();
    }

    private static void Row(SvgWriter svg, DiagramTheme theme, WeekStrip week, WeekRow row, double y)
    {
        var most = Math.Max(1, row.Fires.Max());
        svg.Start("g", ("class", "job"), ("data-job", row.JobId));
        svg.Text("text", row.Title.Length <= 32 ? row.Title : string.Concat(row.Title.AsSpan(0, 31), "…"), ("x", 12), ("y", y + 14), ("fill", theme.Text));
        if (row.Invalid is { } invalid)
        {
            svg.Text("text", invalid, ("x", LabelWidth + 4), ("y", y + 14), ("fill", theme.Invalid), ("font-weight", "bold"));
        }

        for (var hour = 0; hour < WeekStrip.Hours; hour++)
        {
            if (row.Fires[hour] == 0)
            {
                continue;
            }

            var opacity = 0.35 + (0.65 * row.Fires[hour] / most);
            svg.Start("g", ("class", "hour"));
            svg.Text("title", $"{Day(week.FirstDay.AddDays(hour / 24))} {hour % 24:00}:00-{(hour % 24) + 1:00}:00: {row.Title}, {row.Fires[hour]} {(row.Fires[hour] == 1 ? "run" : "runs")}");
            svg.Empty("rect", ("x", LabelWidth + (hour * CellWidth)), ("y", y + 3), ("width", CellWidth - 1), ("height", RowHeight - 6), ("fill", theme.Tick), ("fill-opacity", opacity));
            svg.End();
        }

        svg.End();
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
