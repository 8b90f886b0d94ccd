using System.Collections.Immutable;
using Introspect.Analyzers.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Threading;

/// <summary>
/// INTR110: (a) a blocking wait (Thread.Sleep, Task.Wait/Result, SemaphoreSlim.Wait, WaitOne, Join...) while a
/// lock is held, in a <c>lock</c> body or between an explicit acquire and its release: every thread that needs the
/// lock queues behind the sleeper. (b) A thread-bound lock (Monitor, Mutex, ReaderWriterLockSlim, SpinLock, Lock)
/// still held at an <c>await</c>: the code after the await may run on another thread, where the release fails.
/// Code in lambdas and local functions written inside the region runs elsewhere and is not counted.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BlockingWhileHoldingLockAnalyzer : DiagnosticAnalyzer
{
    internal const string KindKey = "Kind";
    internal const string BlockingWaitKind = "BlockingWait";
    internal const string AwaitWhileHeldKind = "AwaitWhileHeld";

    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        DiagnosticIds.BlockingWhileHoldingLock,
        title: "Do not block while holding a lock, or hold a thread-bound lock across an await",
        messageFormat: "{0}; {1}",
        RuleCategories.Threading,
        DiagnosticSeverity.Warning,
        description: "A thread that sleeps or waits while it holds a lock makes every other thread that needs the lock wait as well, and can deadlock when the awaited work needs the same lock. A Monitor, Mutex, ReaderWriterLockSlim, SpinLock or Lock belongs to the thread that took it: held across an await, it is released (or not) on whatever thread the method resumes on. Move waits out of locked regions, and use SemaphoreSlim.WaitAsync/Release to serialize async code.");

    private static readonly ImmutableDictionary<string, string?> BlockingWaitProperties =
        ImmutableDictionary<string, string?>.Empty.Add(KindKey, BlockingWaitKind);

    private static readonly ImmutableDictionary<string, string?> AwaitWhileHeldProperties =
        ImmutableDictionary<string, string?>.Empty.Add(KindKey, AwaitWhileHeldKind);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var threading = ThreadingTypes.Create(start.Compilation);
            var apis = LockApis.Create(start.Compilation, threading);
            if (!apis.IsAnyLockTypeKnown)
            {
                return;
            }

            var waits = BlockingWaits.Create(start.Compilation, threading);
            start.RegisterOperationAction(operationContext => AnalyzeLockStatement(operationContext, waits, threading), OperationKind.Lock);
            start.RegisterSemanticModelAction(modelContext => LockApis.ForEachAcquireNamedCall(
                modelContext.SemanticModel,
                invocation => AnalyzeAcquire(modelContext.ReportDiagnostic, invocation, apis, waits, threading),
                modelContext.CancellationToken));
            if (threading.Lock is not null)
            {
                start.RegisterOperationAction(
                    operationContext => AnalyzeLockScope(operationContext, waits, threading),
                    OperationKind.Using,
                    OperationKind.UsingDeclaration);
            }
        });
    }

    private static void AnalyzeLockStatement(OperationAnalysisContext context, BlockingWaits waits, ThreadingTypes threading)
    {
        var lockStatement = (ILockOperation)context.Operation;
        ReportWaitsInside(context.ReportDiagnostic, waits, threading, ImmutableArray.Create(lockStatement.Body), from: 0, lockStatement.LockedValue, isLockStatement: true);
    }

    // using (_lock.EnterScope()) { ... } and using var scope = _lock.EnterScope(); on a System.Threading.Lock.
    private static void AnalyzeLockScope(OperationAnalysisContext context, BlockingWaits waits, ThreadingTypes threading)
    {
        switch (context.Operation)
        {
            case IUsingOperation { Resources: { } resources, Body: { } body } when EnteredLock(resources, threading) is { } lockObject:
                ReportWaitsInside(context.ReportDiagnostic, waits, threading, ImmutableArray.Create(body), from: 0, lockObject, isLockStatement: false);
                break;
            case IUsingDeclarationOperation declaration when EnteredLock(declaration.DeclarationGroup, threading) is { } lockObject
                && LockFlow.TryGetStatement(declaration, out _, out var siblings, out var index):
                ReportWaitsInside(context.ReportDiagnostic, waits, threading, siblings, from: index + 1, lockObject, isLockStatement: false);
                break;
        }
    }

    /// <summary>
    /// Reports the blocking waits in the statements of <paramref name="region"/> from <paramref name="from"/> on. Runs for
    /// every lock statement, so the lock's name and key are only worked out for a wait that is found.
    /// </summary>
    private static void ReportWaitsInside(
        Action<Diagnostic> report,
        BlockingWaits waits,
        ThreadingTypes threading,
        ImmutableArray<IOperation> region,
        int from,
        IOperation lockObject,
        bool isLockStatement)
    {
        var pending = new Stack<IOperation>();
        for (var index = from; index < region.Length; index++)
        {
            pending.Push(region[index]);
        }

        while (pending.Count > 0)
        {
            var operation = pending.Pop();
            if (waits.Describe(operation, out var waitedMonitor) is { } wait
                && !(isLockStatement && IsConditionWait(waitedMonitor, LockKey.From(lockObject))))
            {
                ReportBlockingWait(report, operation, wait, lockObject.Syntax.ToString());
            }

            foreach (var child in operation.ChildOperations)
            {
                // Nested functions run elsewhere; a nested lock reports its own body.
                if (child is not (IAnonymousFunctionOperation or ILocalFunctionOperation) && !IsLockScope(child, threading))
                {
                    pending.Push(child);
                }
            }
        }
    }

    /// <summary>
    /// The lock a <c>using</c> enters with <c>Lock.EnterScope()</c>, if that is what it does: the resource is the call
    /// itself or a variable it initialises. This runs for every using statement, so it looks at nothing else.
    /// </summary>
    private static IOperation? EnteredLock(IOperation resources, ThreadingTypes threading)
    {
        switch (resources)
        {
            case IInvocationOperation invocation:
                return ScopeEnteredOn(invocation, threading);
            case IVariableDeclarationGroupOperation group:
                foreach (var declaration in group.Declarations)
                {
                    foreach (var declarator in declaration.Declarators)
                    {
                        var initializer = declarator.Initializer?.Value ?? declaration.Initializer?.Value;
                        if (initializer is not null && OperationOrigin.Unwrap(initializer) is IInvocationOperation call
                            && ScopeEnteredOn(call, threading) is { } lockObject)
                        {
                            return lockObject;
                        }
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static IOperation? ScopeEnteredOn(IInvocationOperation invocation, ThreadingTypes threading) =>
        invocation is { TargetMethod.Name: "EnterScope", Instance: { } instance }
        && ThreadingTypes.Is(invocation.TargetMethod.ContainingType, threading.Lock)
            ? instance
            : null;

    private static bool IsLockScope(IOperation operation, ThreadingTypes threading) =>
        operation is ILockOperation
        || (operation is IUsingOperation { Resources: { } resources } && threading.Lock is not null && EnteredLock(resources, threading) is not null);

    private static void AnalyzeAcquire(Action<Diagnostic> report, IInvocationOperation invocation, LockApis apis, BlockingWaits waits, ThreadingTypes threading)
    {
        if (apis.Classify(invocation) is not { IsAcquire: true, IsThreadAffine: true, Key: not null })
        {
            return;
        }

        var body = FunctionLockScan.BodyAround(invocation);
        var scan = FunctionLockScan.Of(body, apis);
        if (FindCall(scan, invocation) is not { } acquire)
        {
            return;
        }

        foreach (var operation in scan.OtherOperations)
        {
            ReportIfBlockedWhileHeld(report, waits, threading, scan, acquire, operation);
        }

        foreach (var call in scan.LockCalls)
        {
            ReportIfBlockedWhileHeld(report, waits, threading, scan, acquire, call.Invocation);
        }

        foreach (var awaitPoint in scan.Awaits)
        {
            if (awaitPoint.Syntax.SpanStart > acquire.Position && HeldRegion.Holds(acquire, awaitPoint, scan))
            {
                report(Diagnostic.Create(
                    Rule,
                    invocation.Syntax.GetLocation(),
                    additionalLocations: [awaitPoint.Syntax.GetLocation()],
                    properties: AwaitWhileHeldProperties,
                    $"'{acquire.LockName}' is taken with {acquire.MethodName} and still held at an await, so the code after it can resume on another thread, where {acquire.ReleaseMethodName} throws or the lock is never released",
                    "serialize async code with SemaphoreSlim.WaitAsync and Release instead"));
                return;
            }
        }
    }

    private static void ReportIfBlockedWhileHeld(
        Action<Diagnostic> report, BlockingWaits waits, ThreadingTypes threading, FunctionLockScan scan, LockCall acquire, IOperation operation)
    {
        if (operation.Syntax.SpanStart <= acquire.Position
            || waits.Describe(operation, out var waitedMonitor) is not { } wait
            || IsConditionWait(waitedMonitor, acquire.Key)
            || IsInsideLockScope(operation, scan.Body, threading)
            || !HeldRegion.Holds(acquire, operation, scan)
            || IsHeldByLaterAcquire(scan, acquire, operation))
        {
            return;
        }

        ReportBlockingWait(report, operation, wait, acquire.LockName);
    }

    private static void ReportBlockingWait(Action<Diagnostic> report, IOperation operation, string wait, string lockName) =>
        report(Diagnostic.Create(
            Rule,
            operation.Syntax.GetLocation(),
            BlockingWaitProperties,
            $"{wait} blocks while the lock on '{lockName}' is held, so every thread that needs the lock waits as well",
            "move the wait out of the locked region"));

    // Monitor.Wait on the held lock gives the lock up while it waits: the condition-variable pattern.
    private static bool IsConditionWait(IOperation? waitedMonitor, LockKey? heldKey) =>
        waitedMonitor is not null && heldKey is not null && heldKey.Equals(LockKey.From(waitedMonitor));

    // The lock statement reports what blocks in its body; report each wait once.
    private static bool IsInsideLockScope(IOperation operation, IOperation body, ThreadingTypes threading)
    {
        for (var current = operation.Parent; current is not null && current != body; current = current.Parent)
        {
            if (IsLockScope(current, threading))
            {
                return true;
            }
        }

        return false;
    }

    // With two locks held, the innermost (latest) acquire reports the wait.
    private static bool IsHeldByLaterAcquire(FunctionLockScan scan, LockCall acquire, IOperation operation)
    {
        foreach (var call in scan.LockCalls)
        {
            if (call.IsAcquire && call.IsThreadAffine && call.Key is not null && call.Position > acquire.Position
                && call.Position < operation.Syntax.SpanStart && call.Invocation != operation && HeldRegion.Holds(call, operation, scan))
            {
                return true;
            }
        }

        return false;
    }

    private static LockCall? FindCall(FunctionLockScan scan, IInvocationOperation invocation)
    {
        foreach (var call in scan.LockCalls)
        {
            if (call.Invocation == invocation)
            {
                return call;
            }
        }

        return null;
    }
}
