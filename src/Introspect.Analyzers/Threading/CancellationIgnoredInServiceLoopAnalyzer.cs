using System.Collections.Immutable;
using Introspect.Analyzers.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Threading;

/// <summary>
/// INTR128: a job or hosted-service method that receives cancellation (BackgroundService.ExecuteAsync's stoppingToken,
/// IHostedService.StartAsync's token, a Hangfire CancellationToken/IJobCancellationToken/PerformContext, Quartz's
/// <c>context.CancellationToken</c>, Coravel's <c>ICancellableTask.Token</c>) whose long-running loop never observes any:
/// <c>while (true)</c> or a loop that awaits, with no token in its condition, its awaits or its calls. The host waits
/// for it on shutdown and then abandons it half-way; a cancelled job runs on.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CancellationIgnoredInServiceLoopAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        DiagnosticIds.CancellationIgnoredInServiceLoop,
        title: "Observe the job's cancellation token in its loop",
        messageFormat: "This loop never observes '{0}': it keeps running when the host stops or the job is cancelled; check the token in the loop condition or pass it to the awaited calls",
        RuleCategories.Threading,
        DiagnosticSeverity.Warning,
        description: "A hosted service or job receives a cancellation token so that it can stop when the host shuts down or the job is deleted. "
            + "A loop that never checks the token and awaits nothing that takes it runs on: the host waits out its shutdown timeout and then "
            + "abandons the work half-way, and a cancelled Hangfire or Quartz job keeps its worker. Loop while the token is not cancelled, "
            + "or pass it to Task.Delay, PeriodicTimer.WaitForNextTickAsync and the awaited work.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (CancellationSources.Create(start.Compilation) is not { } sources)
            {
                return;
            }

            var jobs = JobTypes.Create(start.Compilation);
            start.RegisterOperationBlockAction(block => Analyze(block, sources, jobs));
        });
    }

    private static void Analyze(OperationBlockAnalysisContext context, CancellationSources sources, JobTypes jobs)
    {
        // The parameter check is cheap and rules out most methods before the job frameworks are looked up.
        if (context.OwningSymbol is not IMethodSymbol method
            || sources.TokenOf(method) is not { } token
            || !jobs.IsJobCode(method))
        {
            return;
        }

        foreach (var body in context.OperationBlocks)
        {
            foreach (var loop in ServiceLoops.Find(body))
            {
                if (!sources.Observes(loop))
                {
                    context.ReportDiagnostic(Diagnostic.Create(Rule, ServiceLoops.KeywordLocation(loop), token));
                }
            }
        }
    }
}
