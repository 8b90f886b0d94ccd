using Introspect.Analyzers.Knowledge;
using Introspect.Analyzers.Tests.Verifiers;

namespace Introspect.Analyzers.Tests.Knowledge;

/// <summary>Job and hosted-service recognition, against the real framework packages.</summary>
public sealed class JobTypesTests
{
    private const string Jobs = """
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;

        namespace Ops;

        public sealed class ProxyWatchdog : BackgroundService
        {
            protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.CompletedTask;
            private sealed class Nested { public void Helper() { } }
        }

        public sealed class BypassRefresher : IHostedService
        {
            public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
            public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        }

        public sealed class MonitoringSyncJob : Quartz.IJob
        {
            public ValueTask Execute(Quartz.IJobExecutionContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;
        }

        public sealed class MaintenanceMailer : Coravel.Invocable.IInvocable
        {
            public Task Invoke() => Task.CompletedTask;
        }

        [Hangfire.AutomaticRetry(Attempts = 3)]
        public sealed class SnapshotJob
        {
            public Task RunAsync(int serverId) => Task.CompletedTask;
        }

        public sealed class RaidInstaller
        {
            public Task InstallAsync(int serverId, Hangfire.IJobCancellationToken token) => Task.CompletedTask;
        }

        public sealed class CsvExport
        {
            [Hangfire.DisableConcurrentExecution(600)]
            public void Export() { }
        }

        public sealed class SnapshotDto { public string? Name { get; set; } }

        public sealed class ReportJob { public void Execute() { } }

        public sealed class Timer { public int Seconds { get; set; } }
        """;

    private static readonly Microsoft.CodeAnalysis.CSharp.CSharpCompilation Compilation = SnippetCompilation.Create(Jobs);
    private static readonly JobTypes JobTypes = JobTypes.Create(Compilation);

    [Theory]
    [InlineData("Ops.ProxyWatchdog")]
    [InlineData("Ops.ProxyWatchdog+Nested")]
    [InlineData("Ops.BypassRefresher")]
    [InlineData("Ops.MonitoringSyncJob")]
    [InlineData("Ops.MaintenanceMailer")]
    [InlineData("Ops.SnapshotJob")]
    [InlineData("Ops.RaidInstaller")]
    [InlineData("Ops.CsvExport")]
    public void JobOrHostedService_IsRecognised(string typeName) =>
        Assert.True(JobTypes.IsJobType(Compilation.Type(typeName)));

    [Theory]
    [InlineData("Ops.SnapshotDto")]
    [InlineData("Ops.ReportJob")]
    [InlineData("Ops.Timer")]
    public void Decoy_IsNotAJob(string typeName) =>
        Assert.False(JobTypes.IsJobType(Compilation.Type(typeName)));

    [Fact]
    public void CompilationWithoutJobFrameworks_HasNoJobCode()
    {
        var plain = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
            "Plain",
            [Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("class Worker { void Run() { } }")],
            Introspect.Testing.FrameworkReferences.Net100);

        Assert.False(JobTypes.Create(plain).IsAnyFrameworkReferenced);
    }
}
