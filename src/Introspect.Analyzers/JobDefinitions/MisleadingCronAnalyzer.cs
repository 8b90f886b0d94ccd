using System.Collections.Immutable;
using Introspect.Analyzers.Knowledge.Cron;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Introspect.Analyzers.JobDefinitions;

/// <summary>
/// INTR302: a cron schedule the framework accepts that almost certainly does not mean what was written: a date that
/// never comes (30 February), <c>*</c> minutes under a fixed hour, <c>*</c> seconds in a 6-field Cronos/NCrontab
/// string, a step that does not divide its range, day of month and day of week both restricted, and numeric days of
/// week whose meaning differs between dialects. One finding per schedule, the most serious first.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MisleadingCronAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        DiagnosticIds.MisleadingCron,
        title: "Cron expression is valid but probably not what was meant",
        messageFormat: "{0} in {1}: {2}",
        RuleCategories.Jobs,
        DiagnosticSeverity.Warning,
        description: "Cron is terse and the dialects disagree: '* 2 * * *' runs sixty times, '*/7' restarts at every hour, day-of-month and "
            + "day-of-week together mean AND in Cronos, NCrontab and Coravel but OR in Quartz, and day 1 of the week is Monday in Cronos but Sunday "
            + "in Quartz. The message says what the schedule really does in the call site's framework.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start => CronCallSites.Register(start, Analyze));
    }

    private static void Analyze(SyntaxNodeAnalysisContext context, CronCallSite site)
    {
        var reading = CronReading.Read(site.Text, site.Dialect);
        if (reading.Validity == CronValidity.Invalid || reading.Fields.IsEmpty || reading.Fields.Any(static field => field.IsEmpty))
        {
            return;
        }

        if (Finding(site, reading) is { } finding)
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, site.Location, site.Written, site.Framework, finding));
        }
    }

    internal static string? Finding(CronCallSite site, CronReading reading) =>
        NeverComes(site, reading)
        ?? EveryMinuteOfFixedHour(reading)
        ?? EverySecond(reading)
        ?? UnevenStep(site, reading)
        ?? BothDayFields(reading)
        ?? DayOfWeekNumbers(reading);

    private static string? NeverComes(CronCallSite site, CronReading reading)
    {
        if (!reading.IsEvaluable || site.Helper?.StartsWith("Cron.Never", StringComparison.Ordinal) == true || CronOccurrences.CanEverFire(reading))
        {
            return null;
        }

        var consequence = site.Dialect switch
        {
            CronDialect.Hangfire => "Hangfire accepts it and never runs the job",
            CronDialect.Quartz => "Quartz refuses to schedule a trigger that will never fire",
            CronDialect.NCrontab => "NCrontab throws when the host computes the next occurrence",
            _ => "Coravel accepts it and never runs the job",
        };
        return $"day {reading[CronFieldKind.DayOfMonth].Text} never comes in month {reading[CronFieldKind.Month].Text}; {consequence}";
    }

    private static string? EveryMinuteOfFixedHour(CronReading reading)
    {
        var second = reading[CronFieldKind.Second];
        var minute = reading[CronFieldKind.Minute];
        var hour = reading[CronFieldKind.Hour];
        if (!minute.IsAny || hour.IsAny || !hour.IsKnown || second.Single is null || hour.Values().Count > 12)
        {
            return null;
        }

        var first = hour.Values()[0];
        return $"'*' in the minute field under a fixed hour runs {CronWording.EveryMinuteDuring(hour)}, not once; for once at {CronWording.Clock(first, 0)} write 0 in the minute field";
    }

    private static string? EverySecond(CronReading reading) =>
        reading.HasSeconds && reading.Dialect is CronDialect.Hangfire or CronDialect.NCrontab && reading[CronFieldKind.Second].IsAny
            ? "with 6 fields the first is seconds, so '*' there runs the job every second of each matching minute; write 0 for once a minute, or drop the seconds field"
            : null;

    private static string? UnevenStep(CronCallSite site, CronReading reading)
    {
        foreach (var kind in new[] { CronFieldKind.Second, CronFieldKind.Minute, CronFieldKind.Hour, CronFieldKind.Month })
        {
            var field = reading[kind];
            var slash = field.Text.IndexOf('/');
            var start = slash < 0 ? null : field.Text.Substring(0, slash);
            if (!field.IsKnown || start is null || field.Text.IndexOf(',') >= 0
                || !(start is "*" or "0" || (start == "1" && kind == CronFieldKind.Month))
                || CronFieldReader.Number(field.Text.Substring(slash + 1)) is not { } step || step < 2)
            {
                continue;
            }

            var (min, max) = CronField.RangeOf(kind);
            var size = max - min + 1;
            var values = field.Values();
            if (values.Count == 0)
            {
                continue;
            }

            var gap = values[0] + size - values[values.Count - 1];
            var name = CronField.NameOf(kind);
            if (site.Dialect == CronDialect.Coravel)
            {
                return $"Coravel reads '{field.Text}' as {name}s divisible by {step}, counting {min} as {size}: it fires at {name}s {CronWording.List(values)}, so the wrap-around gap is {gap}, not {step}";
            }

            if (size % step != 0)
            {
                return $"'{field.Text}' does not divide the {size} {name}s: it fires at {name}s {CronWording.List(values)} and starts again at {values[0]}, so the wrap-around gap is {gap}, not {step}";
            }
        }

        return null;
    }

    private static string? BothDayFields(CronReading reading)
    {
        var dayOfMonth = reading[CronFieldKind.DayOfMonth];
        var dayOfWeek = reading[CronFieldKind.DayOfWeek];
        if (dayOfMonth.IsAny || dayOfWeek.IsAny)
        {
            return null;
        }

        return reading.DayFieldsAreOred
            ? $"day of month '{dayOfMonth.Text}' and day of week '{dayOfWeek.Text}' are both restricted; Quartz fires on days matching either (OR), not only days matching both"
            : $"day of month '{dayOfMonth.Text}' and day of week '{dayOfWeek.Text}' are both restricted; {CronFieldReader.Describe(reading.Dialect)} fires only on days matching both (AND), unlike Unix cron and Quartz (OR)";
    }

    private static string? DayOfWeekNumbers(CronReading reading)
    {
        var dayOfWeek = reading[CronFieldKind.DayOfWeek];
        if (dayOfWeek.IsAny || !HasDigit(dayOfWeek.Text))
        {
            return null;
        }

        if (reading.Dialect == CronDialect.Quartz)
        {
            return $"Quartz numbers days of week 1-7 from Sunday, so '{dayOfWeek.Text}' means {Days(dayOfWeek)} here but not in Cronos or Unix cron (0-6 from Sunday); write day names (MON-FRI)";
        }

        // A Quartz-style '?' in a Cronos string suggests it was copied from Quartz, where the numbers mean other days.
        return reading.Dialect == CronDialect.Hangfire && reading.Text.IndexOf('?') >= 0
            ? $"Cronos numbers days of week 0-7 with 0 and 7 Sunday, so '{dayOfWeek.Text}' means {Days(dayOfWeek)} here, a day later than in Quartz, whose '?' this string uses; write day names (MON-FRI)"
            : null;
    }

    private static string Days(CronField dayOfWeek)
    {
        string[] names = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
        return dayOfWeek.IsKnown ? string.Join(", ", dayOfWeek.Values().Select(day => names[day])) : $"'{dayOfWeek.Text}'";
    }

    private static bool HasDigit(string text) => text.Any(static character => character is >= '0' and <= '9');
}
