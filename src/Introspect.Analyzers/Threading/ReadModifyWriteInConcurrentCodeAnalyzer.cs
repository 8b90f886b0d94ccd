using System.Collections.Immutable;
using Introspect.Analyzers.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Threading;

/// <summary>
/// INTR121: <c>count++</c>, <c>total += n</c>, <c>x = x + n</c>, <c>cache ??= ...</c> on a variable that other threads
/// can reach (see <see cref="SharedState"/>), from code that runs concurrently (see <see cref="ConcurrentCallbacks"/>),
/// outside any lock it takes (see <see cref="LockGuards"/>). Reported once per variable and lambda.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ReadModifyWriteInConcurrentCodeAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property: the Interlocked method the fixer writes (Increment, Decrement, Add, Subtract as Add of the negation).</summary>
    public const string InterlockedProperty = "Interlocked";

    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        DiagnosticIds.ReadModifyWriteInConcurrentCode,
        title: "Do not update a shared variable with ++, += or ??= from concurrent code",
        messageFormat: "{0}; {1}",
        RuleCategories.Threading,
        DiagnosticSeverity.Warning,
        description: "count++ and total += n read the variable, compute, and write the result back as separate steps. When the body of "
            + "Parallel.ForEach, a PLINQ query, Task.Run, the async lambdas of Task.WhenAll or a timer callback does it to a captured "
            + "local or a field, two threads read the same value and one update is lost, so counters come out too low and totals wrong. "
            + "Use Interlocked.Increment/Decrement/Add, or take a lock around the update.");

    private static readonly ImmutableDictionary<string, string?> NoFix = ImmutableDictionary<string, string?>.Empty;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var threading = ThreadingTypes.Create(start.Compilation);
            var callbacks = ConcurrentCallbacks.Create(start.Compilation, threading);
            var apis = LockApis.Create(start.Compilation, threading);
            start.RegisterOperationAction(
                operationContext => Analyze(operationContext, callbacks, apis, threading),
                OperationKind.AnonymousFunction,
                OperationKind.MethodReference);
        });
    }

    private static void Analyze(OperationAnalysisContext context, ConcurrentCallbacks callbacks, LockApis apis, ThreadingTypes threading)
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
            if (ReadModifyWrite.From(operation) is not { } update
                || !callback.Shares(SharedState.Classify(update.Target, item.Function))
                || SharedState.SymbolOf(update.Target) is not { } symbol
                || (reported?.Contains(symbol) ?? false)
                || (guards ??= new LockGuards(apis, threading)).IsGuarded(operation, item.Body)
                || (item.CallSite is { } call && guards.IsGuarded(call, body)))
            {
                continue;
            }

            (reported ??= new HashSet<ISymbol>(SymbolEqualityComparer.Default)).Add(symbol);

            // Through a helper or a method group, the diagnostic sits on the call or the reference: no rewrite applies there.
            var reportedAt = callback.Callback as IMethodReferenceOperation ?? item.ReportedAt;
            var fix = reportedAt == operation ? FixFor(update) : null;
            var where = SharedStateInConcurrentCodeAnalyzer.Where(item, callback);
            context.ReportDiagnostic(Diagnostic.Create(
                Rule,
                reportedAt.Syntax.GetLocation(),
                fix is null ? NoFix : NoFix.Add(InterlockedProperty, fix),
                $"'{operation.Syntax}'{where} updates '{update.Target.Syntax}', which the {callback.Runner} shares between threads, in separate read and write steps, so concurrent updates are lost",
                fix is null ? "take a lock around the update" : $"use Interlocked.{(fix == "Subtract" ? "Add" : fix)}, or take a lock around the update"));
        }
    }

    /// <summary>
    /// The Interlocked rewrite, when it is a drop-in: an int or long local, parameter or field (not volatile, and not a
    /// field of a struct copy), updated as a statement of its own so the value of the expression is not used.
    /// </summary>
    private static string? FixFor(ReadModifyWrite update)
    {
        if (update.InterlockedMethod is not { } method
            || update.Operation.Parent is not IExpressionStatementOperation
            || update.Target.Type?.SpecialType is not (SpecialType.System_Int32 or SpecialType.System_Int64))
        {
            return null;
        }

        return update.Target switch
        {
            ILocalReferenceOperation { Local.RefKind: RefKind.None } => method,
            IParameterReferenceOperation { Parameter.RefKind: RefKind.None } => method,
            IFieldReferenceOperation { Field.IsVolatile: false, Instance: null or IInstanceReferenceOperation or { Type.IsReferenceType: true } } => method,
            _ => null,
        };
    }
}
