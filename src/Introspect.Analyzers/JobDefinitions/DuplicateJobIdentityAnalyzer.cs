using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Introspect.Analyzers.JobDefinitions;

/// <summary>
/// INTR305: two job definitions with the same identity in one compilation: a Hangfire recurring job id given to two
/// <c>AddOrUpdate</c> calls, a Quartz job key or trigger key defined twice, a Coravel <c>PreventOverlapping</c> id shared
/// by two different jobs. Definitions in exclusive branches (<c>if</c>/<c>else</c>, <c>switch</c>) are alternatives, not
/// duplicates. Reported at the later definition, with the earlier one as a second location.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DuplicateJobIdentityAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        DiagnosticIds.DuplicateJobIdentity,
        title: "Give every recurring job its own id",
        messageFormat: "{0}; {1}",
        RuleCategories.Jobs,
        DiagnosticSeverity.Warning,
        description: "Hangfire's AddOrUpdate creates or replaces the recurring job with the given id, so a second AddOrUpdate with the "
            + "same id silently replaces the first job, its method and its schedule. Quartz keeps one job per JobKey and one trigger per "
            + "TriggerKey: a second definition replaces the first (or fails at start-up when overwriting is off). Coravel's "
            + "PreventOverlapping id names a mutex: two different jobs sharing it skip their runs whenever the other is running.",
        WellKnownDiagnosticTags.CompilationEnd);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (start.Compilation.GetTypeByMetadataName("Hangfire.RecurringJob") is null
                && start.Compilation.GetTypeByMetadataName("Coravel.Scheduling.Schedule.Interfaces.IScheduler") is null
                && start.Compilation.GetTypeByMetadataName("Quartz.IJob") is null)
            {
                return;
            }

            var registrations = new JobRegistrations();
            start.RegisterSemanticModelAction(registrations.Read);
            start.RegisterCompilationEndAction(end => Report(end, registrations));
        });
    }

    private static void Report(CompilationAnalysisContext context, JobRegistrations registrations)
    {
        ReportDuplicates(
            context,
            registrations.Hangfire.Where(job => job.Id is not null).Select(job => (job.Id!, job.Location, job.JobMethod?.Name ?? "a job")),
            (id, _) => $"the recurring Hangfire job id '{id}' is also used by the AddOrUpdate at {{0}}; the later call silently replaces that job, its method and its schedule",
            "give each recurring job its own id (or remove the stale registration)");
        ReportDuplicates(
            context,
            registrations.QuartzJobs.Where(job => job.Key is not null).Select(job => (job.Key!, job.Location, job.JobType.Name)),
            (key, _) => $"the Quartz job key {Display(key)} is also defined at {{0}}; Quartz keeps one job per key, so one definition replaces the other",
            "give each job its own key (WithIdentity)");
        ReportDuplicates(
            context,
            registrations.QuartzTriggers.Where(trigger => trigger.TriggerKey is not null).Select(trigger => (trigger.TriggerKey!, trigger.Location, trigger.JobKey ?? "")),
            (key, _) => $"the Quartz trigger key {Display(key)} is also defined at {{0}}; Quartz keeps one trigger per key, so one schedule replaces the other",
            "give each trigger its own key (WithIdentity)");

        // Coravel: the same job scheduled twice under one id is the point of the id; two different jobs sharing it are not.
        foreach (var group in registrations.Coravel.Where(job => job.OverlapId is not null).GroupBy(job => job.OverlapId!, StringComparer.Ordinal))
        {
            var ordered = Ordered(group.Select(job => (job.OverlapId!, job.Location, job.JobName)));
            for (var i = 1; i < ordered.Count; i++)
            {
                var earlier = ordered.Take(i).FirstOrDefault(other => other.Job != ordered[i].Job && !ExclusiveBranches.AreExclusive(other.Location, ordered[i].Location, context.CancellationToken));
                if (earlier.Location is not null)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        Rule,
                        ordered[i].Location,
                        [earlier.Location],
                        $"the Coravel PreventOverlapping id '{group.Key}' of {ordered[i].Job} is also the id of {earlier.Job} at {Where(earlier.Location)}; the two jobs share one mutex and skip their runs while the other runs",
                        "give each scheduled job its own PreventOverlapping id"));
                }
            }
        }
    }

    private static void ReportDuplicates(
        CompilationAnalysisContext context,
        IEnumerable<(string Key, Location Location, string Job)> definitions,
        Func<string, string, string> message,
        string fix)
    {
        foreach (var group in definitions.GroupBy(definition => definition.Key, StringComparer.Ordinal))
        {
            var ordered = Ordered(group);
            for (var i = 1; i < ordered.Count; i++)
            {
                var earlier = ordered.Take(i).FirstOrDefault(other => !ExclusiveBranches.AreExclusive(other.Location, ordered[i].Location, context.CancellationToken));
                if (earlier.Location is null)
                {
                    continue;
                }

                context.ReportDiagnostic(Diagnostic.Create(
                    Rule,
                    ordered[i].Location,
                    [earlier.Location],
                    message(group.Key, ordered[i].Job).Replace("{0}", Where(earlier.Location)),
                    fix));
            }
        }
    }

    private static List<(string Key, Location Location, string Job)> Ordered(IEnumerable<(string Key, Location Location, string Job)> definitions) =>
        definitions
            .GroupBy(definition => (definition.Location.SourceTree?.FilePath, definition.Location.SourceSpan))
            .Select(same => same.First())
            .OrderBy(definition => definition.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(definition => definition.Location.SourceSpan.Start)
            .ToList();

    private static string Where(Location location)
    {
        var span = location.GetLineSpan();
        return Path.GetFileName(span.Path) + ":" + (span.StartLinePosition.Line + 1).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>"name/group" for constant keys; the variable's name for a key held in a variable.</summary>
    private static string Display(string key) =>
        key.StartsWith("@", StringComparison.Ordinal) ? $"in '{key.Substring(1, key.IndexOf('@', 1) - 1)}'" : $"'{key}'";
}
