using Microsoft.CodeAnalysis;

namespace Introspect.Analyzers.Knowledge;

/// <summary>
/// The BCL threading types the rules look for, resolved once per compilation (in a compilation-start action).
/// A null member means the compilation cannot see that type, so the rule about it has nothing to do.
/// </summary>
internal sealed class ThreadingTypes
{
    private ThreadingTypes(Compilation compilation)
    {
        INamedTypeSymbol? Get(string name) => compilation.GetTypeByMetadataName(name);

        Task = Get(WellKnownTypeNames.Task);
        TaskOfT = Get(WellKnownTypeNames.TaskOfT);
        ValueTask = Get(WellKnownTypeNames.ValueTask);
        ValueTaskOfT = Get(WellKnownTypeNames.ValueTaskOfT);
        TaskFactory = Get(WellKnownTypeNames.TaskFactory);
        TaskFactoryOfT = Get(WellKnownTypeNames.TaskFactoryOfT);
        TaskScheduler = Get(WellKnownTypeNames.TaskScheduler);
        ConfiguredTaskAwaitable = Get(WellKnownTypeNames.ConfiguredTaskAwaitable);
        ConfiguredTaskAwaitableOfT = Get(WellKnownTypeNames.ConfiguredTaskAwaitableOfT);
        ConfiguredValueTaskAwaitable = Get(WellKnownTypeNames.ConfiguredValueTaskAwaitable);
        ConfiguredValueTaskAwaitableOfT = Get(WellKnownTypeNames.ConfiguredValueTaskAwaitableOfT);
        Parallel = Get(WellKnownTypeNames.Parallel);
        CancellationToken = Get(WellKnownTypeNames.CancellationToken);
        Thread = Get(WellKnownTypeNames.Thread);
        Monitor = Get(WellKnownTypeNames.Monitor);
        SemaphoreSlim = Get(WellKnownTypeNames.SemaphoreSlim);
        ReaderWriterLockSlim = Get(WellKnownTypeNames.ReaderWriterLockSlim);
        SpinLock = Get(WellKnownTypeNames.SpinLock);
        Mutex = Get(WellKnownTypeNames.Mutex);
        WaitHandle = Get(WellKnownTypeNames.WaitHandle);
        Lock = Get(WellKnownTypeNames.Lock);
        ThreadingTimer = Get(WellKnownTypeNames.ThreadingTimer);
        TimersTimer = Get(WellKnownTypeNames.TimersTimer);
        PeriodicTimer = Get(WellKnownTypeNames.PeriodicTimer);
        Lazy = Get(WellKnownTypeNames.Lazy);
        EventArgs = Get(WellKnownTypeNames.EventArgs);
    }

    public INamedTypeSymbol? Task { get; }

    public INamedTypeSymbol? TaskOfT { get; }

    public INamedTypeSymbol? ValueTask { get; }

    public INamedTypeSymbol? ValueTaskOfT { get; }

    public INamedTypeSymbol? TaskFactory { get; }

    public INamedTypeSymbol? TaskFactoryOfT { get; }

    public INamedTypeSymbol? TaskScheduler { get; }

    public INamedTypeSymbol? ConfiguredTaskAwaitable { get; }

    public INamedTypeSymbol? ConfiguredTaskAwaitableOfT { get; }

    public INamedTypeSymbol? ConfiguredValueTaskAwaitable { get; }

    public INamedTypeSymbol? ConfiguredValueTaskAwaitableOfT { get; }

    public INamedTypeSymbol? Parallel { get; }

    public INamedTypeSymbol? CancellationToken { get; }

    public INamedTypeSymbol? Thread { get; }

    public INamedTypeSymbol? Monitor { get; }

    public INamedTypeSymbol? SemaphoreSlim { get; }

    public INamedTypeSymbol? ReaderWriterLockSlim { get; }

    public INamedTypeSymbol? SpinLock { get; }

    public INamedTypeSymbol? Mutex { get; }

    public INamedTypeSymbol? WaitHandle { get; }

    /// <summary><c>System.Threading.Lock</c>, .NET 9 and later.</summary>
    public INamedTypeSymbol? Lock { get; }

    public INamedTypeSymbol? ThreadingTimer { get; }

    public INamedTypeSymbol? TimersTimer { get; }

    public INamedTypeSymbol? PeriodicTimer { get; }

    public INamedTypeSymbol? Lazy { get; }

    public INamedTypeSymbol? EventArgs { get; }

    public static ThreadingTypes Create(Compilation compilation) => new(compilation);

    /// <summary>Task, Task&lt;T&gt; (or a type derived from them), ValueTask or ValueTask&lt;T&gt;.</summary>
    public bool IsTaskLike(ITypeSymbol? type) =>
        IsTask(type)
        || (type is INamedTypeSymbol named && (Is(named.OriginalDefinition, ValueTask) || Is(named.OriginalDefinition, ValueTaskOfT)));

    /// <summary>Task or Task&lt;T&gt; (including types derived from them), which can be blocked on.</summary>
    public bool IsTask(ITypeSymbol? type) => TypeHierarchy.DerivesFrom(type, Task) || TypeHierarchy.DerivesFrom(type, TaskOfT);

    /// <summary>Task or Task&lt;T&gt; itself, as the type that declares <c>Run</c>, <c>ContinueWith</c> or <c>FromResult</c>.</summary>
    public bool IsTaskType(ITypeSymbol? type) =>
        type is not null && (Is(type.OriginalDefinition, Task) || Is(type.OriginalDefinition, TaskOfT));

    /// <summary>Exactly Task, Task&lt;T&gt;, ValueTask or ValueTask&lt;T&gt;: the types an async method may return.</summary>
    public bool IsAsyncReturnType(ITypeSymbol? type) =>
        type is not null
        && (IsTaskType(type) || Is(type.OriginalDefinition, ValueTask) || Is(type.OriginalDefinition, ValueTaskOfT));

    /// <summary><c>task.ConfigureAwait(...)</c> of a Task or Task&lt;T&gt;.</summary>
    public bool IsConfiguredTask(ITypeSymbol? type) =>
        type is not null && (Is(type.OriginalDefinition, ConfiguredTaskAwaitable) || Is(type.OriginalDefinition, ConfiguredTaskAwaitableOfT));

    /// <summary>What a call can hand back to be awaited: a task-like type or the <c>ConfigureAwait(...)</c> form of one.</summary>
    public bool IsAwaitableTask(ITypeSymbol? type) =>
        IsTaskLike(type)
        || IsConfiguredTask(type)
        || (type is not null
            && (Is(type.OriginalDefinition, ConfiguredValueTaskAwaitable) || Is(type.OriginalDefinition, ConfiguredValueTaskAwaitableOfT)));

    /// <summary>TaskFactory or TaskFactory&lt;T&gt;, whose <c>StartNew</c> and <c>ContinueWhenAll</c> start work.</summary>
    public bool IsTaskFactory(ITypeSymbol? type) =>
        type is not null && (Is(type.OriginalDefinition, TaskFactory) || Is(type.OriginalDefinition, TaskFactoryOfT));

    public static bool Is(ITypeSymbol? type, INamedTypeSymbol? expected) =>
        expected is not null && SymbolEqualityComparer.Default.Equals(type, expected);
}
