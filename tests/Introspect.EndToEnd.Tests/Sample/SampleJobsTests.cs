using System.Text.Json;
using System.Text.RegularExpressions;

namespace Introspect.EndToEnd.Tests.Sample;

/// <summary>
/// <c>introspect jobs</c> finds every job of the sample's README table, with its framework, file and trigger, and no
/// job that the table does not list.
/// </summary>
public sealed partial class SampleJobsTests(SampleJobsRun run) : IClassFixture<SampleJobsRun>
{
    private static readonly SampleReadme Readme = SampleReadme.Load();

    public static TheoryData<string> JobTypes => [.. Readme.Jobs.Select(cells => cells[4])];

    [Fact]
    public void Run_Succeeds() => Assert.True(run.Result.ExitCode == 0 && run.Document is not null, run.Result.ToString());

    [Theory]
    [MemberData(nameof(JobTypes))]
    public void ListedJob_IsFoundWithItsFrameworkFileAndTrigger(string typeName)
    {
        var row = Readme.Jobs.Single(cells => cells[4] == typeName);
        var (framework, trigger, file) = (row[1], row[2], row[3]);
        var job = Assert.Single(run.Jobs, job => Text(job, "type").EndsWith("." + typeName, StringComparison.Ordinal));
        var context = $"{typeName}: {job}";

        Assert.True(Text(job, "frameworkName") == framework, context);
        Assert.True(Text(job, "location", "path") == file, context);
        Assert.True(job.GetProperty("registered").GetBoolean(), context);
        var triggers = job.GetProperty("triggers").EnumerateArray().ToList();
        Assert.True(triggers.Count > 0, context);

        foreach (var check in Checks(trigger))
        {
            Assert.True(triggers.Any(candidate => check.Matches(job, candidate)), $"{check.Description} ({trigger}): {context}");
        }
    }

    [Fact]
    public void EveryFoundJob_IsListedInTheReadme()
    {
        var listed = Readme.Jobs.Select(cells => cells[4]).ToHashSet(StringComparer.Ordinal);
        var unlisted = run.Jobs.Select(job => Text(job, "type")).Where(type => !listed.Contains(type[(type.LastIndexOf('.') + 1)..])).ToList();

        Assert.True(unlisted.Count == 0, "Not in the sample's Jobs table: " + string.Join(", ", unlisted));
    }

    [Fact]
    public void Edges_LinkTheNightlySchedulerToTheSnapshotsAndTheirNotifications()
    {
        var edges = run.Document!.RootElement.GetProperty("edges").EnumerateArray()
            .Select(edge => $"{Short(Text(edge, "from"))} {Text(edge, "kind")} {Short(Text(edge, "to"))}")
            .ToList();

        // The run report continues a constant id (the INTR306 hazard): no parent job, so only the scheduler that sets it up links to it.
        Assert.Equal(
            [
                "NightlySnapshotScheduler.ScheduleAsync enqueues SnapshotJob.CreateAsync",
                "NightlySnapshotScheduler.ScheduleAsync enqueues SnapshotRunReport.SendAsync",
                "SnapshotJob.CreateAsync continuesWith SnapshotNotifier.NotifyCompletedAsync",
            ],
            edges);
    }

    [Fact]
    public void EveryJob_CarriesItsProcessModel() =>
        Assert.All(run.Jobs, job => Assert.True(job.TryGetProperty("process", out var process) && process.GetProperty("steps").GetArrayLength() > 0, Text(job, "id")));

    [Theory]
    [InlineData("NightlySnapshotScheduler", "database Servers read")]
    [InlineData("NightlySnapshotScheduler", "job SnapshotJob write")]
    [InlineData("NightlySnapshotScheduler", "job SnapshotNotifier write")]
    [InlineData("UsageExportJob", "database daily_usage_rollups read")]
    [InlineData("AlertOutboxPurgeJob", "database AlertOutbox write")]
    [InlineData("SnapshotJob", "http StorageApiClient readWrite")]
    public void ProcessModel_NamesTheResourcesTheJobTouches(string typeName, string resource)
    {
        var job = Assert.Single(run.Jobs, job => Text(job, "type").EndsWith("." + typeName, StringComparison.Ordinal));
        var resources = job.GetProperty("process").GetProperty("resources").EnumerateArray()
            .Select(use => $"{Text(use, "kind")} {Text(use, "resource")} {Text(use, "access")}")
            .ToList();

        Assert.Contains(resource, resources);
    }

    /// <summary>What the README's trigger cell promises, each as a check on one of the job's triggers.</summary>
    private static IEnumerable<TriggerCheck> Checks(string cell)
    {
        if (CronPattern().Match(cell) is { Success: true } cron)
        {
            var expression = cron.Groups[1].Value;
            var valid = !cell.Contains("(invalid)", StringComparison.Ordinal);
            yield return new TriggerCheck($"cron {expression}, valid: {valid}", (_, trigger) =>
                trigger.TryGetProperty("cron", out var parsed) && Text(parsed, "expression") == expression && parsed.GetProperty("valid").GetBoolean() == valid);
            if (valid)
            {
                yield return new TriggerCheck("next runs", (_, trigger) => trigger.TryGetProperty("nextRuns", out var runs) && runs.GetArrayLength() > 0);
            }
        }

        if (cell.Contains("(Europe/Berlin)", StringComparison.Ordinal))
        {
            yield return new TriggerCheck("time zone Europe/Berlin", (_, trigger) => Optional(trigger, "timeZone") == "Europe/Berlin");
        }

        if (IntervalPattern().Match(cell) is { Success: true } every && !cell.StartsWith("cron", StringComparison.Ordinal) && !cell.Contains("recurring", StringComparison.Ordinal))
        {
            var count = every.Groups[1].Success ? int.Parse(every.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 1;
            var interval = every.Groups[2].Value.StartsWith("second", StringComparison.Ordinal) ? TimeSpan.FromSeconds(count) : TimeSpan.FromMinutes(count);
            yield return new TriggerCheck($"interval {interval}", (_, trigger) => Optional(trigger, "interval") == interval.ToString("c", System.Globalization.CultureInfo.InvariantCulture));
        }

        foreach (var (phrase, check) in Phrases)
        {
            if (cell.Contains(phrase, StringComparison.Ordinal))
            {
                yield return check;
            }
        }

        if (QueuePattern().Match(cell) is { Success: true } queue)
        {
            yield return new TriggerCheck($"queue {queue.Groups[1].Value}", (_, trigger) => Optional(trigger, "queue") == queue.Groups[1].Value);
        }

        if (EndpointPattern().Match(cell) is { Success: true } endpoint)
        {
            yield return new TriggerCheck($"endpoint {endpoint.Groups[1].Value}", (_, trigger) =>
                trigger.TryGetProperty("source", out var source) && Optional(source, "endpoint") is { } found
                && RouteConstraint().Replace(found, "}") == endpoint.Groups[1].Value);
        }
    }

    private static readonly (string Phrase, TriggerCheck Check)[] Phrases =
    [
        ("simple schedule", new("Quartz simple schedule, forever", (_, trigger) => Optional(trigger, "mechanism") == "simple schedule" && !trigger.TryGetProperty("repeatCount", out _))),
        ("PeriodicTimer", new("PeriodicTimer", (_, trigger) => Optional(trigger, "mechanism") == "PeriodicTimer")),
        ("fire-and-forget", new("enqueued", (_, trigger) => Optional(trigger, "kind") == "enqueued")),
        ("by the nightly snapshot scheduler", new("enqueued by the nightly scheduler, per server", (_, trigger) =>
            trigger.TryGetProperty("source", out var source) && Optional(source, "jobId")?.EndsWith("NightlySnapshotScheduler.ScheduleAsync", StringComparison.Ordinal) == true
            && trigger.TryGetProperty("inLoop", out _))),
        ("ContinueJobWith", new("continuation of the snapshot job", (_, trigger) =>
            Optional(trigger, "kind") == "continuation" && Optional(trigger, "parentJobId")?.EndsWith("SnapshotJob.CreateAsync", StringComparison.Ordinal) == true)),
        ("recurring", new("recurring", (_, trigger) => Optional(trigger, "kind") == "cron" && Optional(trigger, "identity") is not null)),
        ("DailyAt(6, 30)", new("DailyAt(6, 30)", (_, trigger) => Optional(trigger, "mechanism") == "DailyAt(6, 30)" && trigger.GetProperty("cron").GetProperty("expression").GetString() == "30 6 * * *")),
        ("PreventOverlapping", new("PreventOverlapping", (job, _) => job.TryGetProperty("concurrency", out var concurrency) && concurrency.TryGetProperty("preventOverlapping", out _))),
        ("timer created in `StartAsync`", new("System.Threading.Timer set up in StartAsync", (_, trigger) =>
            Optional(trigger, "mechanism") == "System.Threading.Timer" && Text(trigger, "description").Contains("StartAsync", StringComparison.Ordinal))),
        ("`Elapsed`", new("System.Timers.Timer", (_, trigger) => Optional(trigger, "mechanism") == "System.Timers.Timer")),
        ("endless loop", new("loop with Task.Delay", (_, trigger) => Optional(trigger, "mechanism") == "Task.Delay")),
    ];

    private static string Text(JsonElement element, params string[] path) =>
        path.Aggregate(element, (current, name) => current.GetProperty(name)).GetString() ?? string.Empty;

    private static string? Optional(JsonElement element, string name) => element.TryGetProperty(name, out var value) ? value.GetString() : null;

    private static string Short(string id)
    {
        var method = id.LastIndexOf('.');
        return id[(id.LastIndexOf('.', method - 1) + 1)..];
    }

    [GeneratedRegex(@"cron `([^`]+)`")]
    private static partial Regex CronPattern();

    [GeneratedRegex(@"every (\d+ )?(seconds?|minutes?)")]
    private static partial Regex IntervalPattern();

    [GeneratedRegex(@"queue `([^`]+)`")]
    private static partial Regex QueuePattern();

    [GeneratedRegex(@"`((?:GET|POST|PUT|DELETE|PATCH) [^`]+)`")]
    private static partial Regex EndpointPattern();

    [GeneratedRegex(@":[a-z]+\}")]
    private static partial Regex RouteConstraint();

    private sealed record TriggerCheck(string Description, Func<JsonElement, JsonElement, bool> Matches);
}
