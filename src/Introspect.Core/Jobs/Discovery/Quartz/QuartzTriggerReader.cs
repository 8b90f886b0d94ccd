using Introspect.Core.Jobs.Triggers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Core.Jobs.Discovery.Quartz;

/// <summary>
/// Reads a Quartz trigger from its builder calls, wherever they are written (an AddTrigger lambda, a ScheduleJob
/// lambda, a TriggerBuilder chain): ForJob, WithIdentity, WithCronSchedule/CronSchedule with InTimeZone, and simple
/// schedules (WithInterval, WithIntervalIn* of Quartz 3, Repeat*Forever, WithRepeatCount), StartNow/StartAt.
/// </summary>
internal static class QuartzTriggerReader
{
    public static (string? JobKey, JobTrigger? Trigger) Read(DiscoveryContext context, IOperation root, SourceLocation location)
    {
        string? jobKey = null;
        string? identity = null;
        IOperation? cron = null;
        IOperation? zone = null;
        TimeSpan? interval = null;
        ResolvedValue? intervalValue = null;
        int? repeatCount = null;
        var simple = false;
        string? other = null;

        foreach (var call in Expand(context, root).OfType<IInvocationOperation>().Where(call => JobSymbols.IsIn(call.TargetMethod, "Quartz")))
        {
            ResolvedValue Arg(int index) => index < call.Arguments.Length ? context.Values.Resolve(call.Arguments[index].Value) : ResolvedValue.Unknown("?");

            switch (call.TargetMethod.Name)
            {
                case "ForJob":
                    jobKey = Key(context, call);
                    break;
                case "WithIdentity":
                    identity = Key(context, call);
                    break;
                case "WithCronSchedule" or "CronSchedule":
                    cron = call.Arguments.FirstOrDefault(argument => argument.Parameter?.Type.SpecialType == SpecialType.System_String)?.Value;
                    break;
                case "InTimeZone":
                    zone = call.Arguments.FirstOrDefault()?.Value;
                    break;
                case "WithSimpleSchedule":
                    simple = true;
                    break;
                case "WithInterval" when call.Arguments is [{ Parameter.Type: { } type } argument] && type.ToDisplayString() == "System.TimeSpan":
                    intervalValue = context.Values.Resolve(argument.Value);
                    interval = intervalValue.AsTimeSpan;
                    simple = true;
                    break;
                case "WithIntervalInSeconds" or "RepeatSecondlyForever":
                    (interval, intervalValue, simple) = (Arg(0).AsInt is { } seconds ? TimeSpan.FromSeconds(seconds) : call.Arguments.Length == 0 ? TimeSpan.FromSeconds(1) : null, Arg(0), true);
                    break;
                case "WithIntervalInMinutes" or "RepeatMinutelyForever":
                    (interval, intervalValue, simple) = (Arg(0).AsInt is { } minutes ? TimeSpan.FromMinutes(minutes) : call.Arguments.Length == 0 ? TimeSpan.FromMinutes(1) : null, Arg(0), true);
                    break;
                case "WithIntervalInHours" or "RepeatHourlyForever":
                    (interval, intervalValue, simple) = (Arg(0).AsInt is { } hours ? TimeSpan.FromHours(hours) : call.Arguments.Length == 0 ? TimeSpan.FromHours(1) : null, Arg(0), true);
                    break;
                case "WithRepeatCount":
                    repeatCount = Arg(0).AsInt;
                    break;
                case "WithCalendarIntervalSchedule" or "WithDailyTimeIntervalSchedule":
                    other = call.TargetMethod.Name;
                    break;
            }
        }

        if (cron is not null)
        {
            var trigger = TriggerFactory.Cron(context, context.Values.Resolve(cron), CronDialect.Quartz, TriggerFactory.Zone(context, zone, ZoneChoice.ServerLocal), location);
            return (jobKey, trigger with { Identity = identity });
        }

        if (simple)
        {
            var value = (intervalValue ?? ResolvedValue.Unknown("?")).With(interval);
            var repeat = repeatCount is null ? "repeat forever" : $"{repeatCount} repeats";
            var trigger = TriggerFactory.Interval(value, "simple schedule", location, $", {repeat}");
            return (jobKey, trigger with { Identity = identity, RepeatCount = repeatCount });
        }

        return (jobKey, other is null ? null : new JobTrigger
        {
            Kind = TriggerKind.Interval,
            Description = $"{other} (not read by Introspect yet)",
            Mechanism = other,
            Identity = identity,
            Location = location,
        });
    }

    /// <summary>A job or trigger key: <c>new JobKey(name, group)</c> (through a local), or name and group strings. "group.name", as Quartz prints keys.</summary>
    public static string? Key(DiscoveryContext context, IInvocationOperation call)
    {
        if (call.Arguments.Length == 0)
        {
            return null;
        }

        var first = call.Arguments[0];
        if (first.Parameter?.Type.SpecialType == SpecialType.System_String)
        {
            var name = context.Values.Resolve(first.Value).AsString;
            var group = call.Arguments.Length > 1 ? context.Values.Resolve(call.Arguments[1].Value).AsString : null;
            return name is null ? null : $"{group ?? "DEFAULT"}.{name}";
        }

        return KeyOf(context, first.Value);
    }

    /// <summary>The "group.name" of a JobKey or TriggerKey value: a <c>new JobKey(name, group)</c>, directly or through a local.</summary>
    public static string? KeyOf(DiscoveryContext context, IOperation value)
    {
        var creation = Expand(context, value).OfType<IObjectCreationOperation>().FirstOrDefault(candidate => candidate.Type?.Name is "JobKey" or "TriggerKey");
        if (creation is null || creation.Arguments.Length == 0)
        {
            return null;
        }

        var keyName = context.Values.Resolve(creation.Arguments[0].Value).AsString;
        var keyGroup = creation.Arguments.Length > 1 ? context.Values.Resolve(creation.Arguments[1].Value).AsString : null;
        return keyName is null ? null : $"{keyGroup ?? "DEFAULT"}.{keyName}";
    }

    /// <summary>The operation and everything under it; a local is followed to its initializer.</summary>
    public static IEnumerable<IOperation> Expand(DiscoveryContext context, IOperation root)
    {
        if (JobSymbols.Unwrap(root) is ILocalReferenceOperation local)
        {
            var initializer = local.Local.DeclaringSyntaxReferences.Select(reference => reference.GetSyntax())
                .OfType<VariableDeclaratorSyntax>().Select(declarator => declarator.Initializer?.Value).FirstOrDefault(value => value is not null);
            if (initializer is not null && context.Operation(initializer) is { } value)
            {
                return value.DescendantsAndSelf();
            }
        }

        return root.DescendantsAndSelf();
    }
}
