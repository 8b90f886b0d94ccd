// expect: INTR123
// case: a Quartz job registered with AddSingleton that takes the DbContext, so every run shares one context
using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Ops.Monitoring;

public sealed class ProbeResult
{
    public int Id { get; set; }
    public DateTimeOffset At { get; set; }
}

public sealed class MonitoringDbContext(DbContextOptions<MonitoringDbContext> options) : DbContext(options)
{
    public DbSet<ProbeResult> Results => Set<ProbeResult>();
}

public sealed class ProbeCleanupJob(MonitoringDbContext db) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var cutoff = DateTimeOffset.UtcNow.AddDays(-7);
        await db.Results.Where(r => r.At < cutoff).ExecuteDeleteAsync(cancellationToken);
    }
}

public static class MonitoringRegistration
{
    public static IServiceCollection AddMonitoringJobs(this IServiceCollection services) =>
        services.AddSingleton<ProbeCleanupJob>();
}
