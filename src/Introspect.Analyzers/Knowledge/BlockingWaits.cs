using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Knowledge;

/// <summary>
/// Calls that park the current thread until something else happens: Thread.Sleep, waiting on a task, a
/// semaphore, a wait handle, an event or another thread. A zero timeout only polls, so it does not count.
/// Waits on a task are <see cref="BlockingTaskCalls"/>' to recognise (the same ones INTR103 reports) and sleeps
/// <see cref="ThreadSleepCalls"/>', so every rule agrees on what blocks.
/// </summary>
internal sealed class BlockingWaits
{
    private const string ManualResetEventSlimTypeName = "System.Threading.ManualResetEventSlim";
    private const string CountdownEventTypeName = "System.Threading.CountdownEvent";

    private readonly ThreadingTypes _types;
    private readonly BlockingTaskCalls? _taskCalls;
    private readonly LazyType _manualResetEventSlim;
    private readonly LazyType _countdownEvent;

    private BlockingWaits(Compilation compilation, ThreadingTypes types)
    {
        _types = types;
        _taskCalls = BlockingTaskCalls.Create(compilation, types);
        _manualResetEventSlim = new(compilation, ManualResetEventSlimTypeName);
        _countdownEvent = new(compilation, CountdownEventTypeName);
    }

    public static BlockingWaits Create(Compilation compilation, ThreadingTypes types) => new(compilation, types);

    /// <summary>
    /// How to name the blocking call in a message (<c>Thread.Sleep</c>, <c>Task.Result</c>), or null when the
    /// operation does not block. <paramref name="waitedMonitor"/> is the object of a <c>Monitor.Wait</c>, which
    /// releases that object's lock while it waits.
    /// </summary>
    public string? Describe(IOperation operation, out IOperation? waitedMonitor)
    {
        waitedMonitor = null;
        if (_taskCalls is not null && _taskCalls.TryRecognize(operation, out var taskCall))
        {
            return taskCall.Display;
        }

        return operation is IInvocationOperation invocation ? DescribeInvocation(invocation, out waitedMonitor) : null;
    }

    private string? DescribeInvocation(IInvocationOperation invocation, out IOperation? waitedMonitor)
    {
        waitedMonitor = null;
        var method = invocation.TargetMethod;
        var type = method.ContainingType?.OriginalDefinition;
        if (type is null)
        {
            return null;
        }

        var description = method.Name switch
        {
            "Sleep" when ThreadSleepCalls.IsThreadSleep(invocation, _types.Thread) => "Thread.Sleep",
            "Join" when ThreadingTypes.Is(type, _types.Thread) => "Thread.Join",
            "Wait" when ThreadingTypes.Is(type, _types.SemaphoreSlim) || ThreadingTypes.Is(type, _manualResetEventSlim.Symbol)
                || ThreadingTypes.Is(type, _countdownEvent.Symbol) => type.Name + ".Wait",
            "WaitOne" or "WaitAll" or "WaitAny" or "SignalAndWait" when ThreadingTypes.Is(type, _types.WaitHandle) => "WaitHandle." + method.Name,
            "Wait" when ThreadingTypes.Is(type, _types.Monitor) => "Monitor.Wait",
            _ => null,
        };

        if (description == "Monitor.Wait")
        {
            waitedMonitor = InvocationArguments.At(invocation, 0)?.Value;
        }

        return description is null || Timeouts.IsZeroTimeout(invocation) ? null : description;
    }
}
