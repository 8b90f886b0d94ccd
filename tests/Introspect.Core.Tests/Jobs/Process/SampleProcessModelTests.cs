using Introspect.Core.Jobs.Process;
using Introspect.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Introspect.Core.Tests.Jobs.Process;

/// <summary>
/// The process models of the sample's jobs, built from the loaded solution and compared with approved JSON
/// (Snapshots/*.verified.json). Each approved file was read against the job's code: it must describe what the job does.
/// </summary>
public sealed class SampleProcessModelTests(SampleSolutionFixture sample) : IClassFixture<SampleSolutionFixture>
{
    public static TheoryData<string, string> Jobs => new()
    {
        { "OpsPlatform.Worker.Monitoring.MonitoringSyncJob", "Execute" },
        { "OpsPlatform.Worker.Monitoring.ProxyWatchdog", "ExecuteAsync" },
        { "OpsPlatform.Worker.Monitoring.ProxyLoadBalancingJob", "Execute" },
        { "OpsPlatform.Worker.Snapshots.SnapshotNotifier", "NotifyCompletedAsync" },
        { "OpsPlatform.Worker.Maintenance.MaintenanceMailer", "Invoke" },
        { "OpsPlatform.Worker.Backups.BackupBypassRefresher", "OnRefreshTimer" },
        { "OpsPlatform.Worker.Backups.BackupQueueMonitor", "OnElapsed" },
        { "OpsPlatform.Worker.Snapshots.NightlySnapshotScheduler", "ScheduleAsync" },
        { "OpsPlatform.Worker.Snapshots.SnapshotJob", "CreateAsync" },
        { "OpsPlatform.Worker.Snapshots.SnapshotRetentionJob", "PurgeExpiredAsync" },
        { "OpsPlatform.Worker.Billing.UsageExportJob", "ExportAsync" },
        { "OpsPlatform.Worker.Alerts.AlertOutboxDispatcher", "ExecuteAsync" },
        { "OpsPlatform.Worker.Alerts.AlertOutboxPurgeJob", "PurgeAsync" },
        { "OpsPlatform.Worker.Raid.RaidMonitoringInstaller", "InstallAsync" },
    };

    [Theory]
    [MemberData(nameof(Jobs))]
    public async Task ProcessModel_MatchesTheApprovedSnapshot(string typeName, string methodName)
    {
        var model = await BuildAsync(typeName, methodName);

        Snapshot.Verify(ProcessModelJson.Write(model, RepositoryPaths.Sample), $"{typeName.Split('.')[^1]}.{methodName}", "json");
    }

    [Theory]
    [MemberData(nameof(Jobs))]
    public async Task ProcessModelJson_IsValidAgainstTheSchema(string typeName, string methodName)
    {
        var json = ProcessModelJson.Write(await BuildAsync(typeName, methodName), RepositoryPaths.Sample);
        var schema = await NJsonSchema.JsonSchema.FromFileAsync(Path.Combine(RepositoryPaths.Docs, "schema", "process-model.schema.json"));

        var errors = schema.Validate(json).Select(error => $"{error.Path}: {error.Kind}").ToList();

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public async Task MonitoringSync_ReadsHostsPushesThemInParallelAndSaves()
    {
        var model = await BuildAsync("OpsPlatform.Worker.Monitoring.MonitoringSyncJob", "Execute");

        Assert.Equal(["Read MonitoredHosts", "Save changes"], model.Steps.OfType<StepNode>().Where(step => step.Effects.Length > 0).Select(step => step.Label));
        var parallel = Assert.Single(model.Steps.OfType<ParallelNode>());
        Assert.Equal(ParallelKind.ParallelForEachAsync, parallel.Construct);
        Assert.Equal("hosts.Chunk(settings.BatchSize)", parallel.Header);
        var create = ProcessSnippet.Step(model, "monitoring.CreateHostAsync");
        Assert.Equal("OpsPlatform.Integrations.Monitoring.MonitoringApiClient.CreateHostAsync", create.Implementation);
        Assert.Contains(model.Resources, use => use is { Kind: EffectKind.Http, Resource: "MonitoringApiClient" });
        Assert.Contains(model.Resources, use => use is { Kind: EffectKind.Database, Resource: "MonitoredHosts", Access: EffectAccess.Read });
    }

    [Fact]
    public async Task NightlyScheduler_EnqueuesSnapshotJobsWithTheirNotifier_AndContinuesTheRunReport()
    {
        var model = await BuildAsync("OpsPlatform.Worker.Snapshots.NightlySnapshotScheduler", "ScheduleAsync");

        var jobs = model.Resources.Where(use => use.Kind == EffectKind.Job).Select(use => (use.Resource, use.Operations.Single())).ToList();
        Assert.Equal([("SnapshotJob", "Enqueue"), ("SnapshotNotifier", "ContinueJobWith"), ("SnapshotRunReport", "ContinueJobWith")], jobs);
        Assert.Contains("SnapshotJob.CreateAsync, queue snapshots", Assert.Single(model.Resources, use => use.Resource == "SnapshotJob").Details);
    }

    [Fact]
    public async Task UsageExport_ReadsThreeSourcesTogetherAndWritesTheCsv()
    {
        var model = await BuildAsync("OpsPlatform.Worker.Billing.UsageExportJob", "ExportAsync");

        var parallel = Assert.Single(model.Steps.OfType<ParallelNode>());
        Assert.Equal(["customersTask", "serversTask", "usageTask"], parallel.Branches.Select(branch => branch.Label));
        Assert.Contains(model.Resources, use => use is { Kind: EffectKind.Database, Resource: "daily_usage_rollups", Access: EffectAccess.Read });
        Assert.Contains(model.Resources, use => use is { Kind: EffectKind.Database, Resource: "Customers", Access: EffectAccess.Read });
        Assert.Contains(model.Resources, use => use is { Kind: EffectKind.File, Access: EffectAccess.Write } && use.Resource.EndsWith(".csv.partial", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AlertOutbox_UsesTheConfiguredTableName()
    {
        var model = await BuildAsync("OpsPlatform.Worker.Alerts.AlertOutboxPurgeJob", "PurgeAsync");

        var use = Assert.Single(model.Resources);
        Assert.Equal((EffectKind.Database, "AlertOutbox", EffectAccess.Write), (use.Kind, use.Resource, use.Access));
        Assert.Equal(["ExecuteDeleteAsync"], use.Operations.AsEnumerable());
    }

    [Fact]
    public async Task EveryMethodOfTheSample_GivesTheSameModelTwiceAndNeverThrows()
    {
        var methods = new List<IMethodSymbol>();
        foreach (var project in sample.Loaded.CSharpProjects)
        {
            var compilation = await project.GetCompilationAsync();
            foreach (var tree in compilation!.SyntaxTrees)
            {
                var model = compilation.GetSemanticModel(tree);
                methods.AddRange((await tree.GetRootAsync()).DescendantNodes()
                    .OfType<BaseMethodDeclarationSyntax>()
                    .Select(declaration => model.GetDeclaredSymbol(declaration))
                    .OfType<IMethodSymbol>());
            }
        }

        var first = await ProcessModelBuilder.BuildAllAsync(methods, sample.Loaded.Solution, ProcessModelOptions.Default, CancellationToken.None);
        var second = await ProcessModelBuilder.BuildAllAsync(methods, sample.Loaded.Solution, ProcessModelOptions.Default, CancellationToken.None);

        Assert.True(methods.Count > 150, $"Only {methods.Count} methods found.");
        Assert.Equal(
            first.Select(model => ProcessModelJson.Write(model, RepositoryPaths.Sample)),
            second.Select(model => ProcessModelJson.Write(model, RepositoryPaths.Sample)));
    }

    private async Task<ProcessModel> BuildAsync(string typeName, string methodName)
    {
        Assert.True(sample.Loaded.IsComplete, string.Join(Environment.NewLine, sample.Loaded.Problems));
        var method = await sample.MethodAsync(typeName, methodName);
        return await ProcessModelBuilder.BuildAsync(method, sample.Loaded.Solution, ProcessModelOptions.Default, CancellationToken.None);
    }
}
