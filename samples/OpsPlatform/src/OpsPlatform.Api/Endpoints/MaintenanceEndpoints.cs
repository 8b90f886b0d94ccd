using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OpsPlatform.Domain;
using OpsPlatform.Domain.Entities;

namespace OpsPlatform.Api.Endpoints;

public static class MaintenanceEndpoints
{
    public sealed record MaintenanceWindowRequest(
        int? ServerId,
        string Title,
        string? Description,
        MaintenanceKind Kind,
        DateTimeOffset StartsAt,
        DateTimeOffset EndsAt);

    public sealed record MaintenanceWindowResponse(
        int Id,
        int? ServerId,
        string Title,
        MaintenanceKind Kind,
        DateTimeOffset StartsAt,
        DateTimeOffset EndsAt);

    public static IEndpointRouteBuilder MapMaintenanceEndpoints(this IEndpointRouteBuilder routes)
    {
        var maintenance = routes.MapGroup("/maintenance-windows").WithTags("Maintenance");

        maintenance.MapGet("/", ListUpcomingAsync);
        maintenance.MapPost("/", CreateAsync);

        return routes;
    }

    private static async Task<Ok<List<MaintenanceWindowResponse>>> ListUpcomingAsync(
        OpsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var windows = await db.MaintenanceWindows
            .AsNoTracking()
            .Where(w => w.EndsAt >= now)
            .OrderBy(w => w.StartsAt)
            .Select(w => new MaintenanceWindowResponse(w.Id, w.ServerId, w.Title, w.Kind, w.StartsAt, w.EndsAt))
            .ToListAsync(cancellationToken);

        return TypedResults.Ok(windows);
    }

    private static async Task<Results<Created<MaintenanceWindowResponse>, ValidationProblem>> CreateAsync(
        MaintenanceWindowRequest request, OpsDbContext db, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Title))
        {
            errors["title"] = ["A title is required."];
        }

        if (request.EndsAt <= request.StartsAt)
        {
            errors["endsAt"] = ["The window must end after it starts."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var window = new MaintenanceWindow
        {
            ServerId = request.ServerId,
            Title = request.Title.Trim(),
            Description = request.Description,
            Kind = request.Kind,
            StartsAt = request.StartsAt,
            EndsAt = request.EndsAt,
        };

        db.MaintenanceWindows.Add(window);
        await db.SaveChangesAsync(cancellationToken);

        var response = new MaintenanceWindowResponse(window.Id, window.ServerId, window.Title, window.Kind, window.StartsAt, window.EndsAt);
        return TypedResults.Created($"/maintenance-windows/{window.Id}", response);
    }
}
