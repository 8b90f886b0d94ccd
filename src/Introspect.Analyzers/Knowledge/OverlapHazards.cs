using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Knowledge;

/// <summary>
/// What makes two runs of the same callback at once harmful: it awaits (the timer counts the callback as finished at
/// the first await), blocks (<see cref="BlockingWaits"/>), does synchronous database, HTTP or file I/O
/// (<see cref="SyncIoApis"/>), or changes shared state outside a lock, the way <see cref="ThreadUnsafeTypes"/> and
/// <see cref="ReadModifyWrite"/> recognise it. Created once per compilation; the BCL and framework types are looked up
/// when first needed.
/// </summary>
internal sealed class OverlapHazards
{
    private readonly ThreadingTypes _threading;
    private readonly BlockingWaits _waits;
    private readonly SyncIoApis _io;
    private readonly ThreadUnsafeTypes _unsafeTypes;
    private readonly LockApis _locks;

    public OverlapHazards(Compilation compilation, ThreadingTypes threading)
    {
        _threading = threading;
        _waits = BlockingWaits.Create(compilation, threading);
        _io = SyncIoApis.Create(compilation);
        _unsafeTypes = ThreadUnsafeTypes.Create(compilation);
        _locks = LockApis.Create(compilation, threading);
    }

    /// <summary>How the first harmful operation of the callback reads in a message ("awaits ...", "blocks with ..."), or null.</summary>
    public string? First(ConcurrentCallback callback, ConcurrentCallbacks callbacks)
    {
        LockGuards? guards = null;
        foreach (var item in ConcurrentRegion.Of(callback, callbacks))
        {
            var operation = item.Operation;
            var where = item.CallSite is not null ? $" (in {item.Function.Name}, which it calls)" : "";
            switch (operation)
            {
                case IAwaitOperation awaited:
                    return $"awaits '{Shorten(awaited.Operation.Syntax.ToString())}'{where}";
                case IInvocationOperation invocation when SyncIoApis.IsCandidateName(invocation.TargetMethod.Name) && _io.FindAsyncCounterpart(invocation) is not null:
                    return $"does synchronous I/O with {invocation.TargetMethod.Name}{where}";
            }

            if (_waits.Describe(operation, out _) is { } wait)
            {
                return $"blocks with {wait}{where}";
            }

            var changed = _unsafeTypes.Mutation(operation, out var target) is not null ? target : ReadModifyWrite.From(operation)?.Target;
            if (changed is not null
                && callback.Shares(SharedState.Classify(changed, item.Function))
                && !(guards ??= new LockGuards(_locks, _threading)).IsGuarded(operation, item.Body)
                && !(item.CallSite is { } call && guards.IsGuarded(call, callback.Body!)))
            {
                return $"changes '{Shorten(changed.Syntax.ToString())}' without a lock{where}";
            }
        }

        return null;
    }

    private static string Shorten(string code)
    {
        var line = code.Split('\n')[0].Trim();
        return line.Length <= 60 ? line : line.Substring(0, 57) + "...";
    }
}
