using Introspect.Core.Analysis;
using Introspect.Core.Jobs;
using Introspect.Core.Jobs.Discovery;
using Introspect.Core.Loading;
using Introspect.Testing;

namespace Introspect.Core.Tests.Jobs;

/// <summary>
/// Degraded mode under a project filter (<c>--project</c>): a project that failed to load is read from syntax when the
/// filter selects it, and left alone (not scanned, its failure not reported) when the filter leaves it out.
/// </summary>
public sealed class DegradedProjectFilterTests : IDisposable
{
    private readonly TempFolder _folder = new("degraded-filter");

    [Fact]
    public async Task FailedProjectSelected_IsScannedFromSyntax()
    {
        using var loaded = await LoadAsync();
        var catalog = await DiscoverAsync(loaded, "Legacy");

        var job = Assert.Single(catalog.Jobs);
        Assert.Equal("Legacy.SyncJob.Execute", job.Id);
        Assert.Equal(DiscoveryMode.Degraded, job.Mode);
        Assert.Equal("Legacy", Assert.Single(catalog.LoadProblems, problem => problem.IsFatal).ProjectName);
        Assert.False(catalog.IsComplete);
    }

    [Fact]
    public async Task FailedProjectFilteredOut_IsNotScannedNorReported()
    {
        using var loaded = await LoadAsync();
        Assert.Contains(loaded.Problems, problem => problem.IsFatal && problem.ProjectName == "Legacy");

        var catalog = await DiscoverAsync(loaded, "Api");

        var job = Assert.Single(catalog.Jobs);
        Assert.Equal("Api.Heartbeat.ExecuteAsync", job.Id);
        Assert.Equal(DiscoveryMode.Full, job.Mode);
        Assert.DoesNotContain(catalog.LoadProblems, problem => problem.IsFatal);
        Assert.True(catalog.IsComplete);
    }

    [Fact]
    public async Task NoFilter_ScansTheFailedProjectBesideTheLoadedOne()
    {
        using var loaded = await LoadAsync();
        var catalog = await JobDiscovery.DiscoverAsync(loaded, new DiscoveryOptions { Now = JobSnippets.Now, Process = null }, CancellationToken.None);

        Assert.Equal(["Api.Heartbeat.ExecuteAsync", "Legacy.SyncJob.Execute"], catalog.Jobs.Select(job => job.Id).Order(StringComparer.Ordinal));
    }

    private static Task<JobCatalog> DiscoverAsync(LoadedSolution loaded, string project)
    {
        var filter = new AnalysisRequest([]) { Projects = [project] };
        return JobDiscovery.DiscoverAsync(
            loaded,
            new DiscoveryOptions { Now = JobSnippets.Now, Process = null },
            CancellationToken.None,
            filter.IncludesProject,
            problem => filter.IncludesProject(problem.ProjectName, problem.ProjectPath));
    }

    /// <summary>A solution of a project that loads (a hosted service, no packages) and one whose packages were never restored.</summary>
    private async Task<LoadedSolution> LoadAsync()
    {
        // Api references the ASP.NET Core shared framework (BackgroundService, no package to download) and is restored;
        // Legacy's packages are never restored, so it does not load.
        _folder.WriteProject(
            "Api",
            new Dictionary<string, string>
            {
                ["Heartbeat.cs"] = """
                    using Microsoft.Extensions.DependencyInjection;
                    using Microsoft.Extensions.Hosting;

                    namespace Api;

                    public sealed class Heartbeat : BackgroundService
                    {
                        protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Delay(1000, stoppingToken);
                    }

                    public static class Setup
                    {
                        public static void Add(IServiceCollection services) => services.AddHostedService<Heartbeat>();
                    }
                    """,
            },
            "</PropertyGroup><ItemGroup><FrameworkReference Include=\"Microsoft.AspNetCore.App\" /></ItemGroup><PropertyGroup>");
        _folder.WriteProject(
            "Legacy",
            new Dictionary<string, string>
            {
                ["Sync.cs"] = """
                    using Quartz;

                    namespace Legacy;

                    public sealed class SyncJob : IJob
                    {
                        public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;
                    }
                    """,
            },
            "</PropertyGroup><ItemGroup><PackageReference Include=\"Quartz\" Version=\"4.7.3\" /></ItemGroup><PropertyGroup>");
        var solution = _folder.Write("Both.sln", """

            Microsoft Visual Studio Solution File, Format Version 12.00
            # Visual Studio Version 17
            Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "Api", "Api\Api.csproj", "{00000001-0000-4000-8000-000000000000}"
            EndProject
            Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "Legacy", "Legacy\Legacy.csproj", "{00000002-0000-4000-8000-000000000000}"
            EndProject
            Global
            EndGlobal
            """);
        var restore = await ProcessRunner.RunAsync("dotnet", ["restore", _folder.Combine("Api", "Api.csproj")], _folder.Path, TimeSpan.FromMinutes(5));
        Assert.True(restore.ExitCode == 0, restore.ToString());
        return await SolutionLoader.LoadAsync(solution, new LoadOptions { RestoreWhenNeeded = false }, CancellationToken.None);
    }

    public void Dispose() => _folder.Dispose();
}
