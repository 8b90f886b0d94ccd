using System.Security.Claims;
using Hangfire;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OpsPlatform.Domain;
using OpsPlatform.Domain.Entities;
using OpsPlatform.Jobs.Contracts;

namespace OpsPlatform.Api.Endpoints;

public static class ServerEndpoints
{
    public sealed record ServerSummary(
        int Id,
        string Hostname,
        string Customer,
        string Status,
        string DatacenterCode,
        bool SnapshotsEnabled,
        DateTimeOffset? RaidMonitoringInstalledAt);

    public sealed record RaidMonitoringAccepted(int ServerId, string JobId);

    public static IEndpointRouteBuilder MapServerEndpoints(this IEndpointRouteBuilder routes)
    {
        var servers = routes.MapGroup("/servers").WithTags("Servers");

        servers.MapGet("/{id:int}", GetServerAsync).WithName("GetServer");
        servers.MapPost("/{id:int}/raid-monitoring", RequestRaidMonitoringAsync).WithName("RequestRaidMonitoring");

        return routes;
    }

    private static async Task<Results<Ok<ServerSummary>, NotFound>> GetServerAsync(
        int id, OpsDbContext db, CancellationToken cancellationToken)
    {
        var server = await db.Servers
            .AsNoTracking()
            .Where(s => s.Id == id)
            .Select(s => new ServerSummary(
                s.Id,
                s.Hostname,
                s.Customer.Name,
                s.Status.ToString(),
                s.DatacenterCode,
                s.SnapshotsEnabled,
                s.RaidMonitoringInstalledAt))
            .SingleOrDefaultAsync(cancellationToken);

        return server is null ? TypedResults.NotFound() : TypedResults.Ok(server);
    }

    private static async Task<Results<Accepted<RaidMonitoringAccepted>, NotFound, Conflict<string>>> RequestRaidMonitoringAsync(
        int id,
        ClaimsPrincipal user,
        OpsDbContext db,
        IBackgroundJobClient jobs,
        ILoggerFactory loggerFactory,
        CancellationToken cancellationToken)
    {
        var server = await db.Servers
            .AsNoTracking()
            .Where(s => s.Id == id)
            .Select(s => new { s.Id, s.Hostname, s.Status })
            .SingleOrDefaultAsync(cancellationToken);

        if (server is null)
        {
            return TypedResults.NotFound();
        }

        if (server.Status != ServerStatus.Active)
        {
            return TypedResults.Conflict($"Server {server.Hostname} is {server.Status}; RAID monitoring needs an active server.");
        }

        var requestedBy = user.Identity?.Name ?? "control-panel";
        var jobId = jobs.Enqueue<IRaidMonitoringInstaller>(
            JobQueues.Provisioning,
            installer => installer.InstallAsync(server.Id, requestedBy, CancellationToken.None));

        loggerFactory.CreateLogger(typeof(ServerEndpoints))
            .LogInformation("RAID monitoring for {Hostname} queued as job {JobId} by {User}", server.Hostname, jobId, requestedBy);

        return TypedResults.Accepted($"/jobs/{jobId}", new RaidMonitoringAccepted(server.Id, jobId));
    }
}
