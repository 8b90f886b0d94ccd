using System.Collections.Immutable;
using Introspect.Analyzers.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Threading;

/// <summary>
/// INTR104: <c>Thread.Sleep</c> in async code (async or Task-returning functions) or anywhere in job and hosted-service
/// code. It holds a thread-pool thread for the whole wait and cannot be cancelled, so a stopping host waits for it.
/// Ordinary synchronous code (console tools, tests) and the <c>Sleep(0)</c>/<c>Sleep(1)</c> spin-yield idiom in
/// synchronous code are left alone.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ThreadSleepInAsyncCodeAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        DiagnosticIds.ThreadSleepInAsyncCode,
        title: "Use Task.Delay instead of Thread.Sleep in async and job code",
        messageFormat: "Thread.Sleep blocks {0} and ignores cancellation; {1}",
        RuleCategories.Threading,
        DiagnosticSeverity.Warning,
        description: "Thread.Sleep holds the calling thread for the whole wait. In async code and in jobs that thread belongs to the thread pool, "
            + "so every sleeping job takes a thread away from the work that is ready to run, and the sleep cannot be cancelled when the host stops. "
            + "await Task.Delay(delay, cancellationToken) releases the thread and stops as soon as the token is cancelled.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var types = ThreadingTypes.Create(start.Compilation);
            if (types.Thread is null || types.Task is null)
            {
                return;
            }

            var jobs = JobTypes.Create(start.Compilation);

            // Sleep calls are rare: they are found from each file's text, not with a callback for every call.
            start.RegisterSemanticModelAction(modelContext => CallSites.ForEachCall(
                modelContext.SemanticModel,
                "Sleep",
                name => name == "Sleep",
                invocation => Analyze(modelContext, invocation, types, jobs),
                modelContext.CancellationToken));
        });
    }

    private static void Analyze(SemanticModelAnalysisContext context, IInvocationOperation invocation, ThreadingTypes types, JobTypes jobs)
    {
        if (!ThreadSleepCalls.IsThreadSleep(invocation, types.Thread)
            || CallSites.ContainingMember(context.SemanticModel, invocation, context.CancellationToken) is not { } containingSymbol)
        {
            return;
        }

        var function = EnclosingFunction.Of(invocation, containingSymbol);
        if (function is null || CallerContext.IsExempt(invocation, function, containingSymbol))
        {
            return;
        }

        var (where, advice) = CallerContext.Classify(function, types, jobs) switch
        {
            CallerKind.Async => ("a thread-pool thread inside async code", "use 'await Task.Delay(delay, cancellationToken)' instead"),
            CallerKind.TaskReturning => ("a thread-pool thread inside a Task-returning function", "make it async and use 'await Task.Delay(delay, cancellationToken)'"),
            CallerKind.Job when !ThreadSleepCalls.IsYield(invocation) && !RunsOnDedicatedThread(invocation, function, types) =>
                ("a job thread", "make the job method async and use 'await Task.Delay(delay, cancellationToken)'"),
            _ => default,
        };

        if (where is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, invocation.Syntax.GetLocation(), where, advice));
        }
    }

    /// <summary>
    /// A lambda given to <c>new Thread(...)</c> or to <c>Task.Factory.StartNew(..., TaskCreationOptions.LongRunning)</c>
    /// runs on a thread of its own: sleeping there takes nothing from the pool.
    /// </summary>
    private static bool RunsOnDedicatedThread(IOperation operation, IMethodSymbol function, ThreadingTypes types)
    {
        if (function.MethodKind != MethodKind.AnonymousFunction)
        {
            return false;
        }

        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is not IAnonymousFunctionOperation lambda || !SymbolEqualityComparer.Default.Equals(lambda.Symbol, function))
            {
                continue;
            }

            var argument = (lambda.Parent is IDelegateCreationOperation creation ? creation.Parent : lambda.Parent) as IArgumentOperation;
            return argument?.Parent switch
            {
                IObjectCreationOperation threadCreation => ThreadingTypes.Is(threadCreation.Type, types.Thread),
                IInvocationOperation { TargetMethod.Name: "StartNew" } startNew => startNew.Arguments.Any(IsLongRunning),
                _ => false,
            };
        }

        return false;
    }

    private static bool IsLongRunning(IArgumentOperation argument) =>
        argument.Parameter?.Type.Name == "TaskCreationOptions"
        && argument.Value.ConstantValue is { HasValue: true, Value: int options }
        && (options & 2) != 0;
}
