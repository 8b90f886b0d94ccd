using System.Collections.Immutable;
using Introspect.Analyzers.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Threading;

/// <summary>
/// INTR127: lazy initialisation of shared state that the .NET memory model does not make safe. Storing a fully built
/// object in a field is a release (dotnet/runtime docs/design/specs/Memory-model.md, "Object assignment"), so the
/// classic double-checked lock that assigns the new object as its last step is correct and is not reported. Reported:
/// (a) the object stored in the field, then configured through the field, behind an unlocked null check: other threads
/// take the object before it is ready; (b) a separate non-volatile bool flag set after the value, read without a lock:
/// the flag's store may be seen before the value's; (c) <c>if (s_x == null) s_x = Create();</c> or <c>s_x ??= Create()</c>
/// with no lock, where the creation has side effects (see <see cref="SideEffectingCreation"/>): it runs more than once.
/// Shared state is a static field, or a field of a hosted service or job (see <see cref="JobTypes"/>); constructors
/// are left alone.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnsafeLazyInitializationAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property, set for (c) when the fixer can rewrite to LazyInitializer.EnsureInitialized: the name of the lock field it adds.</summary>
    public const string LockFieldProperty = "LockField";

    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        DiagnosticIds.UnsafeLazyInitialization,
        title: "Do not hand-roll lazy initialisation of shared state",
        messageFormat: "{0}; {1}",
        RuleCategories.Threading,
        DiagnosticSeverity.Warning,
        description: "Hand-written lazy initialisation of a static field, or a field of a hosted service or job, breaks when two "
            + "threads get there at once: 'if (s_x == null) s_x = Create();' runs Create twice (two connections, two registrations); "
            + "storing the object in the field and then configuring it lets other threads use it half-configured; and a separate "
            + "bool flag set after the value can be seen before the value. A double-checked lock that stores the finished object as "
            + "its last step is correct under the .NET memory model and is not reported. Use Lazy<T> or LazyInitializer.EnsureInitialized.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var threading = ThreadingTypes.Create(start.Compilation);
            var locks = LockApis.Create(start.Compilation, threading);
            var jobs = JobTypes.Create(start.Compilation);
            var creations = new SideEffectingCreation(start.Compilation, threading);
            start.RegisterOperationAction(
                operationContext => AnalyzeIf(operationContext, (IConditionalOperation)operationContext.Operation, new LazyInitialization(locks, threading, jobs), creations),
                OperationKind.Conditional);
            start.RegisterOperationAction(
                operationContext => AnalyzeCoalesce(operationContext, (ICoalesceAssignmentOperation)operationContext.Operation, new LazyInitialization(locks, threading, jobs), creations),
                OperationKind.CoalesceAssignment);
        });
    }

    /// <summary>(a), (b) and (c), from the check that starts the initialisation: one finding per check at most.</summary>
    private static void AnalyzeIf(OperationAnalysisContext context, IConditionalOperation statement, LazyInitialization lazy, SideEffectingCreation creations)
    {
        if (statement.Syntax is not IfStatementSyntax || statement.WhenFalse is not null)
        {
            return;
        }

        if (LazyInitialization.NullCheckedField(statement.Condition) is { } field
            && lazy.IsShared(field, context.ContainingSymbol)
            && !lazy.IsLocked(statement)
            && LazyInitialization.PublishedThenConfigured(statement.WhenTrue, field) is ({ } store, { } configured))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Rule,
                store.Syntax.GetLocation(),
                $"'{field.Name}' is stored before it is configured ('{Shorten(configured.Syntax)}' runs after it), and '{Shorten(statement.Condition.Syntax)}' is checked without a lock, "
                    + "so another thread can use the object half-configured",
                "configure a local and store it in the field as the last step, or use Lazy<T>"));
            return;
        }

        if (LazyInitialization.UnsetFlag(statement.Condition) is { } flag
            && !flag.IsVolatile
            && lazy.IsShared(flag, context.ContainingSymbol)
            && !lazy.IsLocked(statement)
            && LazyInitialization.ValueThenFlag(statement.WhenTrue, flag) is ({ } value, { } set))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Rule,
                statement.Condition.Syntax.GetLocation(),
                $"the non-volatile flag '{flag.Name}' guards '{value.Name}' and is read here without a lock; the store of '{Shorten(set.Syntax)}' can be seen before the store of '{value.Name}', "
                    + "so another thread can use it uninitialised",
                "use Lazy<T> (or LazyInitializer.EnsureInitialized), or check the value itself instead of a flag"));
            return;
        }

        if (LazyInitialization.NullCheckedField(statement.Condition) is { } checkedField
            && LazyInitialization.SingleStore(statement.WhenTrue, checkedField) is { } single)
        {
            ReportUnsynchronised(context, statement, single, checkedField, single.Value, lazy, creations);
        }
    }

    /// <summary>(c) for <c>s_x ??= Create()</c>.</summary>
    private static void AnalyzeCoalesce(OperationAnalysisContext context, ICoalesceAssignmentOperation assignment, LazyInitialization lazy, SideEffectingCreation creations)
    {
        if (OperationOrigin.Unwrap(assignment.Target) is IFieldReferenceOperation { Field: var field } target && LazyInitialization.IsOwnField(target))
        {
            ReportUnsynchronised(context, assignment, assignment, field, assignment.Value, lazy, creations);
        }
    }

    private static void ReportUnsynchronised(
        OperationAnalysisContext context, IOperation site, IOperation store, IFieldSymbol field, IOperation value, LazyInitialization lazy, SideEffectingCreation creations)
    {
        if (!lazy.IsShared(field, context.ContainingSymbol) || lazy.IsLocked(site) || creations.Describe(value) is not { } effect)
        {
            return;
        }

        var lockField = LazyInitialization.FixLockField(site, field);
        var properties = lockField is null ? ImmutableDictionary<string, string?>.Empty : ImmutableDictionary<string, string?>.Empty.Add(LockFieldProperty, lockField);
        context.ReportDiagnostic(Diagnostic.Create(
            Rule,
            store.Syntax.GetLocation(),
            properties,
            $"'{field.Name}' is initialised on first use without a lock and its creation {effect}; two threads can both find it unset and both create it",
            "use Lazy<T> or LazyInitializer.EnsureInitialized with a lock object"));
    }

    private static string Shorten(SyntaxNode syntax)
    {
        var text = syntax.ToString().Split('\n')[0].Trim();
        return text.Length <= 60 ? text : text.Substring(0, 57) + "...";
    }
}
