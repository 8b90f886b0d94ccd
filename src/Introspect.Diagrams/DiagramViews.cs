using Introspect.Core.Jobs;
using Introspect.Diagrams.Activity;
using Introspect.Diagrams.Chain;
using Introspect.Diagrams.Markdown;
using Introspect.Diagrams.Mermaid;
using Introspect.Diagrams.PlantUml;
using Introspect.Diagrams.Resources;
using Introspect.Diagrams.Svg;
using Introspect.Diagrams.Timeline;

namespace Introspect.Diagrams;

/// <summary>Which views of which jobs to draw, for which day and zone, in which theme, with which links to the code.</summary>
public sealed record DiagramRequest
{
    public bool Chain { get; init; } = true;

    public bool Timeline { get; init; } = true;

    public bool Resources { get; init; } = true;
    /// <summary>An activity diagram per selected job, from its process model. Off unless asked for: it is one diagram per job.</summary>
    public bool Activity { get; init; }

    /// <summary>The most nodes an activity diagram draws before it folds the rest into "N steps hidden".</summary>
    public int MaxNodes { get; init; } = ActivityOptions.DefaultMaxNodes;

    /// <summary>Only these jobs (and, in the chain, what is connected to them); empty is all.</summary>
    public IReadOnlyCollection<string> JobIds { get; init; } = [];

    public required DateOnly Day { get; init; }

    public TimeZoneInfo Zone { get; init; } = TimeZoneInfo.Utc;

    public DiagramTheme Theme { get; init; } = DiagramTheme.Light;

    /// <summary>Links from nodes to their source lines on the code host; null for none.</summary>
    public SourceLinks? Links { get; init; }
}

/// <summary>
/// Every diagram source of a request: the chain as PlantUML (the SVG comes from rendering it) and Mermaid; the jobs ×
/// resources map as PlantUML and Mermaid, plus, when it is large, a matrix as Introspect's own SVG and as Markdown; the
/// timeline as Introspect's own SVG and a Mermaid gantt, with the clashes the resources map shows; the 7 × 24 week
/// strip of cron fires as SVG; and an activity diagram per job (PlantUML and Mermaid, named activity.&lt;job&gt;). Names
/// are fixed (chain, resources, resources-matrix, timeline, week) with a ".dark" suffix for the dark theme.
/// </summary>
public static class DiagramViews
{
    public static IReadOnlyList<DiagramSource> Build(JobCatalog catalog, DiagramRequest request)
    {
        var suffix = request.Theme == DiagramTheme.Light ? string.Empty : "." + request.Theme.Name;
        var link = request.Links?.AsFunc();
        var sources = new List<DiagramSource>();
        if (request.Chain)
        {
            var graph = ChainGraphBuilder.Build(catalog, request.JobIds, link);
            sources.Add(new DiagramSource("chain" + suffix, DiagramFormat.PlantUml, ChainPlantUml.Write(graph, request.Theme)));
            sources.Add(new DiagramSource("chain" + suffix, DiagramFormat.Mermaid, ChainMermaid.Write(graph, request.Theme)));
        }

        var map = request.Resources || request.Timeline ? ResourceMapBuilder.Build(catalog, request.JobIds, link) : null;
        if (request.Resources)
        {
            sources.Add(new DiagramSource("resources" + suffix, DiagramFormat.PlantUml, ResourcesPlantUml.Write(map!, request.Theme)));
            sources.Add(new DiagramSource("resources" + suffix, DiagramFormat.Mermaid, ResourcesMermaid.Write(map!, request.Theme)));
            if (map!.IsLarge)
            {
                sources.Add(new DiagramSource("resources-matrix" + suffix, DiagramFormat.Svg, ResourceMatrixSvg.Write(map, request.Theme)));
                // The Markdown table has no colours: the same file for both themes.
                sources.Add(new DiagramSource("resources-matrix", DiagramFormat.Markdown, ResourceMatrixMarkdown.Write(map)));
            }
        }

        if (request.Timeline)
        {
            var timeline = ScheduleTimelineBuilder.Build(catalog, request.Day, request.Zone, request.JobIds);
            timeline = timeline with { Clashes = TimelineClashes.Find(timeline, map!) };
            sources.Add(new DiagramSource("timeline" + suffix, DiagramFormat.Svg, TimelineSvg.Write(timeline, request.Theme)));
            sources.Add(new DiagramSource("timeline" + suffix, DiagramFormat.Mermaid, TimelineGantt.Write(timeline, request.Theme)));
            var week = WeekStripBuilder.Build(catalog, request.Day, request.Zone, request.JobIds);
            sources.Add(new DiagramSource("week" + suffix, DiagramFormat.Svg, WeekStripSvg.Write(week, request.Theme)));
        }

        if (request.Activity)
        {
            sources.AddRange(BuildActivities(catalog, request, suffix));
        }

        return sources;
    }

    private static IEnumerable<DiagramSource> BuildActivities(JobCatalog catalog, DiagramRequest request, string suffix)
    {
        var options = new ActivityOptions { MaxNodes = request.MaxNodes, KnownJobs = catalog.Jobs, SourceLink = request.Links?.AsFunc() };
        var names = ActivityNames.For(catalog.Jobs);
        var selected = catalog.Jobs
            .Where(job => request.JobIds.Count == 0 || request.JobIds.Contains(job.Id))
            .DistinctBy(job => job.Id)
            .OrderBy(job => job.Id, StringComparer.Ordinal);
        foreach (var job in selected)
        {
            yield return new DiagramSource(names[job.Id] + suffix, DiagramFormat.PlantUml, ActivityPlantUml.Write(job, options, request.Theme));
            yield return new DiagramSource(names[job.Id] + suffix, DiagramFormat.Mermaid, ActivityMermaid.Write(job, options, request.Theme));
        }
    }
}
