using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpsPlatform.Domain;
using OpsPlatform.Domain.Entities;
using OpsPlatform.Integrations.Monitoring;
using Quartz;

namespace OpsPlatform.Worker.Monitoring;

/// <summary>
/// Pushes every monitored host from the customer database to the monitoring server:
/// creates hosts that are new, updates names, addresses, proxies and tags of the others.
/// </summary>
[DisallowConcurrentExecution]
public sealed class MonitoringSyncJob(
    OpsDbContext db,
    IMonitoringApi monitoring,
    SyncStatistics statistics,
    IOptions<MonitoringSyncOptions> options,
    TimeProvider clock,
    ILogger<MonitoringSyncJob> logger) : IJob
{
    private int _hostsPushed;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var started = clock.GetTimestamp();

        var hosts = await db.MonitoredHosts
            .Include(h => h.Proxy)
            .Include(h => h.Server)
            .Where(h => h.SyncEnabled)
            .OrderBy(h => h.Id)
            .ToListAsync(cancellationToken);

        var failedHosts = new List<string>();
        var parallelOptions = new ParallelOptions
        {
            MaxDegreeOfParallelism = settings.MaxParallelBatches,
            CancellationToken = cancellationToken,
        };

        await Parallel.ForEachAsync(hosts.Chunk(settings.BatchSize), parallelOptions, async (batch, ct) =>
        {
            foreach (var host in batch)
            {
                try
                {
                    var definition = ToDefinition(host, settings);
                    if (host.ExternalHostId is null)
                    {
                        host.ExternalHostId = await monitoring.CreateHostAsync(definition, ct);
                    }
                    else
                    {
                        await monitoring.UpdateHostAsync(host.ExternalHostId, definition, ct);
                    }

                    host.LastSyncedAt = clock.GetUtcNow();
                    _hostsPushed++;
                }
                catch (Exception ex) when (ex is HttpRequestException or MonitoringApiException)
                {
                    logger.LogWarning(ex, "Could not push host {HostName} to the monitoring server", host.DisplayName);
                    failedHosts.Add(host.DisplayName);
                }
            }
        });

        await db.SaveChangesAsync(cancellationToken);

        var run = new SyncRun(clock.GetUtcNow(), _hostsPushed, failedHosts, clock.GetElapsedTime(started));
        var failedRunsInARow = statistics.Record(run);

        logger.LogInformation(
            "Monitoring sync pushed {Pushed} of {Total} hosts in {Duration}; {Failed} failed",
            run.HostsPushed, hosts.Count, run.Duration, failedHosts.Count);

        if (failedRunsInARow >= 3)
        {
            logger.LogError(
                "Monitoring sync has had failures {Runs} runs in a row; last failures: {Hosts}",
                failedRunsInARow, string.Join(", ", failedHosts.Take(20)));
        }
    }

    private static HostDefinition ToDefinition(MonitoredHost host, MonitoringSyncOptions settings)
    {
        var tags = new Dictionary<string, string> { ["source"] = "opsplatform" };
        if (host.Server is { } server)
        {
            tags["customer"] = server.CustomerId.ToString(System.Globalization.CultureInfo.InvariantCulture);
            tags["datacenter"] = server.DatacenterCode;
        }

        var technicalName = host.Server?.Hostname ?? $"infra-{host.Id}";

        return new HostDefinition(
            technicalName,
            host.DisplayName,
            host.Address,
            host.Proxy?.ExternalProxyId,
            settings.DefaultTemplateIds,
            tags);
    }
}

public sealed class MonitoringSyncOptions
{
    public const string SectionName = "MonitoringSync";

    /// <summary>Hosts pushed by one worker before it takes the next chunk.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>How many chunks are pushed at the same time; the monitoring server copes with about four.</summary>
    public int MaxParallelBatches { get; set; } = 4;

    /// <summary>Templates linked to every customer server (OS by agent, ICMP ping).</summary>
    public List<string> DefaultTemplateIds { get; set; } = ["10001", "10186"];
}
