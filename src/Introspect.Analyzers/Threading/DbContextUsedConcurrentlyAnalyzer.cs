using System.Collections.Immutable;
using Introspect.Analyzers.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Threading;

/// <summary>
/// INTR124: one DbContext used by two operations at once. Either two of its async queries (or SaveChangesAsync)
/// are awaited together by <c>Task.WhenAll</c>/<c>WhenAny</c>, directly, through locals holding the started tasks, or
/// through helpers of the same class that use the same context field; or the context is used by code that runs
/// concurrently (see <see cref="ConcurrentCallbacks"/>) while other threads reach it (see <see cref="SharedState"/>),
/// outside any lock taken there.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DbContextUsedConcurrentlyAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        DiagnosticIds.DbContextUsedConcurrently,
        title: "Do not use one DbContext from operations that run at the same time",
        messageFormat: "{0}; {1}",
        RuleCategories.Threading,
        DiagnosticSeverity.Warning,
        description: "A DbContext is not thread-safe and runs one operation at a time. Starting a second query before the first has "
            + "finished — two ToListAsync calls passed to Task.WhenAll, or the context used from the body of Parallel.ForEach, "
            + "Task.Run or the async lambdas of Task.WhenAll — throws 'A second operation was started on this context instance' "
            + "or, worse, corrupts its change tracker. Await the queries one after the other, or give each concurrent operation "
            + "its own context from IDbContextFactory or its own scope from IServiceScopeFactory.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            // Without EF Core there is no DbContext to share.
            if (start.Compilation.GetTypeByMetadataName(WellKnownTypeNames.DbContext) is null)
            {
                return;
            }

            var contexts = new DbContextUse(start.Compilation);
            var threading = ThreadingTypes.Create(start.Compilation);
            var callbacks = ConcurrentCallbacks.Create(start.Compilation, threading);
            var apis = LockApis.Create(start.Compilation, threading);
            start.RegisterSemanticModelAction(model => CallSites.ForEachCall(
                model.SemanticModel,
                "When",
                name => name is "WhenAll" or "WhenAny",
                whenAll => AnalyzeWhenAll(whenAll, contexts, threading, model.ReportDiagnostic),
                model.CancellationToken));
            start.RegisterOperationAction(
                operationContext => AnalyzeConcurrentCode(operationContext, contexts, callbacks, apis, threading),
                OperationKind.AnonymousFunction,
                OperationKind.MethodReference);
        });
    }

    private static void AnalyzeWhenAll(IInvocationOperation whenAll, DbContextUse contexts, ThreadingTypes threading, Action<Diagnostic> report)
    {
        if (!threading.IsTaskType(whenAll.TargetMethod.ContainingType) || whenAll.SemanticModel is null)
        {
            return;
        }

        var owner = whenAll.TargetMethod.ContainingType;
        var started = new Dictionary<ISymbol, IOperation>(SymbolEqualityComparer.Default);
        var reported = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var operand in TaskOperands(whenAll))
        {
            var start = StartOf(operand);
            if (start is not IInvocationOperation call
                || ContextStartedBy(call, contexts) is not { } context
                || SharedState.SymbolOf(context) is not { } symbol)
            {
                continue;
            }

            if (!started.TryGetValue(symbol, out var first))
            {
                started[symbol] = call;
                continue;
            }

            if (reported.Add(symbol))
            {
                report(Diagnostic.Create(
                    Rule,
                    call.Syntax.GetLocation(),
                    [first.Syntax.GetLocation()],
                    $"'{call.Syntax}' runs on '{context.Syntax}' while '{first.Syntax}' on the same DbContext has not finished: "
                        + $"Task.{whenAll.TargetMethod.Name} waits for both at once, and a DbContext runs one operation at a time",
                    "await them one after the other, or give each its own context from IDbContextFactory"));
            }
        }
    }

    /// <summary>
    /// The tasks passed to WhenAll: each argument, or each element of the params array or params span (which newer
    /// compilers build as a collection expression, whose children are its elements).
    /// </summary>
    private static IEnumerable<IOperation> TaskOperands(IInvocationOperation whenAll)
    {
        foreach (var argument in whenAll.Arguments)
        {
            var value = OperationOrigin.Unwrap(argument.Value);
            if (argument.ArgumentKind == ArgumentKind.Explicit || argument.Parameter is not { IsParams: true })
            {
                yield return argument.Value;
            }
            else if (value is IArrayCreationOperation array)
            {
                foreach (var element in array.Initializer?.ElementValues ?? ImmutableArray<IOperation>.Empty)
                {
                    yield return element;
                }
            }
            else
            {
                foreach (var element in value.ChildOperations)
                {
                    yield return element;
                }
            }
        }
    }

    // A local holding a started task stands for the call that started it.
    private static IOperation StartOf(IOperation operand)
    {
        var value = OperationOrigin.Unwrap(operand);
        return value is ILocalReferenceOperation local && OperationOrigin.InitialValue(local) is { } initial ? OperationOrigin.Unwrap(initial) : value;
    }

    /// <summary>
    /// The context a started task works on: the context of the query chain itself, a context passed to a helper,
    /// or the context field or property of the instance that a helper of the same class uses.
    /// </summary>
    private static IOperation? ContextStartedBy(IInvocationOperation call, DbContextUse contexts)
    {
        if (contexts.ContextOf(call) is { } direct)
        {
            return direct;
        }

        foreach (var argument in call.Arguments)
        {
            if (contexts.IsContextVariable(OperationOrigin.Unwrap(argument.Value)))
            {
                return OperationOrigin.Unwrap(argument.Value);
            }
        }

        if (ConcurrentRegion.HelperBodyOf(call, call.TargetMethod.ContainingType) is not { } body)
        {
            return null;
        }

        foreach (var operation in body.Descendants())
        {
            if (contexts.IsContextVariable(operation) && IsInstanceState(operation, call.TargetMethod))
            {
                return operation;
            }
        }

        return null;
    }

    // A field or property of the instance (or a static), or a primary-constructor parameter, which is one too.
    private static bool IsInstanceState(IOperation reference, IMethodSymbol helper) => reference switch
    {
        IFieldReferenceOperation or IPropertyReferenceOperation => SharedState.Classify(reference, helper) == SharedKind.Member,
        IParameterReferenceOperation { Parameter.ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Constructor } } => true,
        _ => false,
    };

    private static void AnalyzeConcurrentCode(
        OperationAnalysisContext context, DbContextUse contexts, ConcurrentCallbacks callbacks, LockApis apis, ThreadingTypes threading)
    {
        var callback = callbacks.Describe(context.Operation);
        if (callback?.Body is not { } body)
        {
            return;
        }

        LockGuards? guards = null;
        HashSet<ISymbol>? reported = null;
        foreach (var item in ConcurrentRegion.Of(callback, callbacks))
        {
            var operation = item.Operation;
            if (!contexts.IsContextVariable(operation)
                || !callback.Shares(SharedState.Classify(operation, item.Function))
                || SharedState.SymbolOf(operation) is not { } symbol
                || (reported?.Contains(symbol) ?? false)
                || (guards ??= new LockGuards(apis, threading)).IsGuarded(operation, item.Body)
                || (item.CallSite is { } call && guards.IsGuarded(call, body)))
            {
                continue;
            }

            (reported ??= new HashSet<ISymbol>(SymbolEqualityComparer.Default)).Add(symbol);
            var reportedAt = callback.Callback as IMethodReferenceOperation ?? item.ReportedAt;
            var where = SharedStateInConcurrentCodeAnalyzer.Where(item, callback);
            context.ReportDiagnostic(Diagnostic.Create(
                Rule,
                reportedAt.Syntax.GetLocation(),
                $"'{operation.Syntax}' ({operation.Type?.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)}) is one DbContext shared by the "
                    + $"{callback.Runner}, which runs on several threads at once{where}, and a DbContext runs one operation at a time",
                "create a context per iteration with IDbContextFactory, or a scope per iteration with IServiceScopeFactory"));
        }
    }
}
