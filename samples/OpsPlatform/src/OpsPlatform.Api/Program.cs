using System.Text.Json.Serialization;
using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.EntityFrameworkCore;
using OpsPlatform.Api.Endpoints;
using OpsPlatform.Domain;

var builder = WebApplication.CreateBuilder(args);
var configuration = builder.Configuration;

builder.Services.AddDbContext<OpsDbContext>(db => db.UseNpgsql(
    configuration.GetConnectionString("Ops")
    ?? throw new InvalidOperationException("ConnectionStrings:Ops is not configured.")));
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddProblemDetails();
builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));

// The API only enqueues jobs and shows the dashboard; the worker runs the Hangfire server.
var hangfireConnectionString = configuration.GetConnectionString("Hangfire");
builder.Services.AddHangfire(hangfire =>
{
    hangfire
        .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
        .UseSimpleAssemblyNameTypeSerializer()
        .UseRecommendedSerializerSettings();

    if (hangfireConnectionString is null && builder.Environment.IsDevelopment())
    {
        hangfire.UseInMemoryStorage();
    }
    else
    {
        hangfire.UsePostgreSqlStorage(storage => storage.UseNpgsqlConnection(
            hangfireConnectionString ?? throw new InvalidOperationException("ConnectionStrings:Hangfire is not configured.")));
    }
});

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();

// Reachable through the admin VPN only; the default filter allows local requests.
app.UseHangfireDashboard("/hangfire", new DashboardOptions { DashboardTitle = "OpsPlatform jobs", DisplayStorageConnectionString = false });

app.MapServerEndpoints();
app.MapMaintenanceEndpoints();
app.MapGet("/healthz", () => Results.Ok("ok")).ExcludeFromDescription();

app.Run();
