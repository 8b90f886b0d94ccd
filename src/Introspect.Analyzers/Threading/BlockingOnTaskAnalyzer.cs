using System.Collections.Immutable;
using Introspect.Analyzers.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Threading;

/// <summary>
/// INTR103: a synchronous wait on a task that may still be running: <c>.Result</c>, <c>.Wait()</c>,
/// <c>.GetAwaiter().GetResult()</c>, <c>Task.WaitAll</c>, <c>Task.WaitAny</c>. In async code it should be an await; in
/// synchronous code it holds a thread-pool thread hostage and can deadlock. Tasks known to be complete are not flagged.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BlockingOnTaskAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property: the kind of function the call is in (<see cref="CallerKind"/>).</summary>
    internal const string CallerKindProperty = "CallerKind";

    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        DiagnosticIds.BlockingOnTask,
        title: "Await the task instead of blocking on it",
        messageFormat: "'{0}' {1}",
        RuleCategories.Threading,
        DiagnosticSeverity.Warning,
        description: "Blocking on a task (Result, Wait, GetAwaiter().GetResult(), Task.WaitAll/WaitAny) holds a thread until the task finishes. "
            + "In async code that wastes the thread the await would have released; in job and service code it starves the thread pool the "
            + "task itself needs, and under a synchronization context it deadlocks. Await the task instead.");

    private static readonly ImmutableDictionary<CallerKind, string> Advice = ImmutableDictionary.CreateRange(
    [
        new KeyValuePair<CallerKind, string>(CallerKind.Async, "blocks the thread inside an async function; await the task instead"),
        new KeyValuePair<CallerKind, string>(CallerKind.TaskReturning, "blocks the thread inside a Task-returning function; make it async and await the task"),
        new KeyValuePair<CallerKind, string>(CallerKind.Job, "blocks a job thread until the task finishes, so jobs starve the thread pool their tasks need; await it from an async method instead"),
        new KeyValuePair<CallerKind, string>(CallerKind.Sync, "blocks a thread until the task finishes, which starves the thread pool and can deadlock; await it from an async method instead"),
    ]);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var calls = BlockingTaskCalls.Create(start.Compilation);
            if (calls is null)
            {
                return;
            }

            var jobs = JobTypes.Create(start.Compilation);
            start.RegisterOperationAction(
                operationContext => Analyze(operationContext, calls, jobs),
                OperationKind.PropertyReference,
                OperationKind.Invocation);
        });
    }

    private static void Analyze(OperationAnalysisContext context, BlockingTaskCalls calls, JobTypes jobs)
    {
        // Names first: almost every property read and call is something else, and this costs no symbol comparison.
        var name = context.Operation switch
        {
            IPropertyReferenceOperation property => property.Property.Name,
            IInvocationOperation invocation => invocation.TargetMethod.Name,
            _ => null,
        };
        if (name is not ("Result" or "Wait" or "GetResult" or "WaitAll" or "WaitAny")
            || !calls.TryRecognize(context.Operation, out var call))
        {
            return;
        }

        var function = EnclosingFunction.Of(call.Operation, context.ContainingSymbol);
        if (CallerContext.IsExempt(call.Operation, function, context.ContainingSymbol)
            || (call.Subject is not null && TaskCompletionFacts.IsKnownComplete(call.Subject, call.Operation, calls.Types)))
        {
            return;
        }

        var kind = CallerContext.Classify(function, calls.Types, jobs);
        var syntax = call.Operation.Syntax;
        context.ReportDiagnostic(Diagnostic.Create(
            Rule,
            Location.Create(syntax.SyntaxTree, call.ReportSpan),
            additionalLocations: [syntax.GetLocation()],
            properties: ImmutableDictionary<string, string?>.Empty.Add(CallerKindProperty, kind.ToString()),
            call.Display,
            Advice[kind]));
    }
}
