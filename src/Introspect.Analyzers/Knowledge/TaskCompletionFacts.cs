using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Knowledge;

/// <summary>
/// Decides, from the operation tree alone, whether a task is already complete where code reads it synchronously, so
/// reading it cannot block: a task built complete (<c>Task.FromResult</c>, <c>Task.CompletedTask</c>), the antecedent
/// inside a <c>ContinueWith</c> callback, the task <c>await Task.WhenAny(...)</c> returned, a task guarded by
/// <c>IsCompleted</c>-style checks, and a local or parameter awaited (alone, or through <c>Task.WhenAll</c>) in an
/// earlier statement of an enclosing block. Deliberately simple and conservative: anything else counts as incomplete.
/// </summary>
internal static class TaskCompletionFacts
{
    private static readonly HashSet<string> PassThroughQueries = new(StringComparer.Ordinal)
    {
        "Where", "OrderBy", "OrderByDescending", "ThenBy", "ThenByDescending", "Skip", "Take", "Reverse", "Distinct",
        "ToList", "ToArray", "AsEnumerable", "Cast", "OfType",
    };

    public static bool IsKnownComplete(IOperation subject, IOperation use, ThreadingTypes types)
    {
        subject = OperationOrigin.Unwrap(subject);
        if (IsCompleteByConstruction(subject, types) || IsWhenAnyResult(subject, use, types))
        {
            return true;
        }

        var task = SymbolOf(subject);
        var collection = CollectionOf(subject, use);
        if ((task is IParameterSymbol taskParameter && IsContinuationAntecedent(taskParameter, use, types))
            || (collection is IParameterSymbol collectionParameter && IsContinuationAntecedent(collectionParameter, use, types)))
        {
            return true;
        }

        return (task is not null || collection is not null || IsReferenceChain(subject))
            && CompletionGuards.IsGuardedOrPreceded(new CompletionSubject(subject, task, collection), use, types);
    }

    /// <summary>The local, parameter, or field/property of this type (or static) an expression reads; null for anything else.</summary>
    public static ISymbol? SymbolOf(IOperation? operation) =>
        operation is null ? null : OperationOrigin.Unwrap(operation) switch
        {
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            IFieldReferenceOperation { Instance: null or IInstanceReferenceOperation } field => field.Field,
            IPropertyReferenceOperation { Instance: null or IInstanceReferenceOperation, Arguments.Length: 0 } property => property.Property,
            _ => null,
        };

    /// <summary>Whether two expressions read the same storage: the same local or parameter, or the same field/property path from it.</summary>
    public static bool SameReference(IOperation? first, IOperation? second)
    {
        if (first is null || second is null)
        {
            return first is null && second is null;
        }

        return (OperationOrigin.Unwrap(first), OperationOrigin.Unwrap(second)) switch
        {
            (ILocalReferenceOperation a, ILocalReferenceOperation b) => SymbolEqualityComparer.Default.Equals(a.Local, b.Local),
            (IParameterReferenceOperation a, IParameterReferenceOperation b) => SymbolEqualityComparer.Default.Equals(a.Parameter, b.Parameter),
            (IInstanceReferenceOperation, IInstanceReferenceOperation) => true,
            (IFieldReferenceOperation a, IFieldReferenceOperation b) =>
                SymbolEqualityComparer.Default.Equals(a.Field, b.Field) && SameReference(a.Instance, b.Instance),
            (IPropertyReferenceOperation { Arguments.Length: 0 } a, IPropertyReferenceOperation { Arguments.Length: 0 } b) =>
                SymbolEqualityComparer.Default.Equals(a.Property, b.Property) && SameReference(a.Instance, b.Instance),
            _ => false,
        };
    }

    /// <summary><c>entry.Task</c>, <c>_jobs.Current.Task</c>: fields and properties read from a variable or <c>this</c>.</summary>
    private static bool IsReferenceChain(IOperation operation)
    {
        for (var depth = 0; depth < 8; depth++)
        {
            switch (OperationOrigin.Unwrap(operation))
            {
                case ILocalReferenceOperation or IParameterReferenceOperation or IInstanceReferenceOperation:
                    return true;
                case IFieldReferenceOperation { Instance: null }:
                case IPropertyReferenceOperation { Instance: null, Arguments.Length: 0 }:
                    return true;
                case IFieldReferenceOperation { Instance: { } instance }:
                    operation = instance;
                    break;
                case IPropertyReferenceOperation { Instance: { } instance, Arguments.Length: 0 }:
                    operation = instance;
                    break;
                default:
                    return false;
            }
        }

        return false;
    }

    public static bool IsStaticTaskMethod(IOperation operation, string name, ThreadingTypes types) =>
        OperationOrigin.Unwrap(operation) is IInvocationOperation { TargetMethod: { IsStatic: true } method }
        && method.Name == name
        && ThreadingTypes.Is(method.ContainingType, types.Task);

    /// <summary>The expression without a trailing <c>.ConfigureAwait(...)</c>.</summary>
    public static IOperation WithoutConfigureAwait(IOperation operation)
    {
        operation = OperationOrigin.Unwrap(operation);
        return operation is IInvocationOperation { TargetMethod.Name: "ConfigureAwait", Instance: { } configured }
            ? OperationOrigin.Unwrap(configured)
            : operation;
    }

    /// <summary>The outermost operation above <paramref name="operation"/>: the method body, or the initializer.</summary>
    public static IOperation RootOf(IOperation operation)
    {
        while (operation.Parent is not null)
        {
            operation = operation.Parent;
        }

        return operation;
    }

    /// <summary>The value a local was declared with, when it is never assigned again.</summary>
    public static IOperation? SingleAssignmentValue(ILocalSymbol local, IOperation root)
    {
        foreach (var declarator in root.Descendants().OfType<IVariableDeclaratorOperation>())
        {
            if (SymbolEqualityComparer.Default.Equals(declarator.Symbol, local) && declarator.Initializer is { } initializer)
            {
                return CompletionGuards.IsWrittenAfter(local, initializer.Syntax.Span.End, root) ? null : initializer.Value;
            }
        }

        return null;
    }

    private static bool IsCompleteByConstruction(IOperation subject, ThreadingTypes types)
    {
        switch (subject)
        {
            case IPropertyReferenceOperation { Property: { IsStatic: true, Name: "CompletedTask" } property }:
                return ThreadingTypes.Is(property.ContainingType, types.Task) || ThreadingTypes.Is(property.ContainingType, types.ValueTask);

            case IInvocationOperation { TargetMethod: { IsStatic: true, Name: "FromResult" or "FromException" or "FromCanceled" } method }:
                var container = method.ContainingType;
                return ThreadingTypes.Is(container, types.Task) || ThreadingTypes.Is(container, types.ValueTask);

            case IObjectCreationOperation { Type: INamedTypeSymbol created, Constructor.Parameters: { Length: 1 } parameters }:
                // new ValueTask<T>(result) wraps a value, not a pending operation.
                return ThreadingTypes.Is(created.OriginalDefinition, types.ValueTaskOfT)
                    && SymbolEqualityComparer.Default.Equals(parameters[0].Type, created.TypeArguments[0]);

            case IDefaultValueOperation { Type: { } type }:
                return ThreadingTypes.Is(type.OriginalDefinition, types.ValueTaskOfT) || ThreadingTypes.Is(type, types.ValueTask);

            default:
                return false;
        }
    }

    /// <summary><c>(await Task.WhenAny(...)).Result</c>, or a local that only ever holds what such an await returned.</summary>
    public static bool IsWhenAnyResult(IOperation operation, IOperation use, ThreadingTypes types)
    {
        operation = OperationOrigin.Unwrap(operation);
        if (operation is IAwaitOperation awaited)
        {
            return IsStaticTaskMethod(WithoutConfigureAwait(awaited.Operation), "WhenAny", types);
        }

        return operation is ILocalReferenceOperation local
            && SingleAssignmentValue(local.Local, RootOf(use)) is { } value
            && OperationOrigin.Unwrap(value) is IAwaitOperation declared
            && IsStaticTaskMethod(WithoutConfigureAwait(declared.Operation), "WhenAny", types);
    }

    /// <summary>
    /// The collection a task was taken from: <c>tasks[i]</c>, a <c>foreach</c> variable over <c>tasks</c>, or the
    /// parameter of a lambda passed to a query over <c>tasks</c> (<c>tasks.Select(t =&gt; t.Result)</c>).
    /// </summary>
    private static ISymbol? CollectionOf(IOperation subject, IOperation use)
    {
        switch (subject)
        {
            case IArrayElementReferenceOperation element:
                return SymbolOf(element.ArrayReference);

            case IPropertyReferenceOperation { Property.IsIndexer: true } indexer:
                return SymbolOf(indexer.Instance);

            case ILocalReferenceOperation local:
                for (var current = use.Parent; current is not null; current = current.Parent)
                {
                    if (current is IForEachLoopOperation loop
                        && loop.LoopControlVariable is IVariableDeclaratorOperation declarator
                        && SymbolEqualityComparer.Default.Equals(declarator.Symbol, local.Local))
                    {
                        return SymbolOf(QuerySource(loop.Collection));
                    }
                }

                return null;

            case IParameterReferenceOperation { Parameter.ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.AnonymousFunction } lambda }:
                return LambdaArgumentOf(lambda, use) is { } invocation ? SymbolOf(QuerySource(ReceiverOf(invocation))) : null;

            default:
                return null;
        }
    }

    private static bool IsContinuationAntecedent(IParameterSymbol parameter, IOperation use, ThreadingTypes types)
    {
        if (parameter.Ordinal != 0
            || parameter.ContainingSymbol is not IMethodSymbol { MethodKind: MethodKind.AnonymousFunction } lambda
            || LambdaArgumentOf(lambda, use) is not { } invocation)
        {
            return false;
        }

        var method = invocation.TargetMethod;
        var isContinuation = method.Name switch
        {
            "ContinueWith" => types.IsTask(method.ContainingType),
            "ContinueWhenAll" or "ContinueWhenAny" =>
                types.IsTaskFactory(method.ContainingType),
            _ => false,
        };

        return isContinuation && !CompletionGuards.IsWrittenAfter(parameter, 0, RootOf(use));
    }

    /// <summary>The invocation a lambda is passed to as an argument.</summary>
    private static IInvocationOperation? LambdaArgumentOf(IMethodSymbol lambda, IOperation use)
    {
        for (var current = use.Parent; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation function && SymbolEqualityComparer.Default.Equals(function.Symbol, lambda))
            {
                var parent = function.Parent is IDelegateCreationOperation creation ? creation.Parent : function.Parent;
                return parent is IArgumentOperation { Parent: IInvocationOperation invocation } ? invocation : null;
            }
        }

        return null;
    }

    private static IOperation? ReceiverOf(IInvocationOperation invocation) =>
        invocation.Instance ?? (invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);

    /// <summary>Looks through filtering and ordering queries, which hand on the same tasks.</summary>
    private static IOperation? QuerySource(IOperation? operation)
    {
        for (var depth = 0; operation is not null && depth < 8; depth++)
        {
            operation = OperationOrigin.Unwrap(operation);
            if (operation is not IInvocationOperation invocation || !PassThroughQueries.Contains(invocation.TargetMethod.Name))
            {
                return operation;
            }

            operation = ReceiverOf(invocation);
        }

        return operation;
    }
}

/// <summary>The task being read, its variable (a local, parameter, field or property) and the collection it came from, when known.</summary>
internal readonly struct CompletionSubject
{
    public CompletionSubject(IOperation? expression, ISymbol? task, ISymbol? collection)
    {
        Expression = expression;
        Task = task;
        Collection = collection;
    }

    /// <summary>The task expression itself; guards on a field or property path (<c>entry.Task.IsCompleted</c>) are matched against it.</summary>
    public IOperation? Expression { get; }

    public ISymbol? Task { get; }

    public ISymbol? Collection { get; }

    /// <summary>Whether an expression reads this task: through the same variable, or along the same field/property path.</summary>
    public bool IsReadBy(IOperation? operation) =>
        (Task is not null && SymbolEqualityComparer.Default.Equals(TaskCompletionFacts.SymbolOf(operation), Task))
        || (Expression is not null && TaskCompletionFacts.SameReference(operation, Expression));

    public bool Is(ISymbol? symbol) =>
        symbol is not null
        && (SymbolEqualityComparer.Default.Equals(symbol, Task) || SymbolEqualityComparer.Default.Equals(symbol, Collection));
}
