using System.Collections.Immutable;
using Introspect.Analyzers.Knowledge.Cron;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Introspect.Analyzers.JobDefinitions;

/// <summary>
/// INTR303: a fixed-time schedule whose fire time falls in a daylight-saving change of its (constant) time zone, so it
/// is moved, skipped or run twice on change days, and a Quartz fixed-time schedule given no zone, which then follows
/// the server's local zone. Schedules that run every hour or more often are left alone: the zone hardly matters there.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CronTimeZoneAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The year whose changes are checked: fixed, so a build gives the same answer on any day.</summary>
    private const int ReferenceYear = 2026;

    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        DiagnosticIds.CronTimeZoneHazard,
        title: "Cron schedule depends on daylight-saving changes or on the server's time zone",
        messageFormat: "{0} in {1}: {2}",
        RuleCategories.Jobs,
        DiagnosticSeverity.Warning,
        description: "On the spring-forward day a local time such as 02:30 does not exist, and on the fall-back day it happens twice. "
            + "Cronos (Hangfire) and Quartz run a skipped time when the clock jumps and a doubled time once; Coravel skips it in spring and runs it "
            + "twice in autumn. Quartz reads cron in the server's local zone unless InTimeZone is given, so the same code runs at different hours "
            + "on differently configured servers.");

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
        if (!reading.IsEvaluable || reading[CronFieldKind.Hour].IsAny || reading[CronFieldKind.Hour].Values().Count > 6 || reading[CronFieldKind.Minute].Values().Count > 4)
        {
            return;
        }

        var finding = site.EffectiveZone switch
        {
            CronZoneKind.ServerLocal when site.Zone == CronZoneKind.NotGiven =>
                "no InTimeZone(...) is given, so Quartz reads the fixed hours in the server's local time zone and the job runs at different times on servers configured differently; add .InTimeZone(TimeZoneInfo.FindSystemTimeZoneById(\"...\"))",
            CronZoneKind.Named when Find(site.ZoneId!) is { SupportsDaylightSavingTime: true } zone => DaylightSavingFinding(site, reading, zone),
            _ => null,
        };

        if (finding is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, site.Location, site.Written, site.Framework, finding));
        }
    }

    private static string? DaylightSavingFinding(CronCallSite site, CronReading reading, TimeZoneInfo zone)
    {
        DateTime? skipped = null;
        DateTime? doubled = null;
        for (var date = new DateTime(ReferenceYear, 1, 1); date.Year == ReferenceYear && (skipped is null || doubled is null); date = date.AddDays(1))
        {
            foreach (var time in CronOccurrences.On(reading, date))
            {
                skipped ??= zone.IsInvalidTime(time) ? time : null;
                doubled ??= zone.IsAmbiguousTime(time) ? time : null;
            }
        }

        if (skipped is null && doubled is null)
        {
            return null;
        }

        var (spring, autumn) = site.Dialect == CronDialect.Coravel
            ? ("Coravel skips that run", "Coravel runs it twice")
            : ($"{site.Framework} runs it when the clock jumps forward", $"{site.Framework} runs it once");
        var parts = new List<string>();
        if (skipped is { } gap)
        {
            parts.Add($"on {Stamp(gap)} does not exist ({spring})");
        }

        if (doubled is { } overlap)
        {
            parts.Add($"on {Stamp(overlap)} happens twice ({autumn})");
        }

        return $"it fires inside the daylight-saving change of {site.ZoneId}: {string.Join(", and ", parts)}; move it outside 02:00-03:00 local time or schedule it in UTC";
    }

    private static string Stamp(DateTime time) => time.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    private static TimeZoneInfo? Find(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException or System.Security.SecurityException or ArgumentException)
        {
            return null;
        }
    }
}
