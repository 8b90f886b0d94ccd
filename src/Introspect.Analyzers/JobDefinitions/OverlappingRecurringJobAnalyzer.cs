using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Introspect.Analyzers.JobDefinitions;

/// <summary>
/// INTR304: a recurring job that fires more than once a day, writes state that outlives the run (a table, a file, a
/// static field, a remote resource; see <see cref="SharedStateWrites"/>) and has no guard of its framework against a
/// second run starting while the first still works: Hangfire <c>[DisableConcurrentExecution]</c> or a distributed
/// lock, Coravel <c>PreventOverlapping</c>, Quartz <c>[DisallowConcurrentExecution]</c>. Definitions and writes are
/// collected file by file and joined when the compilation ends.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class OverlappingRecurringJobAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        DiagnosticIds.OverlappingRecurringJob,
        title: "Keep a frequent recurring job that writes shared state from overlapping itself",
        messageFormat: "{0}; {1}",
        RuleCategories.Jobs,
        DiagnosticSeverity.Warning,
        description: "Hangfire, Coravel and Quartz start the next run of a recurring job when its time comes, whether or not the "
            + "previous run has finished (and Hangfire retries a failed run while later ones start). A job that fires several times "
            + "a day and writes a table, a file, a static field or a remote resource then runs twice at once when one run is slow: "
            + "rows are updated twice, files are overwritten half-written, remote calls are repeated. Add the framework's guard: "
            + "[DisableConcurrentExecution] for Hangfire, .PreventOverlapping(\"id\") for Coravel, [DisallowConcurrentExecution] for Quartz.",
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
            var writes = new SharedStateWrites();
            start.RegisterSemanticModelAction(registrations.Read);
            start.RegisterOperationBlockAction(writes.Record);
            start.RegisterCompilationEndAction(end => Report(end, registrations, writes));
        });
    }

    private static void Report(CompilationAnalysisContext context, JobRegistrations registrations, SharedStateWrites writes)
    {
        var reported = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var job in registrations.Hangfire.OrderBy(job => job.Location.SourceSpan.Start).ThenBy(job => job.Location.SourceTree?.FilePath, StringComparer.Ordinal))
        {
            if (job is { Frequency: Frequency.MoreThanDaily, JobMethod: { } method }
                && method.Locations.FirstOrDefault(location => location.IsInSource) is { } at
                && !OverlapGuardAttributes.IsGuarded(method, job.JobType)
                && !writes.AcquiresLock(method)
                && writes.WriteOf(method) is { } write
                && reported.Add(method))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Rule,
                    at,
                    [job.Location],
                    $"the recurring Hangfire job {Quoted(job.Id)}runs {method.Name} on {job.Schedule}, several times a day, and {method.Name} {write}; nothing stops a second run while one is still working",
                    $"add [DisableConcurrentExecution(timeoutInSeconds: ...)] to {method.Name} (or take a distributed lock in it)"));
            }
        }

        foreach (var job in registrations.Coravel.OrderBy(job => job.Location.SourceTree?.FilePath, StringComparer.Ordinal).ThenBy(job => job.Location.SourceSpan.Start))
        {
            if (job is not { Frequency: Frequency.MoreThanDaily, PreventsOverlapping: false })
            {
                continue;
            }

            var write = job.LambdaWrites is { } lambda ? writes.WriteOf(lambda) : InvokeOf(job.Invocable) is { } invoke ? writes.WriteOf(invoke) : null;
            if (write is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Rule,
                    job.Location,
                    $"the Coravel schedule of {job.JobName} fires several times a day and the job {write}; Coravel starts the next run even while the previous one is still working",
                    "add .PreventOverlapping(\"<unique id>\") to the schedule"));
            }
        }

        ReportQuartz(context, registrations, writes, reported);
    }

    private static void ReportQuartz(CompilationAnalysisContext context, JobRegistrations registrations, SharedStateWrites writes, HashSet<ISymbol> reported)
    {
        var triggers = registrations.QuartzTriggers.Where(trigger => trigger.JobKey is not null).ToLookup(trigger => trigger.JobKey!, StringComparer.Ordinal);
        foreach (var job in registrations.QuartzJobs.OrderBy(job => job.Location.SourceTree?.FilePath, StringComparer.Ordinal).ThenBy(job => job.Location.SourceSpan.Start))
        {
            var frequent = job.Frequency == Frequency.MoreThanDaily
                || (job.Key is { } key && triggers[key].Any(trigger => trigger.Frequency == Frequency.MoreThanDaily));
            if (!frequent
                || OverlapGuardAttributes.IsGuarded(null, job.JobType)
                || ExecuteOf(job.JobType) is not { } execute
                || execute.Locations.FirstOrDefault(location => location.IsInSource) is not { } at
                || writes.WriteOf(execute) is not { } write
                || !reported.Add(execute))
            {
                continue;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                Rule,
                at,
                [job.Location],
                $"the Quartz job {job.JobType.Name} is triggered several times a day and {execute.Name} {write}; without [DisallowConcurrentExecution] Quartz starts a second run while one is still working",
                $"add [DisallowConcurrentExecution] to {job.JobType.Name}"));
        }
    }

    private static IMethodSymbol? InvokeOf(INamedTypeSymbol? invocable) =>
        invocable?.GetMembers("Invoke").OfType<IMethodSymbol>().FirstOrDefault(method => method.Parameters.IsEmpty);

    private static IMethodSymbol? ExecuteOf(INamedTypeSymbol type) =>
        type.GetMembers("Execute").OfType<IMethodSymbol>().FirstOrDefault(method => method.Parameters.Length > 0 && method.Parameters[0].Type.Name == "IJobExecutionContext");

    private static string Quoted(string? id) => id is null ? "" : $"'{id}' ";
}
