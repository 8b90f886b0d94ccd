using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Knowledge;

/// <summary>
/// Recognises the acquire and release calls of the BCL locks: Monitor, SemaphoreSlim, Semaphore, Mutex,
/// ReaderWriterLockSlim, SpinLock and System.Threading.Lock. Created once per compilation; each type is looked up when
/// first needed.
/// </summary>
internal sealed class LockApis
{
    private const string SemaphoreTypeName = "System.Threading.Semaphore";

    private readonly ThreadingTypes _types;
    private readonly LazyType _semaphore;

    private LockApis(Compilation compilation, ThreadingTypes types)
    {
        _types = types;
        _semaphore = new(compilation, SemaphoreTypeName);
    }

    public static LockApis Create(Compilation compilation, ThreadingTypes types) => new(compilation, types);

    /// <summary>False when the compilation cannot see any lock type (then there is nothing to look at).</summary>
    public bool IsAnyLockTypeKnown =>
        _types.Monitor is not null || _types.SemaphoreSlim is not null || _types.ReaderWriterLockSlim is not null
        || _types.SpinLock is not null || _types.Mutex is not null || _types.Lock is not null || _semaphore.Symbol is not null;

    /// <summary>Cheap first check on the name alone, before any symbol comparison.</summary>
    public static bool IsLockMethodName(string name) => name switch
    {
        "Enter" or "TryEnter" or "Exit" or "Wait" or "WaitAsync" or "Release" or "WaitOne" or "ReleaseMutex" => true,
        "EnterReadLock" or "EnterWriteLock" or "EnterUpgradeableReadLock" => true,
        "TryEnterReadLock" or "TryEnterWriteLock" or "TryEnterUpgradeableReadLock" => true,
        "ExitReadLock" or "ExitWriteLock" or "ExitUpgradeableReadLock" => true,
        _ => false,
    };

    /// <summary>Whether the method is one of Monitor's (Enter, Exit, Wait, Pulse...).</summary>
    public bool IsMonitorMethod(IMethodSymbol method) => ThreadingTypes.Is(method.ContainingType, _types.Monitor);

    /// <summary>
    /// The object <c>Monitor.Enter</c> or <c>Monitor.TryEnter</c> locks, or null for any other call. Cheaper than
    /// <see cref="Classify"/> for rules that only look at what is locked: no lock call is built.
    /// </summary>
    public IOperation? MonitorAcquireTarget(IInvocationOperation invocation) =>
        invocation.TargetMethod is { Name: "Enter" or "TryEnter" } method && IsMonitorMethod(method)
            ? InvocationArguments.At(invocation, 0)?.Value
            : null;

    /// <summary>The names of the acquire methods; each contains "Enter" or "Wait".</summary>
    public static bool IsAcquireMethodName(string name) => name switch
    {
        "Enter" or "TryEnter" or "Wait" or "WaitAsync" or "WaitOne" => true,
        "EnterReadLock" or "EnterWriteLock" or "EnterUpgradeableReadLock" => true,
        "TryEnterReadLock" or "TryEnterWriteLock" or "TryEnterUpgradeableReadLock" => true,
        _ => false,
    };

    /// <summary>
    /// Every call in the model's file named like an acquire, found from the file's text (see <see cref="CallSites"/>):
    /// acquires are rare, and an invocation callback would run for every call in the compilation.
    /// </summary>
    public static void ForEachAcquireNamedCall(SemanticModel model, Action<IInvocationOperation> visit, CancellationToken cancellationToken)
    {
        CallSites.ForEachCall(model, "Enter", IsAcquireMethodName, visit, cancellationToken);
        CallSites.ForEachCall(model, "Wait", IsAcquireMethodName, visit, cancellationToken);
    }

    public LockCall? Classify(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (!IsLockMethodName(method.Name) || method.ContainingType is not { } containingType)
        {
            return null;
        }

        var type = containingType.OriginalDefinition;
        if (ThreadingTypes.Is(type, _types.Monitor))
        {
            return ClassifyMonitor(invocation, method);
        }

        if (invocation.Instance is not { } instance)
        {
            return null;
        }

        if (ThreadingTypes.Is(type, _types.SemaphoreSlim))
        {
            return method.Name switch
            {
                "Wait" or "WaitAsync" => new LockCall(invocation, LockFamily.SemaphoreSlim, LockMode.Exclusive, isAcquire: true, instance),
                "Release" => new LockCall(invocation, LockFamily.SemaphoreSlim, LockMode.Exclusive, isAcquire: false, instance),
                _ => null,
            };
        }

        if (ThreadingTypes.Is(type, _types.ReaderWriterLockSlim))
        {
            return ClassifyReaderWriterLock(invocation, method.Name, instance);
        }

        if (ThreadingTypes.Is(type, _types.SpinLock) || ThreadingTypes.Is(type, _types.Lock))
        {
            var family = ThreadingTypes.Is(type, _types.SpinLock) ? LockFamily.SpinLock : LockFamily.Lock;
            return method.Name switch
            {
                "Enter" or "TryEnter" => new LockCall(invocation, family, LockMode.Exclusive, isAcquire: true, instance),
                "Exit" => new LockCall(invocation, family, LockMode.Exclusive, isAcquire: false, instance),
                _ => null,
            };
        }

        return ClassifyWaitHandle(invocation, method.Name, instance);
    }

    private static LockCall? ClassifyMonitor(IInvocationOperation invocation, IMethodSymbol method)
    {
        var isAcquire = method.Name is "Enter" or "TryEnter";
        if (!isAcquire && method.Name != "Exit")
        {
            return null;
        }

        return InvocationArguments.At(invocation, 0) is { } lockObject
            ? new LockCall(invocation, LockFamily.Monitor, LockMode.Exclusive, isAcquire, lockObject.Value)
            : null;
    }

    private static LockCall? ClassifyReaderWriterLock(IInvocationOperation invocation, string name, IOperation instance)
    {
        var (isAcquire, mode) = name switch
        {
            "EnterReadLock" or "TryEnterReadLock" => (true, LockMode.Read),
            "EnterWriteLock" or "TryEnterWriteLock" => (true, LockMode.Write),
            "EnterUpgradeableReadLock" or "TryEnterUpgradeableReadLock" => (true, LockMode.UpgradeableRead),
            "ExitReadLock" => (false, LockMode.Read),
            "ExitWriteLock" => (false, LockMode.Write),
            "ExitUpgradeableReadLock" => (false, LockMode.UpgradeableRead),
            _ => (false, LockMode.Exclusive),
        };

        return mode == LockMode.Exclusive ? null : new LockCall(invocation, LockFamily.ReaderWriterLockSlim, mode, isAcquire, instance);
    }

    // WaitOne is declared on WaitHandle; only a Mutex or a Semaphore behind it makes it a lock (an event is a signal).
    private LockCall? ClassifyWaitHandle(IInvocationOperation invocation, string name, IOperation instance)
    {
        var receiverType = OperationOrigin.Unwrap(instance).Type;
        if (TypeHierarchy.DerivesFrom(receiverType, _types.Mutex))
        {
            return name switch
            {
                "WaitOne" => new LockCall(invocation, LockFamily.Mutex, LockMode.Exclusive, isAcquire: true, instance),
                "ReleaseMutex" => new LockCall(invocation, LockFamily.Mutex, LockMode.Exclusive, isAcquire: false, instance),
                _ => null,
            };
        }

        if (TypeHierarchy.DerivesFrom(receiverType, _semaphore.Symbol))
        {
            return name switch
            {
                "WaitOne" => new LockCall(invocation, LockFamily.Semaphore, LockMode.Exclusive, isAcquire: true, instance),
                "Release" => new LockCall(invocation, LockFamily.Semaphore, LockMode.Exclusive, isAcquire: false, instance),
                _ => null,
            };
        }

        return null;
    }
}
