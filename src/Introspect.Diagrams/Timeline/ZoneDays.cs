namespace Introspect.Diagrams.Timeline;

/// <summary>Where a calendar day starts in a zone, as an instant.</summary>
public static class ZoneDays
{
    public static DateTimeOffset Start(TimeZoneInfo zone, DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        // Midnight that does not exist (a zone that springs forward at 00:00) starts the day later.
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    public static TimeSpan Length(TimeZoneInfo zone, DateOnly day) => Start(zone, day.AddDays(1)) - Start(zone, day);
}
