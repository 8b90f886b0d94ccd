namespace Introspect.Analyzers.Knowledge.Cron;

/// <summary>
/// One field of a cron expression as the dialect reads it: the set of values it fires on (day of week normalised to
/// 0 = Sunday .. 6 = Saturday), or not known when it uses syntax these readers do not evaluate (L, W, #, reversed ranges).
/// </summary>
internal sealed class CronField
{
    private readonly ulong _values;

    private CronField(CronFieldKind kind, string text, ulong values, bool isKnown, bool isAny)
    {
        Kind = kind;
        Text = text;
        _values = values;
        IsKnown = isKnown;
        IsAny = isAny;
    }

    public CronFieldKind Kind { get; }

    /// <summary>The field as written.</summary>
    public string Text { get; }

    /// <summary>False when the field uses syntax that is valid but not evaluated here; its values are then not known.</summary>
    public bool IsKnown { get; }

    /// <summary>Written as <c>*</c> or <c>?</c>: every value of the field, nothing restricted.</summary>
    public bool IsAny { get; }

    /// <summary>No value of the field's range matches: the expression can never fire.</summary>
    public bool IsEmpty => IsKnown && _values == 0;

    public static CronField Known(CronFieldKind kind, string text, ulong values, bool isAny = false) => new(kind, text, values, true, isAny);

    public static CronField Unknown(CronFieldKind kind, string text) => new(kind, text, 0, false, false);

    public bool Contains(int value) => !IsKnown || (value is >= 0 and < 64 && (_values & (1UL << value)) != 0);

    /// <summary>The values in ascending order; empty when not known.</summary>
    public IReadOnlyList<int> Values()
    {
        var result = new List<int>();
        for (var value = 0; value < 64 && IsKnown; value++)
        {
            if ((_values & (1UL << value)) != 0)
            {
                result.Add(value);
            }
        }

        return result;
    }

    /// <summary>A single fixed value (<c>2</c>), or null.</summary>
    public int? Single => IsKnown && _values != 0 && (_values & (_values - 1)) == 0 ? Values()[0] : null;

    public static (int Min, int Max) RangeOf(CronFieldKind kind) => kind switch
    {
        CronFieldKind.Second or CronFieldKind.Minute => (0, 59),
        CronFieldKind.Hour => (0, 23),
        CronFieldKind.DayOfMonth => (1, 31),
        CronFieldKind.Month => (1, 12),
        _ => (0, 6),
    };

    public static string NameOf(CronFieldKind kind) => kind switch
    {
        CronFieldKind.Second => "second",
        CronFieldKind.Minute => "minute",
        CronFieldKind.Hour => "hour",
        CronFieldKind.DayOfMonth => "day-of-month",
        CronFieldKind.Month => "month",
        _ => "day-of-week",
    };
}
