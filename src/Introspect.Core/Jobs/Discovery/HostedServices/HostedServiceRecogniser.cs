using Introspect.Analyzers.Knowledge;
using Introspect.Core.Jobs.Discovery.Timers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Core.Jobs.Discovery.HostedServices;

/// <summary>
/// IHostedService and BackgroundService classes: they start with the host. A BackgroundService's ExecuteAsync is read
/// for how it repeats (a PeriodicTimer, a loop with Task.Delay). Hosted services whose work is a timer callback are
/// left to <see cref="TimerRecogniser"/>. Registration (AddHostedService) is recorded for the post-pass, which reports
/// hosted services that are never registered.
/// </summary>
internal sealed class HostedServiceRecogniser : IJobRecogniser
{
    public IEnumerable<DiscoveredJob> Recognise(DiscoveryContext context)
    {
        var hostedService = context.Type(WellKnownTypeNames.HostedService);
        if (hostedService is null)
        {
            yield break;
        }

        HostedServiceRegistrations.Record(context, hostedService);
        var backgroundService = context.Type(WellKnownTypeNames.BackgroundService);
        var timerOwners = TimerSites.Find(context).Select(site => site.Owner).ToHashSet(SymbolEqualityComparer.Default);

        foreach (var type in context.SourceTypes)
        {
            if (type.TypeKind != TypeKind.Class || type.IsAbstract || !TypeHierarchy.Implements(type, hostedService))
            {
                continue;
            }

            var isBackgroundService = TypeHierarchy.DerivesFrom(type, backgroundService);
            if (!isBackgroundService && timerOwners.Contains(type))
            {
                continue;
            }

            var entry = isBackgroundService
                ? JobFactory.FindMethod(type, "ExecuteAsync", method => method.IsOverride)
                : JobFactory.FindMethod(type, "StartAsync");
            var trigger = isBackgroundService && entry is not null ? ReadLoop(context, entry) : null;
            yield return JobFactory.Create(
                context,
                JobFramework.HostedService,
                isBackgroundService ? "BackgroundService" : "IHostedService",
                type,
                entry,
                [trigger ?? new JobTrigger { Kind = TriggerKind.Startup, Description = "on start-up, until the host stops", Location = context.Location(type) }]) with
            {
                NeedsRegistration = true,
            };
        }
    }

    /// <summary>How ExecuteAsync repeats: ticks of a PeriodicTimer, or a loop that waits with Task.Delay.</summary>
    private static JobTrigger? ReadLoop(DiscoveryContext context, IMethodSymbol entry)
    {
        foreach (var reference in entry.DeclaringSyntaxReferences)
        {
            var body = context.Operation(reference.GetSyntax());
            if (body is null)
            {
                continue;
            }

            var operations = body.Descendants().ToList();
            var periodic = operations.OfType<IObjectCreationOperation>().FirstOrDefault(creation => creation.Type?.ToDisplayString() == WellKnownTypeNames.PeriodicTimer);
            if (periodic is not null && periodic.Arguments.Length > 0)
            {
                return TriggerFactory.Interval(context.Values.Resolve(periodic.Arguments[0].Value), "PeriodicTimer", context.Location(periodic.Syntax), ", from start-up");
            }

            var delay = operations.OfType<IInvocationOperation>().FirstOrDefault(call =>
                call.TargetMethod is { Name: "Delay", ContainingType: { } type } && type.ToDisplayString() == WellKnownTypeNames.Task && JobSymbols.IsInLoop(call));
            if (delay is not null && delay.Arguments.Length > 0)
            {
                var trigger = TriggerFactory.Interval(context.Values.Resolve(delay.Arguments[0].Value), "Task.Delay", context.Location(delay.Syntax));
                return trigger with { Description = $"loop from start-up, waiting {Triggers.Durations.Describe(trigger.Interval ?? TimeSpan.Zero)} with Task.Delay" };
            }
        }

        return null;
    }
}
