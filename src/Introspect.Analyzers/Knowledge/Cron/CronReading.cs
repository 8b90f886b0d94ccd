using System.Collections.Immutable;

namespace Introspect.Analyzers.Knowledge.Cron;

/// <summary>Whether the framework's own parser accepts an expression, as far as these readers can tell.</summary>
internal enum CronValidity
{
    Valid,
    Invalid,

    /// <summary>Syntax not modelled here (macros, L/W/#, odd steps): neither accepted nor rejected by a rule.</summary>
    Unknown,
}

/// <summary>
/// A cron expression read in the dialect of its call site: whether the framework accepts it and, when accepted, its
/// six fields normalised to seconds, minutes, hours, day of month, month, day of week (0 = Sunday).
/// </summary>
internal sealed class CronReading
{
    /// <summary>Longer text is no schedule anyone wrote by hand; it is left unjudged rather than read at length.</summary>
    private const int MaximumLength = 512;

    private CronReading(string text, CronDialect dialect, CronValidity validity, string? error, bool hasSeconds, ImmutableArray<CronField> fields)
    {
        Text = text;
        Dialect = dialect;
        Validity = validity;
        Error = error;
        HasSeconds = hasSeconds;
        Fields = fields;
    }

    public string Text { get; }

    public CronDialect Dialect { get; }

    public CronValidity Validity { get; }

    /// <summary>Why the framework rejects the expression; null unless invalid.</summary>
    public string? Error { get; }

    /// <summary>Written with a seconds field (6 fields in Cronos or NCrontab, always in Quartz).</summary>
    public bool HasSeconds { get; }

    /// <summary>The six normalised fields; empty when invalid, some of them not known when unknown.</summary>
    public ImmutableArray<CronField> Fields { get; }

    public CronField this[CronFieldKind kind] => Fields[(int)kind];

    /// <summary>Every field's values are known, so the schedule can be evaluated.</summary>
    public bool IsEvaluable => Validity == CronValidity.Valid && Fields.All(static each => each.IsKnown);

    /// <summary>Quartz fires when either restricted day field matches; the others need both (measured, see docs/rules/INTR302.md).</summary>
    public bool DayFieldsAreOred => Dialect == CronDialect.Quartz;

    public static CronReading Read(string text, CronDialect dialect)
    {
        if (text.Length > MaximumLength)
        {
            return Unknown(text, dialect);
        }

        var trimmed = text.Trim();
        if (trimmed.StartsWith("@", StringComparison.Ordinal) && dialect is CronDialect.Hangfire or CronDialect.Quartz)
        {
            return Unknown(text, dialect);
        }

        // Coravel splits on single spaces: "0  2 * * *" has six parts for it, one of them empty.
        var parts = dialect == CronDialect.Coravel
            ? text.Split(' ')
            : trimmed.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        var (fewest, most) = dialect switch
        {
            CronDialect.Quartz => (6, 7),
            CronDialect.Coravel => (5, 5),
            _ => (5, 6),
        };
        if (parts.Length < fewest || parts.Length > most)
        {
            var expected = dialect switch
            {
                CronDialect.Quartz => "6 or 7 fields (seconds first, optional year)",
                CronDialect.Coravel => "exactly 5 fields separated by single spaces",
                _ => "5 fields, or 6 with seconds first",
            };
            return Invalid(text, dialect, $"it has {parts.Length} fields; {CronFieldReader.Describe(dialect)} reads {expected}");
        }

        var hasSeconds = dialect == CronDialect.Quartz || (dialect != CronDialect.Coravel && parts.Length == 6);
        var offset = hasSeconds ? 0 : 1;
        var fields = ImmutableArray.CreateBuilder<CronField>(6);
        if (!hasSeconds)
        {
            fields.Add(CronField.Known(CronFieldKind.Second, "0", 1));
        }

        for (var index = offset; index < 6; index++)
        {
            var kind = (CronFieldKind)index;
            var part = parts[index - offset];
            string? error;
            var field = dialect == CronDialect.Coravel
                ? CoravelFieldReader.Read(part, kind, out error)
                : CronFieldReader.Read(part, kind, dialect, out error);
            if (field is null)
            {
                return Invalid(text, dialect, error ?? "it cannot be read");
            }

            fields.Add(field);
        }

        if (dialect == CronDialect.Quartz && parts.Length == 7)
        {
            // A year field narrows the schedule in ways not evaluated here.
            return Unknown(text, dialect);
        }

        // A field with syntax not modelled here might still be rejected: the whole expression is then unknown.
        var read = fields.MoveToImmutable();
        var validity = read.All(static each => each.IsKnown) ? CronValidity.Valid : CronValidity.Unknown;
        return new CronReading(text, dialect, validity, null, hasSeconds, read);
    }

    /// <summary>Whether the date passes the day-of-month, month and day-of-week fields (unknown fields pass).</summary>
    public bool MatchesDate(DateTime date)
    {
        if (!this[CronFieldKind.Month].Contains(date.Month))
        {
            return false;
        }

        var dayOfMonth = this[CronFieldKind.DayOfMonth];
        var dayOfWeek = this[CronFieldKind.DayOfWeek];
        var onDay = dayOfMonth.Contains(date.Day);
        var onWeekday = dayOfWeek.Contains((int)date.DayOfWeek);
        return DayFieldsAreOred && !dayOfMonth.IsAny && !dayOfWeek.IsAny ? onDay || onWeekday : onDay && onWeekday;
    }

    private static CronReading Invalid(string text, CronDialect dialect, string error) =>
        new(text, dialect, CronValidity.Invalid, error, false, ImmutableArray<CronField>.Empty);

    private static CronReading Unknown(string text, CronDialect dialect) =>
        new(text, dialect, CronValidity.Unknown, null, false, ImmutableArray<CronField>.Empty);
}
