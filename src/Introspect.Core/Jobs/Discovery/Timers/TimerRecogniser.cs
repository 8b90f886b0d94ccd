using Introspect.Analyzers.Knowledge;
using Introspect.Core.Jobs.Triggers;
using Microsoft.CodeAnalysis;

namespace Introspect.Core.Jobs.Discovery.Timers;

/// <summary>
/// Timer callbacks in hosted services (System.Threading.Timer, System.Timers.Timer): the callback is the job, the period
/// its interval. A class named Timer of the application's own is not a timer: timers are recognised by their symbols.
/// </summary>
internal sealed class TimerRecogniser : IJobRecogniser
{
    public IEnumerable<DiscoveredJob> Recognise(DiscoveryContext context)
    {
        foreach (var site in TimerSites.Find(context))
        {
            var name = site.Framework == JobFramework.ThreadingTimer ? WellKnownTypeNames.ThreadingTimer : WellKnownTypeNames.TimersTimer;
            var where = site.CreatedIn is null ? string.Empty : $", set up in {site.CreatedIn.Name}";
            var location = context.Location(site.Site);
            JobTrigger trigger;
            if (site.RunsOnce)
            {
                trigger = new JobTrigger { Kind = TriggerKind.Startup, Description = $"once ({name}{where})", Mechanism = name, Location = location };
            }
            else if (site.Period is { } period)
            {
                trigger = TriggerFactory.Interval(period, name, location, where) with
                {
                    Description = period.AsTimeSpan is { } span ? $"{Durations.Every(span)} ({name}{where})" : $"every '{period.Text}' ({name}{where})",
                };
            }
            else
            {
                trigger = new JobTrigger { Kind = TriggerKind.Interval, Description = $"interval not known ({name}{where})", Mechanism = name, Location = location };
            }

            yield return JobFactory.Create(context, site.Framework, name, site.Owner, site.Callback, [trigger]) with { NeedsRegistration = true };
        }
    }
}
