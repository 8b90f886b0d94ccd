using CsCheck;
using Introspect.Analyzers.Knowledge.Cron;

namespace Introspect.Analyzers.Tests.JobDefinitions;

/// <summary>
/// Proves the analyzer's own cron readers against the real parsers: what they call valid the framework accepts, what
/// they call invalid it rejects, and for evaluable schedules the fire times agree. Unknown (unmodelled syntax) is
/// allowed either way, but must stay rare for the common shapes (checked in the hand-picked cases).
/// </summary>
public sealed class CronReaderDifferentialTests
{
    private static readonly string[] FieldTokens =
    [
        "*", "?", "0", "5", "7", "13", "23", "24", "30", "31", "59", "60", "75", "*/7", "*/0", "*/15", "*/75", "5/10", "1-5", "10-5",
        "1-5/2", "0-59/7", "MON", "jan", "MON-FRI", "SUN", "L", "1#2", "5W", "H", "1,2", "1-5,7", "x", "1,15,30", "2,14", "0,7", "12",
    ];

    private static readonly DateTime Start = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static Gen<string> Expression(int fewest, int most) =>
        Gen.Int[fewest, most].SelectMany(count => Gen.Int[0, FieldTokens.Length - 1].Select(index => FieldTokens[index]).Array[count]).Select(fields => string.Join(" ", fields));

    [Theory]
    [InlineData(nameof(CronDialect.Hangfire), 5, 6)]
    [InlineData(nameof(CronDialect.NCrontab), 5, 6)]
    [InlineData(nameof(CronDialect.Quartz), 6, 6)]
    public void Generated_expressions_agree_with_the_real_parser(string dialect, int fewest, int most) =>
        Expression(fewest, most).Sample(text => AgreesWithParser(text, Enum.Parse<CronDialect>(dialect)), iter: 1500, seed: "0000cron0001");

    [Fact]
    public void Generated_expressions_agree_with_Coravel() =>
        Expression(5, 5).Sample(AgreesWithCoravel, iter: 500, seed: "0000cron0002");

    [Theory]
    [InlineData(nameof(CronDialect.Hangfire), "30 2 * * *", nameof(CronValidity.Valid))]
    [InlineData(nameof(CronDialect.Hangfire), "0 25 * * *", nameof(CronValidity.Invalid))]
    [InlineData(nameof(CronDialect.Hangfire), "H 2 * * *", nameof(CronValidity.Invalid))]
    [InlineData(nameof(CronDialect.Hangfire), "0 0 13 * 5", nameof(CronValidity.Valid))]
    [InlineData(nameof(CronDialect.Hangfire), "0 0 12 * * 1", nameof(CronValidity.Valid))]
    [InlineData(nameof(CronDialect.Hangfire), "0 0 * * 7", nameof(CronValidity.Valid))]
    [InlineData(nameof(CronDialect.Hangfire), "0 0 ? * MON-FRI", nameof(CronValidity.Valid))]
    [InlineData(nameof(CronDialect.Hangfire), "*/0 * * * *", nameof(CronValidity.Invalid))]
    [InlineData(nameof(CronDialect.Hangfire), "0 0 30 2 *", nameof(CronValidity.Valid))]
    [InlineData(nameof(CronDialect.NCrontab), "0 0 2 * * *", nameof(CronValidity.Valid))]
    [InlineData(nameof(CronDialect.NCrontab), "0 0 * * 7", nameof(CronValidity.Invalid))]
    [InlineData(nameof(CronDialect.NCrontab), "0 0 ? * 1", nameof(CronValidity.Invalid))]
    [InlineData(nameof(CronDialect.NCrontab), "0 0 * * 1#2", nameof(CronValidity.Invalid))]
    [InlineData(nameof(CronDialect.Quartz), "0 0/2 * * * ?", nameof(CronValidity.Valid))]
    [InlineData(nameof(CronDialect.Quartz), "0 0 0 13 * 5", nameof(CronValidity.Valid))]
    [InlineData(nameof(CronDialect.Quartz), "0 0 0 ? * 0", nameof(CronValidity.Invalid))]
    [InlineData(nameof(CronDialect.Coravel), "*/7 * * * *", nameof(CronValidity.Valid))]
    [InlineData(nameof(CronDialect.Coravel), "75 * * * *", nameof(CronValidity.Valid))]
    [InlineData(nameof(CronDialect.Coravel), "0  2 * * *", nameof(CronValidity.Invalid))]
    [InlineData(nameof(CronDialect.Coravel), "0 0 * * MON", nameof(CronValidity.Invalid))]
    [InlineData(nameof(CronDialect.Coravel), "5/10 * * * *", nameof(CronValidity.Invalid))]
    public void Hand_picked_expressions_read_as_the_framework_does(string dialectName, string text, string expectedName)
    {
        var dialect = Enum.Parse<CronDialect>(dialectName);
        var expected = Enum.Parse<CronValidity>(expectedName);
        var reading = CronReading.Read(text, dialect);
        Assert.Equal(expected, reading.Validity);
        if (dialect == CronDialect.Coravel)
        {
            AgreesWithCoravel(text);
        }
        else
        {
            AgreesWithParser(text, dialect);
        }
    }

    [Theory]
    [InlineData("75 * * * *")]
    [InlineData("0 25 * * *")]
    [InlineData("0 0 * * 7")]
    [InlineData("*/75 * * * *")]
    [InlineData("10-5 * * * *")]
    public void Coravel_accepts_values_that_never_fire(string text)
    {
        var reading = CronReading.Read(text, CronDialect.Coravel);
        Assert.Equal(CronValidity.Valid, reading.Validity);
        Assert.False(CronOccurrences.CanEverFire(reading));
        var isDue = CronOracles.CoravelIsDue(text);
        Assert.NotNull(isDue);
        for (var minute = Start; minute < Start.AddDays(8); minute = minute.AddMinutes(1))
        {
            Assert.False(isDue(minute), $"Coravel fired '{text}' at {minute:u}");
        }
    }

    private static void AgreesWithParser(string text, CronDialect dialect)
    {
        var reading = CronReading.Read(text, dialect);
        var next = CronOracles.Parse(text, dialect);
        switch (reading.Validity)
        {
            case CronValidity.Valid:
                Assert.True(next is not null, $"{dialect} rejects '{text}', which the reader calls valid");
                break;
            case CronValidity.Invalid:
                Assert.True(next is null, $"{dialect} accepts '{text}', which the reader rejects: {reading.Error}");
                return;
            default:
                return;
        }

        if (!reading.IsEvaluable)
        {
            return;
        }

        var mine = Next(reading, Start, 6);
        var theirs = new List<DateTime>();
        for (var from = Start; theirs.Count < mine.Count + 1 && next!(from) is { } found && found.Year < Start.Year + 30; from = found)
        {
            theirs.Add(found);
        }

        Assert.True(mine.SequenceEqual(theirs.Take(mine.Count)) && (mine.Count == 6 || theirs.Count == mine.Count),
            $"'{text}' in {dialect}: reader {string.Join(", ", mine.Select(time => time.ToString("u")))}; parser {string.Join(", ", theirs.Select(time => time.ToString("u")))}");
    }

    private static void AgreesWithCoravel(string text)
    {
        var reading = CronReading.Read(text, CronDialect.Coravel);
        var isDue = CronOracles.CoravelIsDue(text);
        switch (reading.Validity)
        {
            case CronValidity.Valid:
                Assert.True(isDue is not null, $"Coravel rejects '{text}', which the reader calls valid");
                break;
            case CronValidity.Invalid:
                // Coravel checks a list only up to the first match at construction time; the rest throws at a later tick.
                Assert.True(isDue is null || ThrowsSomeMinute(isDue), $"Coravel accepts '{text}', which the reader rejects: {reading.Error}");
                return;
            default:
                return;
        }

        if (!reading.IsEvaluable)
        {
            return;
        }

        // Every minute of two days, and midnight and the first fire time of every day of two years.
        var moments = Enumerable.Range(0, 2 * 24 * 60).Select(minute => Start.AddMinutes(minute))
            .Concat(Enumerable.Range(0, 731).SelectMany(day => new[] { Start.AddDays(day), FirstTime(reading, Start.AddDays(day)) }));
        foreach (var moment in moments)
        {
            var mine = reading.MatchesDate(moment) && reading[CronFieldKind.Hour].Contains(moment.Hour) && reading[CronFieldKind.Minute].Contains(moment.Minute);
            Assert.True(mine == isDue!(moment), $"'{text}' at {moment:u}: reader {mine}, Coravel {!mine}");
        }
    }

    private static bool ThrowsSomeMinute(Func<DateTime, bool> isDue)
    {
        try
        {
            for (var minute = Start; minute < Start.AddDays(2); minute = minute.AddMinutes(1))
            {
                isDue(minute);
            }

            return false;
        }
        catch (global::Coravel.Scheduling.Schedule.Cron.MalformedCronExpressionException)
        {
            return true;
        }
    }

    private static DateTime FirstTime(CronReading reading, DateTime date) =>
        date.AddHours(reading[CronFieldKind.Hour].Values().DefaultIfEmpty(0).First()).AddMinutes(reading[CronFieldKind.Minute].Values().DefaultIfEmpty(0).First());

    /// <summary>The reader's next occurrences after <paramref name="from"/>, searched over 30 years.</summary>
    internal static List<DateTime> Next(CronReading reading, DateTime from, int count)
    {
        var result = new List<DateTime>();
        if (!CronOccurrences.CanEverFire(reading))
        {
            return result;
        }

        for (var date = from.Date; result.Count < count && date.Year < from.Year + 30; date = date.AddDays(1))
        {
            result.AddRange(CronOccurrences.On(reading, date).Where(time => time > from).Take(count - result.Count));
        }

        return result;
    }
}
