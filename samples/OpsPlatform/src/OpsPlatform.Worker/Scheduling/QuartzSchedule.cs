using OpsPlatform.Worker.Monitoring;
using Quartz;

namespace OpsPlatform.Worker.Scheduling;

public static class QuartzSchedule
{
    /// <summary>The monitoring jobs run on Quartz: in-memory store, one worker process at a time.</summary>
    public static IServiceCollection AddOpsQuartzJobs(this IServiceCollection services)
    {
        services.AddQuartz(quartz =>
        {
            var syncJob = new JobKey(nameof(MonitoringSyncJob), "monitoring");
            quartz.AddJob<MonitoringSyncJob>(job => job
                .WithIdentity(syncJob)
                .WithDescription("Pushes the hosts from the customer database to the monitoring server"));
            quartz.AddTrigger(trigger => trigger
                .ForJob(syncJob)
                .WithIdentity("monitoring-sync-every-2-minutes", "monitoring")
                .WithCronSchedule("0 0/2 * * * ?"));

            var balancingJob = new JobKey(nameof(ProxyLoadBalancingJob), "monitoring");
            quartz.AddJob<ProxyLoadBalancingJob>(job => job
                .WithIdentity(balancingJob)
                .WithDescription("Spreads monitored hosts over the monitoring proxies"));
            quartz.AddTrigger(trigger => trigger
                .ForJob(balancingJob)
                .WithIdentity("monitoring-sync-every-2-minutes", "monitoring")
                .StartNow()
                .WithSimpleSchedule(schedule => schedule
                    .WithInterval(TimeSpan.FromMinutes(5))
                    .RepeatForever()));
        });

        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return services;
    }
}
