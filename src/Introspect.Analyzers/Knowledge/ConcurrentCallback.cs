using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Knowledge;

/// <summary>How a lambda comes to run concurrently, which decides what it shares with whom.</summary>
internal enum ConcurrencyKind
{
    /// <summary>A Parallel.For/ForEach/ForEachAsync body or a PLINQ lambda: copies of it run on several threads at once.</summary>
    ParallelBody,

    /// <summary>An async lambda of <c>items.Select(async ...)</c> whose tasks go to <c>Task.WhenAll</c>: the tasks overlap.</summary>
    ConcurrentTasks,

    /// <summary>A timer callback: runs on the thread pool, alongside other code and (with a period) alongside itself.</summary>
    TimerCallback,

    /// <summary>Task.Run, StartNew, a new Thread, QueueUserWorkItem: runs alongside the code that started it.</summary>
    StartedWork,
}

/// <summary>A lambda (or method group) that runs concurrently, with the API that runs it (for messages).</summary>
internal sealed class ConcurrentCallback(IOperation callback, IMethodSymbol symbol, IOperation? body, ConcurrencyKind kind, string runner, bool isRepeated)
{
    /// <summary>The lambda or method reference passed to the concurrent API.</summary>
    public IOperation Callback { get; } = callback;

    /// <summary>The function that runs: the lambda's symbol, or the referenced method.</summary>
    public IMethodSymbol Symbol { get; } = symbol;

    /// <summary>The code that runs concurrently; null only while a method group's body is not looked up yet.</summary>
    public IOperation? Body { get; } = body;

    public ConcurrencyKind Kind { get; } = kind;

    /// <summary>How a reader names the code: "Parallel.ForEach body", "Task.Run lambda", "timer callback".</summary>
    public string Runner { get; } = runner;

    /// <summary>
    /// Whether several copies of the lambda run at once. A single started task shares the instance's fields with the
    /// rest of the class, but the captured locals of its caller only when the start is repeated (a loop).
    /// </summary>
    public bool IsRepeated { get; } = isRepeated;

    /// <summary>Whether state reached as <paramref name="kind"/> is used by more than one thread at a time.</summary>
    public bool Shares(SharedKind kind) => kind switch
    {
        SharedKind.Member => true,
        SharedKind.Captured => IsRepeated,
        _ => false,
    };

    public ConcurrentCallback WithBody(IMethodSymbol method, IOperation methodBody) =>
        new(Callback, method, methodBody, Kind, Runner, IsRepeated);
}
