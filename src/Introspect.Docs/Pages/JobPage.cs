using System.Globalization;
using Introspect.Core.Analysis;
using Introspect.Core.Jobs;
using Introspect.Docs.Markdown;
using Introspect.Docs.Site;

namespace Introspect.Docs.Pages;

/// <summary>
/// One job: its trigger and next runs, concurrency and retries, activity diagram, resources, the jobs it starts and
/// that start it, its findings with code excerpts, and its source.
/// </summary>
internal static class JobPage
{
    public static SitePage Build(SiteContent content, Job job)
    {
        var path = content.JobPage(job);
        var markdown = new MarkdownWriter().Heading(1, MarkdownText.Escape(job.DisplayName));
        var source = content.Sources.Absolute(job.Location.Path);
        var facts = new List<string>
        {
            $"Runs {MarkdownText.Code(job.TypeName + "." + job.EntryMethod)}",
            $"Kind: {MarkdownText.Escape(job.FrameworkName)}",
            $"Host project: {MarkdownText.Escape(job.Project)}",
            $"Defined at {Links.Location(content, source, job.Location.Line)}",
        };
        facts.AddRange(job.Registrations.Select(registration =>
            $"Registered at {Links.Location(content, content.Sources.Absolute(registration.Path), registration.Line)}"));
        if (JobFacts.Status(job) is { Length: > 0 } status)
        {
            facts.Add($"**{MarkdownText.Escape(status)}**");
        }

        markdown.List(facts);
        Triggers(markdown, content, job);
        Concurrency(markdown, job);
        Activity(markdown, content, job, path);
        Resources(markdown, content, job, path);
        Chains(markdown, content, job, path);
        Findings(markdown, content, job, path);
        if (!job.Notes.IsEmpty)
        {
            markdown.Heading(2, "Notes").List(job.Notes.Select(MarkdownText.Escape));
        }

        return new SitePage(path, job.DisplayName, markdown.ToString());
    }

    private static void Triggers(MarkdownWriter markdown, SiteContent content, Job job)
    {
        markdown.Heading(2, "Trigger");
        if (job.Triggers.IsEmpty)
        {
            markdown.Paragraph("No trigger was found: nothing in the code starts this job.");
            return;
        }

        markdown.Table(
            ["When", "As written", "Dialect", "Zone", "From configuration", "Name"],
            job.Triggers.Select(trigger => (IReadOnlyList<string>)
            [
                MarkdownText.Cell(trigger.Description + (trigger.RunsOnStartup ? " (and once at start-up)" : string.Empty)),
                JobFacts.Raw(trigger) is { } raw ? MarkdownText.Code(raw) : "-",
                MarkdownText.Cell(JobFacts.Dialect(trigger) ?? trigger.Kind.ToString()),
                MarkdownText.Cell(trigger.TimeZone is null ? TimeZoneText(trigger.TimeZoneSource) : $"{trigger.TimeZone} ({TimeZoneText(trigger.TimeZoneSource)})"),
                MarkdownText.Cell(string.Join(", ", trigger.Configuration.Select(value => $"{value.Key} = {value.EffectiveValue ?? "not set"}"))),
                MarkdownText.Cell(trigger.Identity),
            ]));

        foreach (var trigger in job.Triggers.Where(trigger => trigger.Cron is { IsValid: false }))
        {
            markdown.Paragraph($"**Invalid schedule** {MarkdownText.Code(trigger.Cron!.Expression)}: {MarkdownText.Escape(trigger.Cron.Error)}");
        }

        var runs = JobFacts.NextRuns(job, content.Options.Zone).Take(content.Options.NextRunCount).ToList();
        if (runs.Count > 0)
        {
            markdown.Heading(3, "Next runs").List(runs.Select(MarkdownText.Escape));
        }
    }

    private static string TimeZoneText(TimeZoneSource? source) => source switch
    {
        TimeZoneSource.Explicit => "set in code",
        TimeZoneSource.Configuration => "from configuration",
        TimeZoneSource.FrameworkDefaultUtc => "not set: UTC, the framework's default",
        TimeZoneSource.ServerLocal => "not set: the server's local zone",
        TimeZoneSource.Unknown => "set by code that was not followed",
        _ => "-",
    };

    private static void Concurrency(MarkdownWriter markdown, Job job) =>
        markdown.Heading(2, "Concurrency and retries").List(
        [
            $"Concurrency guard: {MarkdownText.Escape(JobFacts.ConcurrencyGuard(job.Concurrency))}",
            $"Retries: {MarkdownText.Escape(JobFacts.Retries(job.Concurrency))}",
        ]);

    private static void Activity(MarkdownWriter markdown, SiteContent content, Job job, string path)
    {
        markdown.Heading(2, "Activity");
        var name = content.ActivityDiagrams[job.Id];
        markdown.Paragraph(content.Diagrams.Has(name)
            ? content.Diagrams.Embed(name, path, $"What {job.DisplayName} does")
            : job.Process is null
                ? "The job's code was not read (its project did not load, or it has no entry method), so there is no activity diagram."
                : "No activity diagram was drawn for this job.");
    }

    private static void Resources(MarkdownWriter markdown, SiteContent content, Job job, string path)
    {
        markdown.Heading(2, "Resources");
        if (job.Process is not { Resources.IsEmpty: false } process)
        {
            markdown.Paragraph("No resource use was found.");
            return;
        }

        markdown.Table(
            ["Resource", "Kind", "Access", "Operations", "Also used by"],
            process.Resources.Select(use => (IReadOnlyList<string>)
            [
                MarkdownText.Cell(use.Resource),
                MarkdownText.Cell(JobFacts.Kind(use.Kind)),
                MarkdownText.Cell(JobFacts.Access(use.Access)),
                use.Operations.IsEmpty ? "-" : string.Join(", ", use.Operations.Select(operation => MarkdownText.Code(operation))),
                string.Join(", ", content.Jobs
                    .Where(other => other.Id != job.Id && other.Process is { } model && model.Resources.Any(item => item.Kind == use.Kind && item.Resource == use.Resource))
                    .Select(other => Links.Job(content, path, other))) is { Length: > 0 } others ? others : "-",
            ]));
    }

    private static void Chains(MarkdownWriter markdown, SiteContent content, Job job, string path)
    {
        markdown.Heading(2, "Jobs it starts");
        var starts = content.Edges.Where(edge => edge.From == job.Id)
            .Select(edge => $"{Verb(edge.Kind)} {Links.JobId(content, path, edge.To)}")
            .ToList();
        markdown.Paragraph(starts.Count == 0 ? "It starts no other job." : string.Empty);
        markdown.List(starts);

        markdown.Heading(2, "What starts it");
        var startedBy = content.Edges.Where(edge => edge.To == job.Id)
            .Select(edge => $"{Links.JobId(content, path, edge.From)} {Verb(edge.Kind)} it")
            .Concat(job.Triggers
                .Where(trigger => trigger.Source is { JobId: null })
                .Select(trigger => $"{MarkdownText.Code(trigger.Source!.Caller)}{(trigger.Source.Endpoint is { } endpoint ? " handling " + MarkdownText.Code(endpoint) : string.Empty)} {MarkdownText.Escape(trigger.Kind.ToString().ToLowerInvariant())} it"))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        markdown.Paragraph(startedBy.Count == 0 ? "Its own trigger only (no other code enqueues it)." : string.Empty);
        markdown.List(startedBy);
    }

    private static string Verb(JobEdgeKind kind) => kind switch
    {
        JobEdgeKind.Enqueues => "enqueues",
        JobEdgeKind.Schedules => "schedules",
        _ => "continues with",
    };

    private static void Findings(MarkdownWriter markdown, SiteContent content, Job job, string path)
    {
        var findings = content.FindingsOf(job);
        markdown.Heading(2, string.Create(CultureInfo.InvariantCulture, $"Findings ({findings.Count})"));
        if (findings.Count == 0)
        {
            markdown.Paragraph("No findings in the job's type.");
            return;
        }

        foreach (var finding in findings)
        {
            WriteFinding(markdown, content, finding, path);
        }
    }

    public static void WriteFinding(MarkdownWriter markdown, SiteContent content, Finding finding, string path)
    {
        markdown.Paragraph($"**{MarkdownText.Escape(finding.Severity.ToString().ToLowerInvariant())}** {Links.Rule(content, path, finding.RuleId)} at {Links.Location(content, finding)}: {MarkdownText.Escape(finding.Message)}");
        var excerpt = content.Sources.Excerpt(finding.Location.FilePath, finding.Location.Line, finding.Location.EndLine)
            ?? (finding.LineText.Length > 0 ? finding.LineText : null);
        if (excerpt is not null)
        {
            markdown.CodeBlock(excerpt, finding.Location.FilePath.EndsWith(".sql", StringComparison.OrdinalIgnoreCase) ? "sql" : "csharp");
        }
    }
}
