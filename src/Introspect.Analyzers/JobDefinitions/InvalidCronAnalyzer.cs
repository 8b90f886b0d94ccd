using System.Collections.Immutable;
using Introspect.Analyzers.Knowledge.Cron;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Introspect.Analyzers.JobDefinitions;

/// <summary>
/// INTR301: a constant cron schedule that the call site's framework rejects (Hangfire/Cronos 0.11, NCrontab for Azure
/// Functions, Coravel), or that Coravel accepts but can never fire (minute 75, hour 24, day of week 7). Quartz cron
/// parsing is left to Quartz's own analyzer QZ0001.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InvalidCronAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        DiagnosticIds.InvalidCron,
        title: "Cron expression the framework rejects or can never fire",
        messageFormat: "{0} is not a schedule {1} can run: {2}; {3}",
        RuleCategories.Jobs,
        DiagnosticSeverity.Warning,
        description: "The scheduler parses cron text when the job is registered, at start-up, or never fires it at all (Coravel checks values only "
            + "when it asks whether a minute is due). Each dialect is read with its own rules: Hangfire 1.8's embedded Cronos 0.11, NCrontab for Azure "
            + "Functions timer triggers, and Coravel's own parser. Quartz cron strings are checked by Quartz's analyzer QZ0001.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start => CronCallSites.Register(start, Analyze));
    }

    private static void Analyze(SyntaxNodeAnalysisContext context, CronCallSite site)
    {
        if (site.Dialect == CronDialect.Quartz)
        {
            return;
        }

        var reading = CronReading.Read(site.Text, site.Dialect);
        if (reading.Validity == CronValidity.Invalid)
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, site.Location, site.Written, site.Framework, reading.Error, Consequence(site.Dialect)));
            return;
        }

        if (site.Dialect == CronDialect.Coravel && reading.Fields.FirstOrDefault(static field => field.IsEmpty) is { } empty)
        {
            var (min, max) = CronField.RangeOf(empty.Kind);
            var why = $"the {CronField.NameOf(empty.Kind)} field '{empty.Text}' matches no {CronField.NameOf(empty.Kind)} {min}-{max}";
            context.ReportDiagnostic(Diagnostic.Create(Rule, site.Location, site.Written, site.Framework, why, "Coravel accepts it without an error and never runs the job"));
        }
    }

    private static string Consequence(CronDialect dialect) => dialect switch
    {
        CronDialect.Hangfire => "AddOrUpdate throws when the job is registered",
        CronDialect.NCrontab => "the Functions host fails to index the function",
        _ => "Coravel throws when the schedule is built or at a later tick",
    };
}
