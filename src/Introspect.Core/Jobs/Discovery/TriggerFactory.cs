using System.Collections.Immutable;
using Introspect.Core.Jobs.Triggers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Core.Jobs.Discovery;

/// <summary>The time zone a schedule runs in, and where that came from.</summary>
internal sealed record ZoneChoice(string? Id, TimeZoneSource Source, ImmutableArray<ConfigurationValue> Configuration)
{
    public static ZoneChoice Utc { get; } = new(null, TimeZoneSource.FrameworkDefaultUtc, []);

    public static ZoneChoice ServerLocal { get; } = new(null, TimeZoneSource.ServerLocal, []);
}

/// <summary>Builds the triggers that need parsing and resolving: cron schedules (with next runs) and time zones.</summary>
internal static class TriggerFactory
{
    public static ZoneChoice Zone(DiscoveryContext context, IOperation? zone, ZoneChoice fallback)
    {
        if (zone is null)
        {
            return fallback;
        }

        if (JobSymbols.Unwrap(zone) is IPropertyReferenceOperation { Property.ContainingType: { } type } property && type.ToDisplayString() == "System.TimeZoneInfo")
        {
            return property.Property.Name switch
            {
                "Utc" => new ZoneChoice("UTC", TimeZoneSource.Explicit, []),
                "Local" => ZoneChoice.ServerLocal,
                _ => new ZoneChoice(null, TimeZoneSource.Unknown, []),
            };
        }

        var value = context.Values.Resolve(zone);
        return value.AsString is { } id
            ? new ZoneChoice(id, value.Configuration.IsEmpty ? TimeZoneSource.Explicit : TimeZoneSource.Configuration, value.Configuration)
            : new ZoneChoice(null, value.Configuration.IsEmpty ? TimeZoneSource.Unknown : TimeZoneSource.Configuration, value.Configuration);
    }

    public static JobTrigger Cron(DiscoveryContext context, ResolvedValue expression, CronDialect dialect, ZoneChoice zone, SourceLocation location) =>
        Cron(context.Options, expression, dialect, zone, location);

    public static JobTrigger Cron(DiscoveryOptions options, ResolvedValue expression, CronDialect dialect, ZoneChoice zone, SourceLocation location)
    {
        var configuration = expression.Configuration.AddRange(zone.Configuration);
        if (expression.AsString is not { } text)
        {
            var from = expression.Configuration.IsEmpty ? $"'{expression.Text}'" : $"configuration key {expression.Configuration[0].Key}";
            return new JobTrigger
            {
                Kind = TriggerKind.Cron,
                Description = $"cron schedule read from {from} (not known until run time)",
                TimeZone = zone.Id,
                TimeZoneSource = zone.Source,
                Configuration = configuration,
                Location = location,
            };
        }

        var parsed = CronParser.Parse(text, dialect);
        var timeZone = Find(zone.Id) ?? TimeZoneInfo.Utc;
        var description = CronDescriber.Describe(parsed) + ZoneSuffix(zone);
        if (!parsed.Schedule.IsValid)
        {
            description = $"{description}: {parsed.Schedule.Error}";
        }

        return new JobTrigger
        {
            Kind = TriggerKind.Cron,
            Description = description,
            Cron = parsed.Schedule,
            TimeZone = zone.Id,
            TimeZoneSource = zone.Source,
            Configuration = configuration,
            NextRuns = parsed.NextOccurrences(options.Now, timeZone, options.NextRunCount),
            Location = location,
        };
    }

    public static JobTrigger Interval(ResolvedValue interval, string mechanism, SourceLocation location, string? suffix = null)
    {
        var span = interval.AsTimeSpan;
        var every = span is { } known ? Durations.Every(known) : $"every '{interval.Text}' (not known until run time)";
        return new JobTrigger
        {
            Kind = TriggerKind.Interval,
            Description = $"{every} ({mechanism}){suffix}",
            Interval = span,
            Mechanism = mechanism,
            Configuration = interval.Configuration,
            Location = location,
        };
    }

    public static TimeZoneInfo? Find(string? id) =>
        id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;

    private static string ZoneSuffix(ZoneChoice zone) => zone.Source switch
    {
        _ when zone.Id is not null => $" ({zone.Id})",
        TimeZoneSource.FrameworkDefaultUtc => " (UTC)",
        TimeZoneSource.ServerLocal => " (server local time)",
        _ => " (time zone not known)",
    };
}
