using System.Collections.Immutable;
using Introspect.Analyzers.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace Introspect.Analyzers.Threading;

/// <summary>
/// INTR125: the callback of a timer that fires again while the callback still runs (see
/// <see cref="OverlapGuards.FiresWhileRunning"/>) awaits, blocks, does synchronous I/O, or changes shared state without
/// a lock, and does not skip or stop the overlapping ticks (see <see cref="OverlapGuards.StartsWithGuard"/>). Reported
/// once per callback, at the callback, naming the first such operation.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class OverlappingTimerCallbackAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        DiagnosticIds.OverlappingTimerCallback,
        title: "Do not let a periodic timer callback overlap itself",
        messageFormat: "{0}; {1}",
        RuleCategories.Threading,
        DiagnosticSeverity.Warning,
        description: "A System.Threading.Timer with a period, and a System.Timers.Timer with AutoReset, fire on the thread pool "
            + "whether or not the previous callback has finished. When the callback awaits, blocks, queries a database or an API, "
            + "or changes shared state, a slow run overlaps the next: the same work runs twice at once, shared collections are "
            + "corrupted, and a stalled dependency piles up thread-pool threads until the process starves. Skip the tick while a run "
            + "is in progress (an Interlocked.CompareExchange flag, Monitor.TryEnter, SemaphoreSlim.Wait(0)), stop the timer while "
            + "working and re-arm it at the end, or use a PeriodicTimer loop.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var threading = ThreadingTypes.Create(start.Compilation);
            if (threading.ThreadingTimer is null && threading.TimersTimer is null)
            {
                return;
            }

            var work = new OverlapHazards(start.Compilation, threading);
            var callbacks = ConcurrentCallbacks.Create(start.Compilation, threading);
            start.RegisterOperationAction(
                operationContext => Analyze(operationContext, callbacks, work, threading),
                OperationKind.AnonymousFunction,
                OperationKind.MethodReference);
        });
    }

    private static void Analyze(OperationAnalysisContext context, ConcurrentCallbacks callbacks, OverlapHazards work, ThreadingTypes threading)
    {
        var callback = callbacks.Describe(context.Operation);
        if (callback is not { Kind: ConcurrencyKind.TimerCallback, Body: not null }
            || !OverlapGuards.FiresWhileRunning(callback, threading)
            || work.First(callback, callbacks) is not { } hazard
            || LocationOf(callback) is not { } location)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Rule,
            location,
            $"the {callback.Runner}{Name(callback)} fires again while the previous run is still going, and it {hazard}, with no guard against overlapping runs",
            "skip the tick while a run is in progress (Interlocked.CompareExchange flag or Monitor.TryEnter), or stop the timer while working and re-arm it at the end"));
    }

    /// <summary>Where the fix goes: the callback method's name, or the head of the lambda (its parameters and arrow).</summary>
    private static Location? LocationOf(ConcurrentCallback callback)
    {
        switch (callback.Callback.Syntax)
        {
            case LambdaExpressionSyntax lambda:
                return Location.Create(lambda.SyntaxTree, TextSpan.FromBounds(lambda.SpanStart, lambda.ArrowToken.Span.End));
            case AnonymousMethodExpressionSyntax method:
                return method.DelegateKeyword.GetLocation();
        }

        var references = callback.Symbol.DeclaringSyntaxReferences;
        return references.Length == 1 && references[0].GetSyntax() is MethodDeclarationSyntax declaration
            ? declaration.Identifier.GetLocation()
            : callback.Callback.Syntax.GetLocation();
    }

    private static string Name(ConcurrentCallback callback) =>
        callback.Callback is IMethodReferenceOperation ? " " + callback.Symbol.Name : "";
}
