using System.Collections.Frozen;
using System.Text;
using Introspect.Comparison.Reporting;
using Introspect.Comparison.Tests.Running;

namespace Introspect.Comparison.Tests.Report;

/// <summary>
/// The job-definition rules next to what the scheduling frameworks themselves check before the code runs: Quartz.NET
/// ships analyzers (QZ0001–QZ0008); Hangfire, Coravel and the Azure Functions timer trigger check nothing at build time
/// and fail, skip or misfire at run time. What the frameworks do at run time was measured with their packages in the
/// Introspect.Analyzers tests and is written on each rule's page.
/// </summary>
internal static class JobDefinitionSection
{
    public const string Heading = "## Job-definition rules next to the frameworks' own checks";

    private static readonly (string Hazard, string Quartz, string Others, string[] Ids)[] Rows =
    [
        ("cron text the framework rejects", "QZ0001 checks Quartz cron text (so INTR301 leaves Quartz strings to it)",
            "Hangfire throws when the job is registered at start-up; Azure Functions fails the host at start-up", ["INTR301"]),
        ("Coravel cron that parses but never fires (`75 * * * *`)", "—", "Coravel accepts it and never runs the job", ["INTR301"]),
        ("`*` in the minute field under a fixed hour; `*` seconds; a step that does not divide its range; both day fields restricted; day-of-week numbers that differ between dialects; a date that never comes",
            "QZ0007 covers `*` seconds in Quartz text only", "nothing: the job runs on the schedule as written", ["INTR302"]),
        ("a fire time inside a daylight-saving change; a Quartz trigger with no time zone",
            "—", "nothing: runs are moved, skipped or doubled on change days (Coravel differs from Cronos and Quartz)", ["INTR303"]),
        ("a frequent recurring job that can overlap itself while it writes shared state",
            "QZ0003 only for JobDataMap writes without `[DisallowConcurrentExecution]`", "nothing: `[DisableConcurrentExecution]` (Hangfire) and `PreventOverlapping` (Coravel) are opt-in", ["INTR304"]),
        ("the same recurring job id, job key or trigger key registered twice",
            "—", "Hangfire's `AddOrUpdate` replaces the first silently; Quartz replaces or throws at run time", ["INTR305"]),
        ("a hosted service never registered; a Hangfire continuation on a job id nothing creates",
            "—", "nothing: the service never starts, the continuation never runs", ["INTR306"]),
        ("a Hangfire job argument that does not survive serialization (a DbContext, a live CancellationToken, a service)",
            "—", "Hangfire fails when the job is enqueued, or runs it with a useless copy", ["INTR307"]),
    ];

    public static void Write(StringBuilder output, ComparisonResults results) =>
        Write(output, results.Introspect.SupportedDescriptors.Select(descriptor => descriptor.Id).ToFrozenSet(StringComparer.Ordinal));

    internal static void Write(StringBuilder output, IReadOnlySet<string> shippedIds)
    {
        output.Append(Heading).Append("\n\n");
        output.Append("A wrong schedule is usually found at night, or never. Of the frameworks Introspect reads, only Quartz.NET checks ");
        output.Append("anything at build time; the others report a bad definition when the job is registered or run, or not at all. ");
        output.Append("This table compares what each checks before the code runs; the rule pages give the measured run-time behaviour.\n\n");
        var table = new MarkdownTable("hazard", "Quartz.NET analyzers (QZ0001–QZ0008)", "Hangfire, Coravel, Azure Functions at build time", "Introspect");
        foreach (var (hazard, quartz, others, ids) in Rows)
        {
            table.Row(hazard, quartz, others, MigrationLinterSection.IntrospectCell([.. ids], shippedIds));
        }

        table.WriteTo(output);
        output.Append('\n');
    }
}
