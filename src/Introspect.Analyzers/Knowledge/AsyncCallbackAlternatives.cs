using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Knowledge;

/// <summary>What an API that takes a void-returning callback offers instead when the work is async.</summary>
internal enum AsyncCallbackAlternativeKind
{
    /// <summary>Nothing known: the callback's type has to change, or the work has to become synchronous.</summary>
    None,

    /// <summary><c>List&lt;T&gt;.ForEach</c> or <c>Array.ForEach</c>: a foreach loop can await each item.</summary>
    ForEachLoop,

    /// <summary><c>Parallel.ForEach</c>: <c>Parallel.ForEachAsync</c> (.NET 6 and later).</summary>
    ParallelForEachAsync,

    /// <summary><c>Parallel.For</c>: <c>Parallel.ForAsync</c> (.NET 8 and later).</summary>
    ParallelForAsync,

    /// <summary>A sibling method named <c>&lt;Name&gt;Async</c> that takes a Task-returning callback, e.g. Coravel's <c>ScheduleAsync</c>.</summary>
    AsyncOverload,

    /// <summary>A <c>System.Threading.Timer</c> callback: a <c>PeriodicTimer</c> loop can await each tick.</summary>
    PeriodicTimer,
}

/// <summary>The alternative, and for <see cref="AsyncCallbackAlternativeKind.AsyncOverload"/> the method to call.</summary>
internal readonly struct AsyncCallbackAlternative
{
    public AsyncCallbackAlternative(AsyncCallbackAlternativeKind kind, IMethodSymbol? overload = null)
    {
        Kind = kind;
        Overload = overload;
    }

    public AsyncCallbackAlternativeKind Kind { get; }

    public IMethodSymbol? Overload { get; }
}

/// <summary>
/// Finds the Task-accepting alternative to an API that was handed an async callback. Asked only about a reported call;
/// an alternative is only offered when the compilation can see it (ForEachAsync needs .NET 6, ForAsync .NET 8).
/// </summary>
internal sealed class AsyncCallbackAlternatives
{
    private readonly Compilation _compilation;
    private readonly ThreadingTypes _threading;
    private readonly LazyType _list;

    private AsyncCallbackAlternatives(Compilation compilation, ThreadingTypes threading)
    {
        _compilation = compilation;
        _threading = threading;
        _list = new(compilation, WellKnownTypeNames.ListOfT);
    }

    public static AsyncCallbackAlternatives Create(Compilation compilation, ThreadingTypes threading) => new(compilation, threading);

    /// <summary>The alternative to the API that receives <paramref name="argument"/>, seen from <paramref name="within"/>.</summary>
    public AsyncCallbackAlternative For(IArgumentOperation argument, ISymbol within)
    {
        switch (argument.Parent)
        {
            case IObjectCreationOperation creation when ThreadingTypes.Is(creation.Constructor?.ContainingType, _threading.ThreadingTimer):
                return new(AsyncCallbackAlternativeKind.PeriodicTimer);

            case IInvocationOperation invocation:
                return ForMethod(invocation.TargetMethod, argument.Parameter, within);

            default:
                return default;
        }
    }

    private AsyncCallbackAlternative ForMethod(IMethodSymbol method, IParameterSymbol? parameter, ISymbol within)
    {
        var containingType = method.ContainingType;
        if (method.Name == "ForEach")
        {
            if (ThreadingTypes.Is(containingType?.OriginalDefinition, _list.Symbol)
                || (containingType?.SpecialType == SpecialType.System_Array && method.IsStatic))
            {
                return new(AsyncCallbackAlternativeKind.ForEachLoop);
            }

            if (ThreadingTypes.Is(containingType, _threading.Parallel) && HasMember(containingType!, "ForEachAsync"))
            {
                return new(AsyncCallbackAlternativeKind.ParallelForEachAsync);
            }
        }

        if (method.Name == "For" && ThreadingTypes.Is(containingType, _threading.Parallel) && HasMember(containingType!, "ForAsync"))
        {
            return new(AsyncCallbackAlternativeKind.ParallelForAsync);
        }

        return parameter is not null && FindAsyncOverload(method, parameter, within) is { } overload
            ? new(AsyncCallbackAlternativeKind.AsyncOverload, overload)
            : default;
    }

    private static bool HasMember(INamedTypeSymbol type, string name) => !type.GetMembers(name).IsEmpty;

    /// <summary>
    /// A method named <c>&lt;Name&gt;Async</c> on the same type (or, for interfaces, a base interface) whose parameters are the
    /// same except that the callback returns Task or ValueTask, e.g. Coravel's <c>Schedule(Action)</c> and <c>ScheduleAsync(Func&lt;Task&gt;)</c>.
    /// </summary>
    private IMethodSymbol? FindAsyncOverload(IMethodSymbol method, IParameterSymbol callbackParameter, ISymbol within)
    {
        if (method.ContainingType is not { } containingType || !method.TypeParameters.IsEmpty
            || callbackParameter.Type is not INamedTypeSymbol { DelegateInvokeMethod: { } callback })
        {
            return null;
        }

        var name = method.Name + "Async";
        foreach (var type in TypeAndBases(containingType))
        {
            foreach (var member in type.GetMembers(name))
            {
                if (member is IMethodSymbol candidate
                    && IsAsyncCounterpart(method, candidate, callbackParameter.Ordinal, callback)
                    && _compilation.IsSymbolAccessibleWithin(candidate, within.ContainingType ?? within))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private bool IsAsyncCounterpart(IMethodSymbol method, IMethodSymbol candidate, int callbackOrdinal, IMethodSymbol callback)
    {
        if (candidate.IsStatic != method.IsStatic || !candidate.TypeParameters.IsEmpty
            || candidate.Parameters.Length != method.Parameters.Length)
        {
            return false;
        }

        for (var index = 0; index < method.Parameters.Length; index++)
        {
            var expected = method.Parameters[index].Type;
            var actual = candidate.Parameters[index].Type;
            if (index == callbackOrdinal)
            {
                if (!IsTaskReturningTwin(actual, callback))
                {
                    return false;
                }
            }
            else if (!SymbolEqualityComparer.Default.Equals(expected, actual))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsTaskReturningTwin(ITypeSymbol type, IMethodSymbol voidCallback)
    {
        if (type is not INamedTypeSymbol { DelegateInvokeMethod: { } invoke }
            || !(ThreadingTypes.Is(invoke.ReturnType, _threading.Task) || ThreadingTypes.Is(invoke.ReturnType, _threading.ValueTask))
            || invoke.Parameters.Length != voidCallback.Parameters.Length)
        {
            return false;
        }

        for (var index = 0; index < invoke.Parameters.Length; index++)
        {
            if (!SymbolEqualityComparer.Default.Equals(invoke.Parameters[index].Type, voidCallback.Parameters[index].Type))
            {
                return false;
            }
        }

        return true;
    }

    private static IEnumerable<INamedTypeSymbol> TypeAndBases(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            yield return current;
        }

        if (type.TypeKind == TypeKind.Interface)
        {
            foreach (var @interface in type.AllInterfaces)
            {
                yield return @interface;
            }
        }
    }
}
