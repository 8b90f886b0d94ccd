// expect: INTR123
// case: an outbox BackgroundService registered with AddHostedService that takes the scoped DbContext in its constructor
using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ops.Alerts;

public sealed class OutboxMessage
{
    public int Id { get; set; }
    public DateTimeOffset? SentAt { get; set; }
}

public sealed class AlertsDbContext(DbContextOptions<AlertsDbContext> options) : DbContext(options)
{
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
}

public sealed class OutboxPublisher(AlertsDbContext db, ILogger<OutboxPublisher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var pending = await db.Outbox.Where(m => m.SentAt == null).ToListAsync(stoppingToken);
                foreach (var message in pending)
                {
                    message.SentAt = DateTimeOffset.UtcNow;
                }

                await db.SaveChangesAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Publishing the outbox failed");
            }

            await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
        }
    }
}

public static class AlertsRegistration
{
    public static IServiceCollection AddAlerts(this IServiceCollection services)
    {
        services.AddDbContext<AlertsDbContext>(options => { });
        services.AddHostedService<OutboxPublisher>();
        return services;
    }
}
