using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Knowledge;

/// <summary>The kinds of lock the rules track; each has its own acquire and release methods.</summary>
internal enum LockFamily
{
    Monitor,
    SemaphoreSlim,
    Semaphore,
    Mutex,
    ReaderWriterLockSlim,
    SpinLock,
    Lock,
}

/// <summary>Which side of a reader/writer lock a call takes or gives back; every other lock has one mode.</summary>
internal enum LockMode
{
    Exclusive,
    Read,
    Write,
    UpgradeableRead,
}

/// <summary>An invocation that acquires or releases a lock, with the object it works on.</summary>
internal sealed class LockCall
{
    public LockCall(IInvocationOperation invocation, LockFamily family, LockMode mode, bool isAcquire, IOperation lockObject)
    {
        Invocation = invocation;
        Family = family;
        Mode = mode;
        IsAcquire = isAcquire;
        LockObject = lockObject;
        Key = LockKey.From(lockObject);
    }

    public IInvocationOperation Invocation { get; }

    public LockFamily Family { get; }

    public LockMode Mode { get; }

    public bool IsAcquire { get; }

    public bool IsRelease => !IsAcquire;

    /// <summary>The expression naming the lock: the receiver, or the argument of <c>Monitor.Enter</c>/<c>Exit</c>.</summary>
    public IOperation LockObject { get; }

    public LockKey? Key { get; }

    public int Position => Invocation.Syntax.SpanStart;

    /// <summary>Locks owned by a thread: only the acquiring thread may release them.</summary>
    public bool IsThreadAffine => Family is not (LockFamily.SemaphoreSlim or LockFamily.Semaphore);

    /// <summary>How the code names the lock, for messages.</summary>
    public string LockName => LockObject.Syntax.ToString();

    /// <summary>The method as a reader knows it: <c>Monitor.Enter</c>, <c>SemaphoreSlim.WaitAsync</c>.</summary>
    public string MethodName => TypeName + "." + Invocation.TargetMethod.Name;

    public string TypeName => Family switch
    {
        LockFamily.Monitor => "Monitor",
        LockFamily.SemaphoreSlim => "SemaphoreSlim",
        LockFamily.Semaphore => "Semaphore",
        LockFamily.Mutex => "Mutex",
        LockFamily.ReaderWriterLockSlim => "ReaderWriterLockSlim",
        LockFamily.SpinLock => "SpinLock",
        _ => "Lock",
    };

    /// <summary>The release that matches this acquire, for messages: <c>Monitor.Exit</c>, <c>ExitWriteLock</c>.</summary>
    public string ReleaseMethodName => Family switch
    {
        LockFamily.Monitor => "Monitor.Exit",
        LockFamily.SemaphoreSlim or LockFamily.Semaphore => TypeName + ".Release",
        LockFamily.Mutex => "Mutex.ReleaseMutex",
        LockFamily.ReaderWriterLockSlim => Mode switch
        {
            LockMode.Read => "ReaderWriterLockSlim.ExitReadLock",
            LockMode.Write => "ReaderWriterLockSlim.ExitWriteLock",
            _ => "ReaderWriterLockSlim.ExitUpgradeableReadLock",
        },
        _ => TypeName + ".Exit",
    };

    /// <summary>Whether the two calls are on the same lock in the same mode (so one can release what the other took).</summary>
    public bool IsSameLock(LockCall other) =>
        Family == other.Family && Mode == other.Mode && Key is not null && Key.Equals(other.Key);
}
