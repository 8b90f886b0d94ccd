using Microsoft.CodeAnalysis;

namespace Introspect.Analyzers.Knowledge;

/// <summary>
/// The BCL threading types the rules look for, created once per compilation (in a compilation-start action) and
/// each looked up the first time a rule asks for it (see <see cref="LazyType"/>). A null member means the
/// compilation cannot see that type, so the rule about it has nothing to do.
/// </summary>
internal sealed class ThreadingTypes
{
    private readonly LazyType _task;
    private readonly LazyType _taskOfT;
    private readonly LazyType _valueTask;
    private readonly LazyType _valueTaskOfT;
    private readonly LazyType _taskFactory;
    private readonly LazyType _taskFactoryOfT;
    private readonly LazyType _taskScheduler;
    private readonly LazyType _configuredTaskAwaitable;
    private readonly LazyType _configuredTaskAwaitableOfT;
    private readonly LazyType _configuredValueTaskAwaitable;
    private readonly LazyType _configuredValueTaskAwaitableOfT;
    private readonly LazyType _parallel;
    private readonly LazyType _cancellationToken;
    private readonly LazyType _thread;
    private readonly LazyType _monitor;
    private readonly LazyType _semaphoreSlim;
    private readonly LazyType _readerWriterLockSlim;
    private readonly LazyType _spinLock;
    private readonly LazyType _mutex;
    private readonly LazyType _waitHandle;
    private readonly LazyType _lock;
    private readonly LazyType _threadingTimer;
    private readonly LazyType _timersTimer;
    private readonly LazyType _periodicTimer;
    private readonly LazyType _lazy;
    private readonly LazyType _eventArgs;

    private ThreadingTypes(Compilation compilation)
    {
        _task = new(compilation, WellKnownTypeNames.Task);
        _taskOfT = new(compilation, WellKnownTypeNames.TaskOfT);
        _valueTask = new(compilation, WellKnownTypeNames.ValueTask);
        _valueTaskOfT = new(compilation, WellKnownTypeNames.ValueTaskOfT);
        _taskFactory = new(compilation, WellKnownTypeNames.TaskFactory);
        _taskFactoryOfT = new(compilation, WellKnownTypeNames.TaskFactoryOfT);
        _taskScheduler = new(compilation, WellKnownTypeNames.TaskScheduler);
        _configuredTaskAwaitable = new(compilation, WellKnownTypeNames.ConfiguredTaskAwaitable);
        _configuredTaskAwaitableOfT = new(compilation, WellKnownTypeNames.ConfiguredTaskAwaitableOfT);
        _configuredValueTaskAwaitable = new(compilation, WellKnownTypeNames.ConfiguredValueTaskAwaitable);
        _configuredValueTaskAwaitableOfT = new(compilation, WellKnownTypeNames.ConfiguredValueTaskAwaitableOfT);
        _parallel = new(compilation, WellKnownTypeNames.Parallel);
        _cancellationToken = new(compilation, WellKnownTypeNames.CancellationToken);
        _thread = new(compilation, WellKnownTypeNames.Thread);
        _monitor = new(compilation, WellKnownTypeNames.Monitor);
        _semaphoreSlim = new(compilation, WellKnownTypeNames.SemaphoreSlim);
        _readerWriterLockSlim = new(compilation, WellKnownTypeNames.ReaderWriterLockSlim);
        _spinLock = new(compilation, WellKnownTypeNames.SpinLock);
        _mutex = new(compilation, WellKnownTypeNames.Mutex);
        _waitHandle = new(compilation, WellKnownTypeNames.WaitHandle);
        _lock = new(compilation, WellKnownTypeNames.Lock);
        _threadingTimer = new(compilation, WellKnownTypeNames.ThreadingTimer);
        _timersTimer = new(compilation, WellKnownTypeNames.TimersTimer);
        _periodicTimer = new(compilation, WellKnownTypeNames.PeriodicTimer);
        _lazy = new(compilation, WellKnownTypeNames.Lazy);
        _eventArgs = new(compilation, WellKnownTypeNames.EventArgs);
    }

    public INamedTypeSymbol? Task => _task.Symbol;

    public INamedTypeSymbol? TaskOfT => _taskOfT.Symbol;

    public INamedTypeSymbol? ValueTask => _valueTask.Symbol;

    public INamedTypeSymbol? ValueTaskOfT => _valueTaskOfT.Symbol;

    public INamedTypeSymbol? TaskFactory => _taskFactory.Symbol;

    public INamedTypeSymbol? TaskFactoryOfT => _taskFactoryOfT.Symbol;

    public INamedTypeSymbol? TaskScheduler => _taskScheduler.Symbol;

    public INamedTypeSymbol? ConfiguredTaskAwaitable => _configuredTaskAwaitable.Symbol;

    public INamedTypeSymbol? ConfiguredTaskAwaitableOfT => _configuredTaskAwaitableOfT.Symbol;

    public INamedTypeSymbol? ConfiguredValueTaskAwaitable => _configuredValueTaskAwaitable.Symbol;

    public INamedTypeSymbol? ConfiguredValueTaskAwaitableOfT => _configuredValueTaskAwaitableOfT.Symbol;

    public INamedTypeSymbol? Parallel => _parallel.Symbol;

    public INamedTypeSymbol? CancellationToken => _cancellationToken.Symbol;

    public INamedTypeSymbol? Thread => _thread.Symbol;

    public INamedTypeSymbol? Monitor => _monitor.Symbol;

    public INamedTypeSymbol? SemaphoreSlim => _semaphoreSlim.Symbol;

    public INamedTypeSymbol? ReaderWriterLockSlim => _readerWriterLockSlim.Symbol;

    public INamedTypeSymbol? SpinLock => _spinLock.Symbol;

    public INamedTypeSymbol? Mutex => _mutex.Symbol;

    public INamedTypeSymbol? WaitHandle => _waitHandle.Symbol;

    /// <summary><c>System.Threading.Lock</c>, .NET 9 and later.</summary>
    public INamedTypeSymbol? Lock => _lock.Symbol;

    public INamedTypeSymbol? ThreadingTimer => _threadingTimer.Symbol;

    public INamedTypeSymbol? TimersTimer => _timersTimer.Symbol;

    public INamedTypeSymbol? PeriodicTimer => _periodicTimer.Symbol;

    public INamedTypeSymbol? Lazy => _lazy.Symbol;

    public INamedTypeSymbol? EventArgs => _eventArgs.Symbol;

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
