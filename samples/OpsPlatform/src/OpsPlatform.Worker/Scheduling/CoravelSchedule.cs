using Coravel;
using Microsoft.Extensions.Options;
using OpsPlatform.Worker.Maintenance;

namespace OpsPlatform.Worker.Scheduling;

public static class CoravelSchedule
{
    public static IHost UseOpsCoravelSchedule(this IHost host)
    {
        var mailer = host.Services.GetRequiredService<IOptions<MaintenanceMailerOptions>>().Value;
        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(CoravelSchedule));

        host.Services
            .UseScheduler(scheduler =>
            {
                scheduler.Schedule<MaintenanceMailer>()
                    .DailyAt(6, 30)
                    .Zoned(TimeZoneInfo.FindSystemTimeZoneById(mailer.TimeZoneId))
                    .PreventOverlapping(nameof(MaintenanceMailer));
            })
            .OnError(ex => logger.LogError(ex, "A scheduled Coravel task failed"));

        return host;
    }
}
