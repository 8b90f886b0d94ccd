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

    /// <summary>Task, Task&lt;T&gt;, ValueTask or ValueTask&lt;T&gt;.</summary>
    public bool IsTaskLike(ITypeSymbol? type)
    {
        if (type is not INamedTypeSymbol named)
        {
            return false;
        }

        var definition = named.OriginalDefinition;
        return Is(definition, Task) || Is(definition, TaskOfT) || Is(definition, ValueTask) || Is(definition, ValueTaskOfT)
            || (named.BaseType is { } baseType && Is(baseType.OriginalDefinition, Task))
            || (named.BaseType is { } genericBase && Is(genericBase.OriginalDefinition, TaskOfT));
    }

    /// <summary>Task or Task&lt;T&gt; (including types derived from them), which can be blocked on.</summary>
    public bool IsTask(ITypeSymbol? type)
    {
        for (var current = type as INamedTypeSymbol; current is not null; current = current.BaseType)
        {
            if (Is(current.OriginalDefinition, Task) || Is(current.OriginalDefinition, TaskOfT))
            {
                return true;
            }
        }

        return false;
    }

    public static bool Is(ITypeSymbol? type, INamedTypeSymbol? expected) =>
        expected is not null && SymbolEqualityComparer.Default.Equals(type, expected);
}
