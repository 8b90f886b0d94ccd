namespace Introspect.Core.Jobs;

public enum JobFramework
{
    HostedService,
    Hangfire,
    Quartz,
    Coravel,
    ThreadingTimer,
    TimersTimer,
    AzureFunctions,
    MassTransit,
}

public enum DiscoveryMode
{
    Full,
    Degraded,
}
