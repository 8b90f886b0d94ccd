using Introspect.Core.Jobs;
using Introspect.Core.Jobs.Discovery;
using Introspect.Core.Loading;
using Introspect.Testing;

namespace Introspect.Core.Tests.Jobs;

/// <summary>A project whose packages did not restore still has its jobs found, from syntax and the names in scope, marked degraded.</summary>
public sealed class DegradedModeTests : IDisposable
{
    private readonly TempFolder _folder = new("degraded");

    [Fact]
    public async Task UnrestoredProject_JobsAreFoundFromSyntaxAndMarkedDegraded()
    {
        var project = _folder.WriteProject(
            "Worker",
            new Dictionary<string, string>
            {
                ["Jobs.cs"] = """
                    using Hangfire;
                    using Quartz;

                    namespace Worker;

                    public sealed class SyncJob : IJob
                    {
                        public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;
                    }

                    public sealed class Export { public void Run() { } }

                    public static class Setup
                    {
                        public static void Register(IRecurringJobManager manager) => manager.AddOrUpdate<Export>("export", job => job.Run(), "30 2 * * *");
                    }
                    """,
                ["Decoys.cs"] = """
                    namespace Worker.Decoys;

                    public interface IJob { }

                    public sealed class NotQuartz : IJob { }
                    """,
            },
            "</PropertyGroup><ItemGroup><PackageReference Include=\"Quartz\" Version=\"4.7.3\" /><PackageReference Include=\"Hangfire.Core\" Version=\"1.8.25\" /></ItemGroup><PropertyGroup>");

        using var loaded = await SolutionLoader.LoadAsync(project, new LoadOptions { RestoreWhenNeeded = false }, CancellationToken.None);
        var catalog = await JobDiscovery.DiscoverAsync(loaded, new DiscoveryOptions { Now = JobSnippets.Now }, CancellationToken.None);

        Assert.False(catalog.IsComplete);
        Assert.All(catalog.Jobs, job => Assert.Equal(DiscoveryMode.Degraded, job.Mode));
        Assert.Equal(["Export.Run", "Worker.SyncJob.Execute"], catalog.Jobs.Select(job => job.Id).Order(StringComparer.Ordinal));
        var quartz = Assert.Single(catalog.Jobs, job => job.Framework == JobFramework.Quartz);
        Assert.Equal(new SourceLocation("Jobs.cs", 8), quartz.Location);
        Assert.Contains(quartz.Notes, note => note.Contains("did not load", StringComparison.Ordinal));
        var cron = Assert.Single(Assert.Single(catalog.Jobs, job => job.Framework == JobFramework.Hangfire).Triggers);
        Assert.Equal("30 2 * * *", cron.Cron!.Expression);
        Assert.Equal("export", cron.Identity);
    }

    public void Dispose() => _folder.Dispose();
}
