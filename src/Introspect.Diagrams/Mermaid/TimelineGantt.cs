using System.Globalization;
using System.Text;
using Introspect.Diagrams.Svg;
using Introspect.Diagrams.Timeline;

namespace Introspect.Diagrams.Mermaid;

/// <summary>
/// The 24-hour timeline as a Mermaid gantt: a section per job, a milestone per cron fire, a task per band, and a
/// critical marker for an invalid cron and for clashes (two jobs that write the same resource fire in the same minute:
/// the fire is a critical milestone, a clash inside a band a critical task named after the resources). Mermaid gantts
/// have no colours of their own to theme beyond Mermaid's theme.
/// </summary>
public static class TimelineGantt
{
    public static string Write(ScheduleTimeline timeline, DiagramTheme theme)
    {
        var builder = new StringBuilder();
        builder.Append("%%{init: {\"theme\": \"").Append(theme.Name == "dark" ? "dark" : "default").Append("\"}}%%\n");
        builder.Append("gantt\n");
        builder.Append("  title Schedule on ").Append(timeline.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(" in ").Append(MermaidText.GanttName(timeline.Zone)).Append('\n');
        builder.Append("  dateFormat HH:mm\n");
        builder.Append("  axisFormat %H:%M\n");
        foreach (var row in timeline.Rows)
        {
            builder.Append("  section ").Append(MermaidText.GanttName(row.Title)).Append('\n');
            if (row.AtStartup)
            {
                Task(builder, "at start-up", "milestone", 0, 0);
            }

            foreach (var band in row.Bands)
            {
                Task(builder, band.Label, "active", band.StartMinute, band.EndMinute - band.StartMinute);
            }

            var stretches = TimelineClashes.StretchesOf(timeline, row.JobId);
            foreach (var stretch in stretches.Where(stretch => stretch.Minutes.Any(minute => !row.Ticks.Contains(minute))))
            {
                Task(builder, "clash on " + string.Join(" and ", stretch.Resources), "crit", stretch.StartMinute, stretch.EndMinute - stretch.StartMinute);
            }

            foreach (var minute in row.Ticks)
            {
                var clash = stretches.FirstOrDefault(stretch => stretch.Minutes.Contains(minute));
                Task(builder, TimelineSvg.Clock(minute).Replace(':', 'h') + (clash is null ? string.Empty : " clash on " + string.Join(" and ", clash.Resources)), clash is null ? "milestone" : "crit, milestone", minute, 0);
            }

            if (row.Invalid is { } invalid)
            {
                Task(builder, invalid, "crit", 0, 0);
            }
            else if (row.OnDemand is not null && row.Ticks.IsEmpty && row.Bands.IsEmpty)
            {
                Task(builder, row.OnDemand == "no trigger found" ? row.OnDemand : "on demand", "done", 0, 0);
            }
        }

        return builder.ToString();
    }

    private static void Task(StringBuilder builder, string name, string tag, int startMinute, int minutes) =>
        builder.Append("    ").Append(MermaidText.GanttName(name)).Append(" :").Append(tag).Append(", ").Append(TimelineSvg.Clock(startMinute)).Append(", ")
            .Append(minutes.ToString(CultureInfo.InvariantCulture)).Append("m\n");
}
