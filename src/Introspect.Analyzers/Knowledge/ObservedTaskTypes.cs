using Microsoft.CodeAnalysis;

namespace Introspect.Analyzers.Knowledge;

/// <summary>
/// What INTR105 counts as a task to observe, on top of <see cref="ThreadingTypes"/>, resolved once per compilation:
/// Task and Task&lt;T&gt; (and what derives from them) with their ConfigureAwait wrappers, and the calls that start
/// the work they are given.
/// </summary>
internal sealed class ObservedTaskTypes
{
    private readonly LazyType _taskContinuationOptions;

    public ObservedTaskTypes(Compilation compilation)
    {
        Threading = ThreadingTypes.Create(compilation);
        _taskContinuationOptions = new(compilation, WellKnownTypeNames.TaskContinuationOptions);
    }

    public ThreadingTypes Threading { get; }

    public INamedTypeSymbol? TaskContinuationOptions => _taskContinuationOptions.Symbol;

    /// <summary>
    /// Task, Task&lt;T&gt; or <c>task.ConfigureAwait(false)</c>. ValueTask is left out on purpose: CA2012 reports
    /// every unconsumed ValueTask, discards included.
    /// </summary>
    public bool IsObservableTask(ITypeSymbol? type) => Threading.IsTask(type) || Threading.IsConfiguredTask(type);

    /// <summary><c>Task.Run</c> or <c>TaskFactory.StartNew</c>: calls that start the delegate they are given.</summary>
    public bool StartsWork(IMethodSymbol method) =>
        (method.Name == "Run" && Threading.IsTaskType(method.ContainingType))
        || (method.Name == "StartNew" && Threading.IsTaskFactory(method.ContainingType));
}
