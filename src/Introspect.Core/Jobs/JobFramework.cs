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

    /// <summary>A team's own job abstraction, declared in introspect.json.</summary>
    Custom,
}

public enum DiscoveryMode
{
    Full,
    Degraded,
}
