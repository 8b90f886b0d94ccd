// expect: none
// case: a hosted service takes IDbContextFactory and creates a context per run
using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

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

public sealed class ProbeCleanup(IDbContextFactory<MonitoringDbContext> dbFactory, ILogger<ProbeCleanup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var db = await dbFactory.CreateDbContextAsync(stoppingToken);
                var cutoff = DateTimeOffset.UtcNow.AddDays(-7);
                await db.Results.Where(r => r.At < cutoff).ExecuteDeleteAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Probe cleanup failed");
            }
        }
    }
}

public static class MonitoringRegistration
{
    public static IServiceCollection AddMonitoring(this IServiceCollection services)
    {
        services.AddDbContextFactory<MonitoringDbContext>(options => { });
        return services.AddHostedService<ProbeCleanup>();
    }
}
