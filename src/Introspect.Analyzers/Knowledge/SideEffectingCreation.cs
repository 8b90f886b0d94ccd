using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Knowledge;

/// <summary>
/// Whether making a value does more than allocate: it calls code of the solution (a factory, a loader), awaits, does
/// synchronous I/O (see <see cref="SyncIoApis"/>), or makes something to dispose (a connection, an HttpClient, a
/// timer). Running such a creation twice opens two connections, registers twice, or leaks the loser. A plain
/// allocation (<c>new List&lt;T&gt;()</c>, <c>new object()</c>) or a BCL call on cheap arguments does not count.
/// </summary>
internal sealed class SideEffectingCreation(Compilation compilation, ThreadingTypes threading)
{
    private const int MaxDepth = 4;

    private readonly DisposableTypes _disposables = new(compilation, threading);
    private readonly SyncIoApis _io = SyncIoApis.Create(compilation);

    /// <summary>How the creation reads in a message ("calls LoadSettings", "creates a disposable SqlConnection"), or null when it is cheap.</summary>
    public string? Describe(IOperation value) => Describe(value, 0);

    private string? Describe(IOperation value, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        switch (OperationOrigin.Unwrap(value))
        {
            case IAwaitOperation:
                return "awaits";
            case IObjectCreationOperation { Type: { } type } creation:
                return _disposables.IsDisposable(type)
                    ? $"creates a disposable {type.Name}"
                    : FirstOf(creation.Arguments, depth) ?? (creation.Initializer is { } initializer ? FirstOf(initializer.Initializers, depth) : null);
            case IInvocationOperation invocation:
                var method = invocation.TargetMethod;
                if (method.Locations.Length > 0 && method.Locations[0].IsInSource)
                {
                    return $"calls {method.Name}";
                }

                if (_disposables.IsDisposableResult(method))
                {
                    return $"calls {method.Name}, which returns something to dispose";
                }

                if (SyncIoApis.IsCandidateName(method.Name) && _io.FindAsyncCounterpart(invocation) is not null)
                {
                    return $"does I/O with {method.Name}";
                }

                return (invocation.Instance is { } instance ? Describe(instance, depth + 1) : null) ?? FirstOf(invocation.Arguments, depth);
            case IMemberInitializerOperation member:
                return Describe(member.Initializer, depth + 1);
            case ISimpleAssignmentOperation assignment:
                return Describe(assignment.Value, depth + 1);
            case IArgumentOperation argument:
                return Describe(argument.Value, depth + 1);
            default:
                return null;
        }
    }

    private string? FirstOf<T>(IEnumerable<T> operations, int depth)
        where T : IOperation
    {
        foreach (var operation in operations)
        {
            if (Describe(operation, depth + 1) is { } found)
            {
                return found;
            }
        }

        return null;
    }
}
