using Introspect.Core.Jobs;
using Introspect.Core.Jobs.Process;

namespace Introspect.Diagrams.Tests;

/// <summary>Process models made by hand: a job's effects, one step each, with the resources summed up as the builder does.</summary>
internal static class TestProcesses
{
    public static Job Touching(this Job job, params (EffectKind Kind, string Resource, EffectAccess Access)[] uses) =>
        job.Touching([.. uses.Select(use => (use.Kind, use.Resource, use.Access, use.Access == EffectAccess.Read ? "ToListAsync" : "ExecuteUpdateAsync"))]);

    public static Job Touching(this Job job, params (EffectKind Kind, string Resource, EffectAccess Access, string Operation)[] uses)
    {
        var path = "/src/" + job.Location.Path;
        var steps = uses.Select((use, index) => (ProcessNode)new StepNode(
            $"Use {use.Resource}",
            "db." + use.Operation,
            null,
            CallExpansion.Library,
            null,
            [new ProcessEffect(use.Kind, use.Resource, use.Access, use.Operation, null, new SourcePosition(path, 20 + index, 9))],
            [],
            new SourcePosition(path, 20 + index, 9))).ToList();
        return job with { Process = new ProcessModel(job.Id, new SourcePosition(path, 10, 5), 3, [.. steps], ResourceSummary.Of(steps)) };
    }

    /// <summary>The test catalog's sample with the resources the OpsPlatform sample's jobs touch (a few of them).</summary>
    public static JobCatalog SampleWithResources()
    {
        var catalog = TestCatalog.Extended();
        return catalog with
        {
            Jobs = [.. catalog.Jobs.Select(job => job.Id switch
            {
                TestCatalog.Snapshot => job.Touching((EffectKind.Database, "Snapshots", EffectAccess.Write), (EffectKind.Http, "StorageApiClient", EffectAccess.ReadWrite), (EffectKind.Database, "Servers", EffectAccess.Read)),
                TestCatalog.Notifier => job.Touching((EffectKind.Database, "Snapshots", EffectAccess.Read), (EffectKind.Email, "SMTP", EffectAccess.Write)),
                TestCatalog.Retention => job.Touching((EffectKind.Database, "Snapshots", EffectAccess.Read), (EffectKind.Http, "StorageApiClient", EffectAccess.Write)),
                TestCatalog.Watchdog => job.Touching((EffectKind.Http, "StorageApiClient", EffectAccess.Write), (EffectKind.Database, "MonitoredHosts", EffectAccess.Read)),
                TestCatalog.Nightly => job.Touching((EffectKind.Job, "SnapshotJob", EffectAccess.Write), (EffectKind.Database, "Servers", EffectAccess.Read)),
                TestCatalog.Sync => job.Touching((EffectKind.Database, "MonitoredHosts", EffectAccess.Write), (EffectKind.File, "/var/ops/sync state.json", EffectAccess.Write)),
                TestCatalog.Reminder => job.Touching((EffectKind.Email, "SMTP", EffectAccess.Write), (EffectKind.Message, "Ops.Contracts.ReminderSent", EffectAccess.Write), (EffectKind.Process, "gpg", EffectAccess.None)),
                _ => job,
            })],
        };
    }
}
