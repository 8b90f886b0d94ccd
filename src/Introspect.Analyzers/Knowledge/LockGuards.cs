using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Knowledge;

/// <summary>
/// Whether an operation inside a concurrent lambda runs under a lock taken inside that lambda: a <c>lock</c>
/// statement, <c>using (x.EnterScope())</c>, or an explicit Monitor/SemaphoreSlim/ReaderWriterLockSlim/... acquire
/// that is provably held there (see <see cref="HeldRegion"/>). A lock around the call that starts the lambda does not
/// count: the lambda runs on other threads, which do not hold it. One instance per analysed lambda, so each function
/// body is scanned for lock calls at most once, and only when something needs the answer.
/// </summary>
internal sealed class LockGuards(LockApis apis, ThreadingTypes threading)
{
    private readonly Dictionary<IOperation, FunctionLockScan> _scans = new();

    public bool IsGuarded(IOperation operation, IOperation region)
    {
        for (var current = operation.Parent; current is not null && current != region; current = current.Parent)
        {
            if (current is ILockOperation || (current is IUsingOperation { Resources: { } resources } && EntersLock(resources)))
            {
                return true;
            }
        }

        var body = FunctionLockScan.BodyAround(operation);
        if (!_scans.TryGetValue(body, out var scan))
        {
            scan = FunctionLockScan.Of(body, apis);
            _scans[body] = scan;
        }

        foreach (var call in scan.LockCalls)
        {
            if (call.IsAcquire && call.Key is not null && HeldRegion.Holds(call, operation, scan))
            {
                return true;
            }
        }

        return false;
    }

    // using (_gate.EnterScope()) on a System.Threading.Lock.
    private bool EntersLock(IOperation resources)
    {
        var resource = resources is IVariableDeclarationGroupOperation { Declarations.Length: 1 } group
            && group.Declarations[0].Declarators is { Length: 1 } declarators
            && declarators[0].Initializer?.Value is { } value
                ? value
                : resources;
        return OperationOrigin.Unwrap(resource) is IInvocationOperation { TargetMethod: { Name: "EnterScope" } method }
            && ThreadingTypes.Is(method.ContainingType, threading.Lock);
    }
}
