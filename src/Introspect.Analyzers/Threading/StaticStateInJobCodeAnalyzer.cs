using System.Collections.Immutable;
using Introspect.Analyzers.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Threading;

/// <summary>
/// INTR122: a static field or property written, or a static List/Dictionary/... changed, by the code of a job or
/// hosted service (see <see cref="JobTypes"/>) outside any lock (see <see cref="LockGuards"/>). Job runs overlap
/// (Hangfire and Quartz run many at once, hosted services and timers run beside them), and every run shares the
/// statics. Reported once per static and method, at the first write.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class StaticStateInJobCodeAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        DiagnosticIds.StaticStateInJobCode,
        title: "Do not write static state from job or hosted-service code without synchronisation",
        messageFormat: "{0}; {1}",
        RuleCategories.Threading,
        DiagnosticSeverity.Warning,
        description: "Hangfire and Quartz run several jobs at once on their worker threads, and hosted services, timer callbacks and "
            + "other jobs run beside them. A static field is shared by all of them: a static counter loses updates, a static "
            + "Dictionary or List used as a cache is corrupted by two runs adding at once, and a static 'last run' value set by one "
            + "run is overwritten by another. Keep per-run state in locals or the job instance, use Interlocked or a concurrent "
            + "collection for state that must be shared, or take a lock around the write.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var jobs = JobTypes.Create(start.Compilation);
            var threading = ThreadingTypes.Create(start.Compilation);
            var callbacks = ConcurrentCallbacks.Create(start.Compilation, threading);
            var types = ThreadUnsafeTypes.Create(start.Compilation);
            var apis = LockApis.Create(start.Compilation, threading);
            start.RegisterSymbolStartAction(
                symbolStart =>
                {
                    // Only the members of job types are walked; whether a type is one is cached per type.
                    if (symbolStart.Symbol is INamedTypeSymbol type && jobs.IsJobType(type))
                    {
                        symbolStart.RegisterOperationBlockAction(block => Analyze(block, type, callbacks, types, apis, threading));
                    }
                },
                SymbolKind.NamedType);
        });
    }

    private static void Analyze(
        OperationBlockAnalysisContext context, INamedTypeSymbol job, ConcurrentCallbacks callbacks, ThreadUnsafeTypes types, LockApis apis, ThreadingTypes threading)
    {
        // A static constructor runs once, before anything else can see the type; field initializers belong to it.
        if (context.OwningSymbol is not IMethodSymbol { MethodKind: not MethodKind.StaticConstructor } method)
        {
            return;
        }

        LockGuards? guards = null;
        HashSet<ISymbol>? reported = null;
        foreach (var block in context.OperationBlocks)
        {
            foreach (var operation in block.DescendantsAndSelf())
            {
                if (StaticWrite.From(operation, types) is not { } write
                    || (reported?.Contains(write.Static) ?? false)
                    || IsReportedAsConcurrentCode(write, callbacks)
                    || (guards ??= new LockGuards(apis, threading)).IsGuarded(operation, FunctionLockScan.BodyAround(operation)))
                {
                    continue;
                }

                (reported ??= new HashSet<ISymbol>(SymbolEqualityComparer.Default)).Add(write.Static);
                var reportedAt = operation is IPropertyReferenceOperation { Parent: { } assignment } ? assignment : operation;
                context.ReportDiagnostic(Diagnostic.Create(
                    Rule,
                    reportedAt.Syntax.GetLocation(),
                    $"'{reportedAt.Syntax}' {write.Description} the static '{write.Static.ContainingType.Name}.{write.Static.Name}' in {method.Name} of "
                        + $"'{job.Name}', job or hosted-service code that runs on several threads at once, each sharing the static, without a lock",
                    write.Advice));
            }
        }
    }

    /// <summary>
    /// A change that INTR120 or INTR121 already report: a collection change or a read-modify-write in a lambda that
    /// runs concurrently. One finding per line is enough.
    /// </summary>
    private static bool IsReportedAsConcurrentCode(StaticWrite write, ConcurrentCallbacks callbacks)
    {
        if (!write.IsUpdate)
        {
            return false;
        }

        for (var current = write.Operation.Parent; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation lambda && callbacks.Describe(lambda) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One write to static state: an assignment or update of a static variable, or a change to a static collection.</summary>
    private sealed class StaticWrite(IOperation operation, ISymbol staticMember, string description, string advice, bool isUpdate)
    {
        public IOperation Operation { get; } = operation;

        public ISymbol Static { get; } = staticMember;

        /// <summary>What the write does, for the message: "assigns", "updates", "changes (Add)".</summary>
        public string Description { get; } = description;

        public string Advice { get; } = advice;

        /// <summary>A read-modify-write or a collection change, as opposed to a plain assignment.</summary>
        public bool IsUpdate { get; } = isUpdate;

        public static StaticWrite? From(IOperation operation, ThreadUnsafeTypes types)
        {
            if (types.Mutation(operation, out var changed) is { } change && changed is not null && SharedState.OwnStaticOf(changed) is { } collection)
            {
                return new(operation, collection, $"changes ({change})", "use a concurrent collection, keep the collection per run, or lock around the change", isUpdate: true);
            }

            if (ReadModifyWrite.From(operation) is { } update && SharedState.OwnStaticOf(update.Target) is { } counter)
            {
                var advice = update.InterlockedMethod is not null ? "use Interlocked, or lock around the update" : "lock around the update";
                return new(operation, counter, $"updates ({update.Form})", advice, isUpdate: true);
            }

            if (operation is ISimpleAssignmentOperation { Target: var target } && SharedState.OwnStaticOf(target) is { } variable
                && !IsSafePublication(variable))
            {
                return new(operation, variable, "assigns", "keep the state in the job instance or a local, or publish it with Volatile.Write/Interlocked.Exchange, or lock", isUpdate: false);
            }

            return null;
        }

        // Storing into a volatile field, or storing a thread-safe object, is one atomic write that other threads see whole.
        private static bool IsSafePublication(ISymbol variable) => variable switch
        {
            IFieldSymbol field => field.IsVolatile || ThreadSafeTypes.IsThreadSafe(field.Type),
            IPropertySymbol property => ThreadSafeTypes.IsThreadSafe(property.Type),
            _ => false,
        };
    }
}
