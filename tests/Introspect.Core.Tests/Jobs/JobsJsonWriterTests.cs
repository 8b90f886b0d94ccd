using Introspect.Core.Reporting;
using Introspect.Testing;
using NJsonSchema;

namespace Introspect.Core.Tests.Jobs;

public sealed class JobsJsonWriterTests
{
    private const string Source = """
        using Hangfire;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Hosting;
        using Quartz;

        [DisallowConcurrentExecution]
        public sealed class SyncJob : IJob
        {
            public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;
        }

        public sealed class Scheduler(IBackgroundJobClient jobs)
        {
            public void Plan()
            {
                var id = jobs.Enqueue<Snapshot>("snapshots", job => job.TakeAsync(1));
                jobs.ContinueJobWith<Snapshot>(id, job => job.Notify());
            }
        }

        public sealed class Snapshot
        {
            [AutomaticRetry(Attempts = 2)]
            public Task TakeAsync(int server) => Task.CompletedTask;
            public void Notify() { }
        }

        public sealed class Forgotten : BackgroundService
        {
            protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Delay(1000, stoppingToken);
        }

        public static class Setup
        {
            public static void Register(IServiceCollection services)
            {
                services.AddQuartz(quartz => quartz.ScheduleJob<SyncJob>(trigger => trigger.WithCronSchedule("0 0/2 * * * ?"), job => job.WithIdentity("sync")));
                RecurringJob.AddOrUpdate<Scheduler>("plan", s => s.Plan(), "30 2 * * *");
                RecurringJob.AddOrUpdate<Scheduler>("broken", s => s.Plan(), "0 25 * * *");
            }
        }
        """;

    private static string SchemaPath => Path.Combine(RepositoryPaths.Docs, "schema", "jobs.schema.json");

    [Fact]
    public async Task Output_IsValidAgainstTheDocumentedSchema()
    {
        var json = JobsJsonWriter.Write(await JobSnippets.CatalogAsync(Source), "Ops.csproj", "1.2.3");

        var schema = await JsonSchema.FromFileAsync(SchemaPath);
        var errors = schema.Validate(json);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Select(error => $"{error.Path}: {error.Kind}")));
    }

    [Fact]
    public async Task Output_MatchesTheApprovedSnapshotAndIsByteIdenticalAcrossRuns()
    {
        var first = JobsJsonWriter.Write(await JobSnippets.CatalogAsync(Source), "Ops.csproj", "1.2.3");
        var second = JobsJsonWriter.Write(await JobSnippets.CatalogAsync(Source), "Ops.csproj", "1.2.3");

        Assert.Equal(first, second);
        Snapshot.Verify(first, "jobs", "json");
    }

    [Fact]
    public async Task SchemaRejects_AnUnknownTriggerKind()
    {
        var json = JobsJsonWriter.Write(await JobSnippets.CatalogAsync(Source), "Ops.csproj", "1.2.3").Replace("\"kind\": \"cron\"", "\"kind\": \"sometimes\"", StringComparison.Ordinal);

        var schema = await JsonSchema.FromFileAsync(SchemaPath);
        Assert.NotEmpty(schema.Validate(json));
    }
}
