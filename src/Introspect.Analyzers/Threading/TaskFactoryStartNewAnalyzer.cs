using System.Collections.Immutable;
using Introspect.Analyzers.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Threading;

/// <summary>
/// INTR106: <c>TaskFactory.StartNew</c> and <c>Task.ContinueWith</c> used in the two ways that bite:
/// (a) with an async or Task-returning delegate, the result is a nested <c>Task&lt;Task&gt;</c> whose outer task completes
/// at the first await, so whoever waits on it does not wait for the work; (b) without a TaskScheduler argument, the work
/// runs on <c>TaskScheduler.Current</c>, which is not the thread pool inside a task started on another scheduler.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TaskFactoryStartNewAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property: the rewrite the fixer may offer, one of the <c>*Fix</c> values below.</summary>
    public const string FixProperty = "Fix";

    /// <summary><c>Task.Factory.StartNew(work)</c> becomes <c>Task.Run(work)</c>.</summary>
    public const string TaskRunFix = "TaskRun";

    /// <summary><c>TaskScheduler.Default</c> is added to the arguments.</summary>
    public const string AddSchedulerFix = "AddScheduler";

    /// <summary><c>.Unwrap()</c> is applied to the nested task (and <c>TaskScheduler.Default</c> added if it is missing).</summary>
    public const string UnwrapFix = "Unwrap";

    /// <summary>Diagnostic property: the call also lacks a scheduler, so the Unwrap fix adds one.</summary>
    public const string MissingSchedulerProperty = "MissingScheduler";

    /// <summary>Diagnostic property: the call returns a nested task that nobody unwraps.</summary>
    public const string NestedTaskProperty = "NestedTask";

    /// <summary>Diagnostic property: the call is already unwrapped; Task.Run replaces the <c>.Unwrap()</c> call too.</summary>
    public const string ReplacesUnwrapProperty = "ReplacesUnwrap";

    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        DiagnosticIds.TaskFactoryStartNew,
        title: "Use Task.Run, or give StartNew and ContinueWith an explicit scheduler",
        messageFormat: "{0}; {1}",
        RuleCategories.Threading,
        DiagnosticSeverity.Warning,
        description: "TaskFactory.StartNew and Task.ContinueWith return Task<Task> for an async or Task-returning delegate: the outer task "
            + "completes at the delegate's first await, so awaiting it neither waits for the work nor observes its exceptions. "
            + "Without a TaskScheduler argument they also run on TaskScheduler.Current, which inside a task started on a UI or "
            + "custom scheduler is that scheduler, not the thread pool. Task.Run has neither problem.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var threading = ThreadingTypes.Create(start.Compilation);
            if (threading.Task is null || threading.TaskFactory is null || threading.TaskScheduler is null)
            {
                return;
            }

            var taskExtensions = new LazyType(start.Compilation, WellKnownTypeNames.TaskExtensions);

            // StartNew and ContinueWith calls are rare: they are found from each file's text, not with a callback for every call.
            start.RegisterSemanticModelAction(modelContext =>
            {
                void Analyze(IInvocationOperation invocation) => AnalyzeInvocation(modelContext.ReportDiagnostic, invocation, threading, taskExtensions);
                CallSites.ForEachCall(modelContext.SemanticModel, "StartNew", name => name == "StartNew", Analyze, modelContext.CancellationToken);
                CallSites.ForEachCall(modelContext.SemanticModel, "ContinueWith", name => name == "ContinueWith", Analyze, modelContext.CancellationToken);
            });
        });
    }

    private static void AnalyzeInvocation(Action<Diagnostic> report, IInvocationOperation invocation, ThreadingTypes threading, LazyType taskExtensions)
    {
        var method = invocation.TargetMethod;

        // Name first: it rules out nearly every invocation without touching a type.
        var isStartNew = method.Name == "StartNew" && threading.IsTaskFactory(method.ContainingType);
        var isContinueWith = !isStartNew && method.Name == "ContinueWith" && threading.IsTask(method.ContainingType);
        if (!isStartNew && !isContinueWith)
        {
            return;
        }

        var hasScheduler = method.Parameters.Any(parameter => ThreadingTypes.Is(parameter.Type, threading.TaskScheduler));
        var returnsNestedTask = ReturnsNestedTask(method, threading);
        var unwrappedBy = returnsNestedTask ? UnwrappingParent(invocation, taskExtensions) : null;
        var nested = returnsNestedTask && unwrappedBy is null;
        var factory = isStartNew ? Factory(invocation.Instance, threading) : FactoryKind.None;

        // A factory of unknown origin may carry its own scheduler, so only Task.Factory and new TaskFactory() count as Current.
        var ambientScheduler = !hasScheduler && (isContinueWith || factory is FactoryKind.Static or FactoryKind.NewWithoutScheduler);
        if (!nested && !ambientScheduler)
        {
            return;
        }

        // Neither Task.Run nor Unwrap() unwraps a ValueTask: that delegate has to return a Task first.
        var nestedValueTask = nested && !threading.IsTask(((INamedTypeSymbol)method.ReturnType).TypeArguments[0]);
        var canUseTaskRun = factory == FactoryKind.Static && HasTaskRunShape(method, threading) && !nestedValueTask;
        var properties = nestedValueTask
            ? ImmutableDictionary<string, string?>.Empty.Add(NestedTaskProperty, "true")
            : FixProperties(invocation, threading, nested, ambientScheduler, unwrappedBy, canUseTaskRun, isContinueWith || factory == FactoryKind.Static);

        report(Diagnostic.Create(
            Rule,
            NameLocation(invocation),
            properties,
            Problem(isStartNew, nested),
            nestedValueTask
                ? "make the delegate return a Task (AsTask()) and use Task.Run, or await the ValueTask inside an async lambda"
                : Advice(isStartNew, nested, ambientScheduler, canUseTaskRun)));
    }

    private static ImmutableDictionary<string, string?> FixProperties(
        IInvocationOperation invocation,
        ThreadingTypes threading,
        bool nested,
        bool ambientScheduler,
        IOperation? unwrappedBy,
        bool canUseTaskRun,
        bool canAddScheduler)
    {
        var properties = nested ? ImmutableDictionary<string, string?>.Empty.Add(NestedTaskProperty, "true") : ImmutableDictionary<string, string?>.Empty;
        var isTaskFactory = invocation.TargetMethod.ContainingType is { IsGenericType: false };
        if (canUseTaskRun && isTaskFactory)
        {
            // Task.Run unwraps, so its result type differs from a nested StartNew's; only offered where that cannot matter.
            if (!nested && unwrappedBy is null)
            {
                return properties.Add(FixProperty, TaskRunFix);
            }

            if (nested && ToleratesUnwrapping(invocation, threading))
            {
                return properties.Add(FixProperty, TaskRunFix);
            }

            if (unwrappedBy is IInvocationOperation)
            {
                return properties.Add(FixProperty, TaskRunFix).Add(ReplacesUnwrapProperty, "true");
            }
        }

        if (nested)
        {
            return ToleratesUnwrapping(invocation, threading) && (!ambientScheduler || canAddScheduler)
                ? properties.Add(FixProperty, UnwrapFix).Add(MissingSchedulerProperty, ambientScheduler ? "true" : "false")
                : properties;
        }

        return canAddScheduler ? properties.Add(FixProperty, AddSchedulerFix) : properties;
    }

    /// <summary>Task&lt;Task&gt;, Task&lt;Task&lt;T&gt;&gt;, Task&lt;ValueTask&gt;: the delegate returned a task that nobody unwraps.</summary>
    private static bool ReturnsNestedTask(IMethodSymbol method, ThreadingTypes threading) =>
        method.ReturnType is INamedTypeSymbol { TypeArguments.Length: 1 } returned
        && ThreadingTypes.Is(returned.OriginalDefinition, threading.TaskOfT)
        && threading.IsTaskLike(returned.TypeArguments[0]);

    /// <summary><c>StartNew(...).Unwrap()</c> or <c>await await StartNew(...)</c>: the inner task is waited for after all.</summary>
    private static IOperation? UnwrappingParent(IInvocationOperation invocation, LazyType taskExtensions)
    {
        var parent = invocation.Parent;
        if (parent is IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: "Unwrap" } unwrap }
            && ThreadingTypes.Is(unwrap.TargetMethod.ContainingType, taskExtensions.Symbol))
        {
            return unwrap;
        }

        return parent is IAwaitOperation { Parent: IAwaitOperation outerAwait } ? outerAwait : null;
    }

    /// <summary>Where the task's type may change from Task&lt;Task&gt; to Task: it is discarded, awaited as a statement, or used as a Task.</summary>
    private static bool ToleratesUnwrapping(IInvocationOperation invocation, ThreadingTypes threading) => invocation.Parent switch
    {
        IExpressionStatementOperation => true,
        IAwaitOperation { Parent: IExpressionStatementOperation } => true,
        ISimpleAssignmentOperation { Target: IDiscardOperation } => true,
        IConversionOperation { IsImplicit: true, Type: { } converted } => ThreadingTypes.Is(converted, threading.Task),
        _ => false,
    };

    private enum FactoryKind
    {
        None,
        Static,
        NewWithoutScheduler,
        Unknown,
    }

    private static FactoryKind Factory(IOperation? instance, ThreadingTypes threading) => instance switch
    {
        IPropertyReferenceOperation { Property: { Name: "Factory", IsStatic: true } property } when threading.IsTask(property.ContainingType) =>
            FactoryKind.Static,
        IObjectCreationOperation { Constructor: { } constructor } =>
            constructor.Parameters.Any(parameter => ThreadingTypes.Is(parameter.Type, threading.TaskScheduler))
                ? FactoryKind.Unknown
                : FactoryKind.NewWithoutScheduler,
        _ => FactoryKind.Unknown,
    };

    /// <summary>StartNew(work) or StartNew(work, cancellationToken): Task.Run has the same overloads, nothing is lost.</summary>
    private static bool HasTaskRunShape(IMethodSymbol method, ThreadingTypes threading) =>
        method.Parameters.Length == 1
        || (method.Parameters.Length == 2 && ThreadingTypes.Is(method.Parameters[1].Type, threading.CancellationToken));

    private static string Problem(bool isStartNew, bool nested) => (isStartNew, nested) switch
    {
        (true, true) => "StartNew with an async or Task-returning delegate returns a nested Task<Task> that completes at the delegate's first await, before the work is done",
        (false, true) => "ContinueWith with an async or Task-returning continuation returns a nested Task<Task> that completes at the continuation's first await, before the work is done",
        (true, false) => "StartNew without a TaskScheduler runs the work on TaskScheduler.Current, which is not the thread pool when this runs inside a task on another scheduler",
        _ => "ContinueWith without a TaskScheduler runs the continuation on TaskScheduler.Current, which is not the thread pool when this runs inside a task on another scheduler",
    };

    private static string Advice(bool isStartNew, bool nested, bool ambientScheduler, bool canUseTaskRun)
    {
        if (isStartNew && canUseTaskRun)
        {
            return nested ? "use Task.Run, which unwraps the inner task and runs on the thread pool" : "use Task.Run, or pass TaskScheduler.Default";
        }

        if (nested)
        {
            return ambientScheduler ? "call Unwrap() on the result and pass TaskScheduler.Default" : "call Unwrap() on the result";
        }

        return "pass TaskScheduler.Default (or the scheduler you mean)";
    }

    private static Location NameLocation(IInvocationOperation invocation) => invocation.Syntax switch
    {
        InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name: var name } } => name.GetLocation(),
        InvocationExpressionSyntax { Expression: MemberBindingExpressionSyntax { Name: var bound } } => bound.GetLocation(),
        _ => invocation.Syntax.GetLocation(),
    };
}
