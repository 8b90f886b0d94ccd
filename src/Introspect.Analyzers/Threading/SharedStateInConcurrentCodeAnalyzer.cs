using System.Collections.Immutable;
using Introspect.Analyzers.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Threading;

/// <summary>
/// INTR120: a List, Dictionary, HashSet, Queue, Stack, StringBuilder, Random (...) changed from code that runs
/// concurrently (see <see cref="ConcurrentCallbacks"/>) while other threads can reach it (see <see cref="SharedState"/>),
/// outside any lock taken in that code (see <see cref="LockGuards"/>). Reported once per object and lambda, at the
/// first change.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SharedStateInConcurrentCodeAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        DiagnosticIds.SharedStateInConcurrentCode,
        title: "Do not change a non-thread-safe object from code that runs concurrently",
        messageFormat: "{0}; {1}",
        RuleCategories.Threading,
        DiagnosticSeverity.Warning,
        description: "List, Dictionary, HashSet, Queue, Stack, StringBuilder and Random are not safe for concurrent writes. "
            + "When the body of Parallel.ForEach, a PLINQ query, Task.Run, the async lambdas of Task.WhenAll or a timer callback "
            + "changes one that other threads can reach (a captured local, a field, a static), two threads can change it at once: "
            + "items are lost, a Dictionary's buckets are corrupted and lookups loop forever, Random starts returning 0. "
            + "Use a concurrent collection, collect the results the API returns, or take a lock around the change.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var threading = ThreadingTypes.Create(start.Compilation);
            var callbacks = ConcurrentCallbacks.Create(start.Compilation, threading);
            var types = ThreadUnsafeTypes.Create(start.Compilation);
            var apis = LockApis.Create(start.Compilation, threading);
            start.RegisterOperationAction(
                operationContext => Analyze(operationContext, callbacks, types, apis, threading),
                OperationKind.AnonymousFunction,
                OperationKind.MethodReference);
        });
    }

    private static void Analyze(
        OperationAnalysisContext context, ConcurrentCallbacks callbacks, ThreadUnsafeTypes types, LockApis apis, ThreadingTypes threading)
    {
        var callback = callbacks.Describe(context.Operation);
        if (callback?.Body is not { } body)
        {
            return;
        }

        var guards = new LockGuards(apis, threading);
        HashSet<ISymbol>? reported = null;
        foreach (var item in ConcurrentRegion.Of(callback, callbacks))
        {
            var operation = item.Operation;
            if (types.Mutation(operation, out var target) is not { } change
                || target is null
                || !callback.Shares(SharedState.Classify(target, item.Function))
                || SharedState.SymbolOf(target) is not { } symbol
                || (reported?.Contains(symbol) ?? false)
                || guards.IsGuarded(operation, item.Body)
                || (item.CallSite is { } call && guards.IsGuarded(call, body)))
            {
                continue;
            }

            (reported ??= new HashSet<ISymbol>(SymbolEqualityComparer.Default)).Add(symbol);
            var where = Where(item, callback);
            var reportedAt = callback.Callback as IMethodReferenceOperation
                ?? item.CallSite
                ?? (operation is IPropertyReferenceOperation { Parent: { } write } ? write : operation);
            context.ReportDiagnostic(Diagnostic.Create(
                Rule,
                reportedAt.Syntax.GetLocation(),
                $"'{target.Syntax}' ({target.Type?.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)}) is shared by the {callback.Runner}, "
                    + $"which runs on several threads at once, and is changed with {change}{where} without a lock",
                "use a concurrent collection (or Random.Shared), collect results per iteration, or lock around the change"));
        }
    }

    /// <summary>
    /// Where the change is when it is not at the reported spot: a method group is reported at the reference and a helper
    /// at its call, so the diagnostic stays in the member being analysed.
    /// </summary>
    internal static string Where(RegionOperation item, ConcurrentCallback callback) =>
        item.CallSite is not null ? $" in {item.Function.Name}, which it calls,"
        : callback.Callback is IMethodReferenceOperation ? $" in {callback.Symbol.Name}"
        : "";
}
