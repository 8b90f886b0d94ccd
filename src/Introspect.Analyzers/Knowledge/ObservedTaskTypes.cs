using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Knowledge;

/// <summary>
/// The types INTR105 needs to tell an observable task from everything else, resolved once per compilation:
/// Task and Task&lt;T&gt; (and what derives from them), their ConfigureAwait wrappers, and the expression-tree type
/// whose lambdas never run.
/// </summary>
internal sealed class ObservedTaskTypes
{
    public ObservedTaskTypes(Compilation compilation)
    {
        Threading = ThreadingTypes.Create(compilation);
        ConfiguredTaskAwaitable = compilation.GetTypeByMetadataName(WellKnownTypeNames.ConfiguredTaskAwaitable);
        ConfiguredTaskAwaitableOfT = compilation.GetTypeByMetadataName(WellKnownTypeNames.ConfiguredTaskAwaitableOfT);
        TaskContinuationOptions = compilation.GetTypeByMetadataName(WellKnownTypeNames.TaskContinuationOptions);
        ExpressionOfT = compilation.GetTypeByMetadataName(WellKnownTypeNames.ExpressionOfT);
    }

    public ThreadingTypes Threading { get; }

    public INamedTypeSymbol? ConfiguredTaskAwaitable { get; }

    public INamedTypeSymbol? ConfiguredTaskAwaitableOfT { get; }

    public INamedTypeSymbol? TaskContinuationOptions { get; }

    public INamedTypeSymbol? ExpressionOfT { get; }

    /// <summary>
    /// Task, Task&lt;T&gt; or <c>task.ConfigureAwait(false)</c>. ValueTask is left out on purpose: CA2012 reports
    /// every unconsumed ValueTask, discards included.
    /// </summary>
    public bool IsObservableTask(ITypeSymbol? type) =>
        Threading.IsTask(type)
        || (type is INamedTypeSymbol named
            && (ThreadingTypes.Is(named.OriginalDefinition, ConfiguredTaskAwaitable)
                || ThreadingTypes.Is(named.OriginalDefinition, ConfiguredTaskAwaitableOfT)));

    /// <summary>Task or Task&lt;T&gt; itself, as the containing type of a method such as ContinueWith or FromResult.</summary>
    public bool IsTaskType(INamedTypeSymbol? type) =>
        type is not null
        && (ThreadingTypes.Is(type.OriginalDefinition, Threading.Task) || ThreadingTypes.Is(type.OriginalDefinition, Threading.TaskOfT));

    /// <summary><c>Task.Run</c> or <c>TaskFactory.StartNew</c>: calls that start the delegate they are given.</summary>
    public bool StartsWork(IMethodSymbol method) =>
        (method.Name == "Run" && IsTaskType(method.ContainingType))
        || (method.Name == "StartNew"
            && (ThreadingTypes.Is(method.ContainingType?.OriginalDefinition, Threading.TaskFactory)
                || ThreadingTypes.Is(method.ContainingType?.OriginalDefinition, Threading.TaskFactoryOfT)));

    /// <summary>Whether the operation sits in a lambda converted to an expression tree, which is data, not code that runs.</summary>
    public bool IsInsideExpressionTree(IOperation operation)
    {
        if (ExpressionOfT is null)
        {
            return false;
        }

        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation { Parent: { } conversion }
                && conversion.Type is INamedTypeSymbol target
                && ThreadingTypes.Is(target.OriginalDefinition, ExpressionOfT))
            {
                return true;
            }
        }

        return false;
    }
}
