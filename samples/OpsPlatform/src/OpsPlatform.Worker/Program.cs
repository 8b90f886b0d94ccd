using Coravel;
using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OpsPlatform.Domain;
using OpsPlatform.Integrations;
using OpsPlatform.Jobs.Contracts;
using OpsPlatform.Worker.Alerts;
using OpsPlatform.Worker.Backups;
using OpsPlatform.Worker.Billing;
using OpsPlatform.Worker.Maintenance;
using OpsPlatform.Worker.Monitoring;
using OpsPlatform.Worker.Raid;
using OpsPlatform.Worker.Scheduling;
using OpsPlatform.Worker.Snapshots;

var builder = Host.CreateApplicationBuilder(args);
var configuration = builder.Configuration;

// Databases: the customer database (EF Core) and the reporting database (Dapper).
var opsConnectionString = configuration.GetConnectionString("Ops")
    ?? throw new InvalidOperationException("ConnectionStrings:Ops is not configured.");
builder.Services.AddDbContext<OpsDbContext>(
    db => db.UseNpgsql(opsConnectionString),
    optionsLifetime: ServiceLifetime.Singleton);
builder.Services.AddDbContextFactory<OpsDbContext>(db => db.UseNpgsql(opsConnectionString));
builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(
    configuration.GetConnectionString("Reporting")
    ?? throw new InvalidOperationException("ConnectionStrings:Reporting is not configured.")));

builder.Services.AddOpsIntegrations(configuration);

builder.Services.AddOptions<MonitoringSyncOptions>().BindConfiguration(MonitoringSyncOptions.SectionName);
builder.Services.AddOptions<ProxyWatchdogOptions>().BindConfiguration(ProxyWatchdogOptions.SectionName);
builder.Services.AddOptions<SnapshotOptions>().BindConfiguration(SnapshotOptions.SectionName);
builder.Services.AddOptions<RaidMonitoringOptions>().BindConfiguration(RaidMonitoringOptions.SectionName);
builder.Services.AddOptions<MaintenanceMailerOptions>().BindConfiguration(MaintenanceMailerOptions.SectionName);
builder.Services.AddOptions<BackupOptions>().BindConfiguration(BackupOptions.SectionName);
builder.Services.AddOptions<UsageExportOptions>().BindConfiguration(UsageExportOptions.SectionName);

// Monitoring (Quartz jobs + watchdog)
builder.Services.AddSingleton<SyncStatistics>();
builder.Services.AddOpsQuartzJobs();
builder.Services.AddHostedService<ProxyWatchdog>();

// Backups
builder.Services.AddSingleton<BackupThrottleBypassCache>();
builder.Services.AddHostedService<BackupBypassRefresher>();
builder.Services.AddHostedService<BackupQueueMonitor>();

// Alerts
builder.Services.AddHostedService<AlertOutboxDispatcher>();

// Hangfire: snapshots, RAID installs, billing export, housekeeping
builder.Services.AddScoped<IRaidMonitoringInstaller, RaidMonitoringInstaller>();
builder.Services.AddScoped<NightlySnapshotScheduler>();
builder.Services.AddScoped<SnapshotJob>();
builder.Services.AddScoped<SnapshotNotifier>();
builder.Services.AddScoped<SnapshotRunReport>();
builder.Services.AddScoped<SnapshotRetentionJob>();
builder.Services.AddScoped<UsageExportJob>();
builder.Services.AddScoped<AlertOutboxPurgeJob>();
builder.Services.AddSingleton<UsageReadModel>();

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
builder.Services.AddHangfireServer(server =>
{
    server.ServerName = $"ops-worker:{Environment.MachineName}";
    server.Queues = JobQueues.All;
    server.WorkerCount = Math.Max(4, Environment.ProcessorCount * 2);
});

// Coravel: maintenance mailer
builder.Services.AddScheduler();
builder.Services.AddTransient<MaintenanceMailer>();

var host = builder.Build();

host.UseOpsRecurringJobs();
host.UseOpsCoravelSchedule();

await host.RunAsync();
