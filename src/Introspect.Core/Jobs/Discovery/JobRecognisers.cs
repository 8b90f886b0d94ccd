using System.Collections.Immutable;
using Introspect.Core.Jobs.Discovery.AzureFunctions;
using Introspect.Core.Jobs.Discovery.Conventions;
using Introspect.Core.Jobs.Discovery.Coravel;
using Introspect.Core.Jobs.Discovery.Hangfire;
using Introspect.Core.Jobs.Discovery.HostedServices;
using Introspect.Core.Jobs.Discovery.MassTransit;
using Introspect.Core.Jobs.Discovery.Quartz;
using Introspect.Core.Jobs.Discovery.Timers;

namespace Introspect.Core.Jobs.Discovery;

/// <summary>Every framework Introspect recognises jobs of; one line each.</summary>
internal static class JobRecognisers
{
    public static ImmutableArray<IJobRecogniser> All { get; } =
    [
        new HostedServiceRecogniser(),
        new TimerRecogniser(),
        new HangfireRecogniser(),
        new QuartzRecogniser(),
        new CoravelRecogniser(),
        new TimerTriggerRecogniser(),
        new ConsumerRecogniser(),
        new ConventionRecogniser(),
    ];
}
