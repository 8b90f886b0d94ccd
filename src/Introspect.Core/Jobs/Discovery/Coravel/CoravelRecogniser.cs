using Introspect.Analyzers.Knowledge;
using Introspect.Core.Jobs.Triggers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Core.Jobs.Discovery.Coravel;

/// <summary>
/// Coravel invocables (IInvocable), scheduled with <c>scheduler.Schedule&lt;T&gt;()</c> and a fluent chain: an interval
/// (Every*, Hourly*, Daily*, Weekly, Monthly, Cron), then day filters, Zoned, PreventOverlapping, RunOnceAtStart.
/// Intervals are turned into the cron text Coravel itself uses; the zone defaults to UTC. Invocables queued with
/// IQueue.QueueInvocable&lt;T&gt;() are enqueued jobs. Delegates scheduled with Schedule(() =&gt; …) or ScheduleAsync are
/// jobs too (<see cref="CoravelActionJobs"/>), with the same chain.
/// </summary>
internal sealed class CoravelRecogniser : IJobRecogniser
{
    private static readonly string[] Days = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    public IEnumerable<DiscoveredJob> Recognise(DiscoveryContext context)
    {
        var invocable = context.Type(WellKnownTypeNames.CoravelInvocable);
        if (invocable is null)
        {
            return [];
        }

        var found = new List<(INamedTypeSymbol Type, JobTrigger Trigger, JobConcurrency Concurrency)>();
        var actionJobs = new List<DiscoveredJob>();
        foreach (var call in context.Invocations("Schedule").Concat(context.Invocations("ScheduleWithParams")).Where(call => JobSymbols.IsIn(call.TargetMethod, "Coravel")))
        {
            if (CoravelActionJobs.IsActionSchedule(call))
            {
                continue;
            }

            foreach (var binding in CallBinding.For(context, call))
            {
                using var bound = context.Values.Bind(binding);
                if (call.TargetMethod.TypeArguments is [var typeArgument] && context.Values.Concrete(typeArgument) is INamedTypeSymbol type)
                {
                    context.AddRegistration(JobSymbols.TypeName(type), context.Location(context.Values.BindingSite ?? call.Syntax));
                    var (trigger, concurrency) = ReadChain(context, call);
                    found.Add((type, trigger, concurrency));
                }
            }
        }

        foreach (var call in context.Invocations("Schedule").Concat(context.Invocations("ScheduleAsync"))
                     .Where(call => JobSymbols.IsIn(call.TargetMethod, "Coravel") && CoravelActionJobs.IsActionSchedule(call)))
        {
            var (trigger, concurrency) = ReadChain(context, call);
            if (CoravelActionJobs.Create(context, call, trigger, concurrency) is { } job)
            {
                actionJobs.Add(job);
            }
        }

        foreach (var call in context.Invocations("QueueInvocable").Where(call => JobSymbols.IsIn(call.TargetMethod, "Coravel")))
        {
            if (call.TargetMethod.TypeArguments is [INamedTypeSymbol type] && JobSymbols.EnclosingMethod(call) is { } caller)
            {
                var by = CallerEndpoints.Find(context, caller) ?? $"{JobSymbols.TypeName(caller.ContainingType)}.{caller.Name}";
                found.Add((type, new JobTrigger
                {
                    Kind = TriggerKind.Enqueued,
                    Description = $"queued by {by}",
                    Source = new TriggerSource { Caller = $"{JobSymbols.TypeName(caller.ContainingType)}.{caller.Name}", Location = context.Location(call.Syntax) },
                    InLoop = JobSymbols.IsInLoop(call),
                    Location = context.Location(call.Syntax),
                }, JobConcurrency.None));
            }
        }

        return context.SourceTypes
            .Where(type => type.TypeKind == TypeKind.Class && !type.IsAbstract && TypeHierarchy.Implements(type, invocable))
            .Select(type =>
            {
                var mine = found.Where(entry => SymbolEqualityComparer.Default.Equals(entry.Type, type)).ToList();
                var concurrency = mine.Select(entry => entry.Concurrency).Aggregate(JobConcurrency.None, (left, right) => left.Merge(right));
                return JobFactory.Create(context, JobFramework.Coravel, "Coravel", type, JobFactory.FindMethod(type, "Invoke"), mine.Select(entry => entry.Trigger), concurrency) with
                {
                    NeedsRegistration = true,
                };
            })
            .Concat(actionJobs)
            .ToList();
    }

    private static (JobTrigger Trigger, JobConcurrency Concurrency) ReadChain(DiscoveryContext context, IInvocationOperation schedule)
    {
        string? cron = null;
        TimeSpan? seconds = null;
        string? written = null;
        var days = new SortedSet<int>();
        IOperation? zone = null;
        string? preventOverlapping = null;
        var runOnceAtStart = false;
        var conditional = false;

        for (IOperation current = schedule; Next(current) is { } next; current = next)
        {
            int? Arg(int index) => index < next.Arguments.Length ? context.Values.Resolve(next.Arguments[index].Value).AsInt : null;

            var name = next.TargetMethod.Name;
            var interval = name switch
            {
                "EveryMinute" => "* * * * *",
                "EveryFiveMinutes" => "*/5 * * * *",
                "EveryTenMinutes" => "*/10 * * * *",
                "EveryFifteenMinutes" => "*/15 * * * *",
                "EveryThirtyMinutes" => "*/30 * * * *",
                "Hourly" => "0 * * * *",
                "HourlyAt" => Arg(0) is { } minute ? $"{minute} * * * *" : null,
                "Daily" => "0 0 * * *",
                "DailyAtHour" => Arg(0) is { } hour ? $"0 {hour} * * *" : null,
                "DailyAt" => Arg(0) is { } h && Arg(1) is { } m ? $"{m} {h} * * *" : null,
                "Weekly" => "0 0 * * 1",
                "Monthly" => "0 0 1 * *",
                "Cron" => context.Values.Resolve(next.Arguments.FirstOrDefault()?.Value).AsString,
                _ => null,
            };
            if (interval is not null || name == "Cron")
            {
                cron = interval;
                written = next.Syntax is Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax { Expression: Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax member } syntax
                    ? $"{member.Name}{syntax.ArgumentList}"
                    : name;
            }

            seconds = name switch
            {
                "EverySecond" => TimeSpan.FromSeconds(1),
                "EveryFiveSeconds" => TimeSpan.FromSeconds(5),
                "EveryTenSeconds" => TimeSpan.FromSeconds(10),
                "EveryFifteenSeconds" => TimeSpan.FromSeconds(15),
                "EveryThirtySeconds" => TimeSpan.FromSeconds(30),
                "EverySeconds" => Arg(0) is { } count ? TimeSpan.FromSeconds(count) : null,
                _ => seconds,
            };

            switch (name)
            {
                case "Weekday":
                    days.UnionWith([1, 2, 3, 4, 5]);
                    break;
                case "Weekend":
                    days.UnionWith([0, 6]);
                    break;
                case var day when Array.IndexOf(Days, day) is >= 0 and var index:
                    days.Add(index);
                    break;
                case "Zoned":
                    zone = next.Arguments.FirstOrDefault()?.Value;
                    break;
                case "PreventOverlapping":
                    preventOverlapping = context.Values.Resolve(next.Arguments.FirstOrDefault()?.Value).AsString ?? "(computed key)";
                    break;
                case "RunOnceAtStart":
                    runOnceAtStart = true;
                    break;
                case "When":
                    conditional = true;
                    break;
            }
        }

        var location = context.Location(schedule.Syntax);
        JobTrigger trigger;
        if (seconds is { } every)
        {
            trigger = TriggerFactory.Interval(new ResolvedValue(every, "Coravel"), "Coravel", location);
        }
        else
        {
            var text = cron is not null && days.Count > 0 ? string.Join(' ', cron.Split(' ')[..4]) + " " + string.Join(',', days) : cron;
            trigger = TriggerFactory.Cron(context, new ResolvedValue(text, written ?? "?"), CronDialect.Coravel, TriggerFactory.Zone(context, zone, ZoneChoice.Utc), location);
            trigger = trigger with { Mechanism = written };
        }

        var notes = conditional ? ", only when its When(...) condition holds" : string.Empty;
        return (trigger with { Description = trigger.Description + notes, RunsOnStartup = runOnceAtStart }, new JobConcurrency { PreventOverlapping = preventOverlapping });
    }

    /// <summary>The next call of the fluent chain: the invocation whose receiver is <paramref name="current"/>.</summary>
    private static IInvocationOperation? Next(IOperation current)
    {
        var parent = current.Parent;
        while (parent is IConversionOperation)
        {
            parent = parent.Parent;
        }

        return parent is IInvocationOperation next && next.Instance is { } instance && JobSymbols.Unwrap(instance) == current ? next : null;
    }
}
