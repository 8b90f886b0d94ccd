using System.Collections.Concurrent;
using System.Collections.Immutable;
using Introspect.Analyzers.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Threading;

/// <summary>
/// INTR109: a lock or semaphore acquired without a release that runs on every path. Reported when the function
/// releases the lock, but not from a finally block right after the acquire, and when a private lock field is
/// acquired but nothing in its type ever releases it. A lock released elsewhere by design (a signal, a releaser
/// object, Enter/Exit method pairs, a semaphore created empty to signal) is left alone.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LockWithoutFinallyReleaseAnalyzer : DiagnosticAnalyzer
{
    internal const string ReasonKey = "Reason";
    internal const string ReleasedOutsideFinally = "ReleasedOutsideFinally";
    internal const string TryComesTooLate = "TryComesTooLate";
    internal const string NeverReleased = "NeverReleased";

    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        DiagnosticIds.LockWithoutFinallyRelease,
        title: "Release locks and semaphores in a finally block",
        messageFormat: "'{0}' is acquired by {1} but {2}; acquire it right before a try block and release it in the finally",
        RuleCategories.Threading,
        DiagnosticSeverity.Warning,
        description: "A lock or semaphore that is released after the work, rather than in a finally block, stays taken when the work throws or returns early, and every later caller then waits forever. Acquire it immediately before a try block (or inside it, with a taken flag) and release it in the finally.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var threading = ThreadingTypes.Create(start.Compilation);
            var apis = LockApis.Create(start.Compilation, threading);
            if (!apis.IsAnyLockTypeKnown)
            {
                return;
            }

            var disposableTypes = new DisposableTypes(start.Compilation, threading);
            var onlyReleasedWhereAcquired = new ConcurrentDictionary<IFieldSymbol, bool>(SymbolEqualityComparer.Default);
            start.RegisterSemanticModelAction(modelContext => LockApis.ForEachAcquireNamedCall(
                modelContext.SemanticModel,
                invocation => AnalyzeInvocation(modelContext, invocation, apis, disposableTypes, onlyReleasedWhereAcquired),
                modelContext.CancellationToken));
        });
    }

    private static void AnalyzeInvocation(
        SemanticModelAnalysisContext context,
        IInvocationOperation invocation,
        LockApis apis,
        DisposableTypes disposableTypes,
        ConcurrentDictionary<IFieldSymbol, bool> onlyReleasedWhereAcquired)
    {
        if (apis.Classify(invocation) is not { IsAcquire: true, Key: not null } candidate
            || SignalSemaphores.IsCreatedEmpty(candidate, context.CancellationToken))
        {
            return;
        }

        var body = FunctionLockScan.BodyAround(invocation);

        // Re-taking a lock in a finally (release, await something, take it back) is a pattern of its own.
        if (LockFlow.EnclosingFinally(invocation, body) is not null)
        {
            return;
        }

        var scan = FunctionLockScan.Of(body, apis);
        var acquire = FindCall(scan, invocation);
        if (acquire is null || ReleaseProtection.IsProtected(acquire, scan, out var tryComesTooLate))
        {
            return;
        }

        var releasedAfter = false;
        var releasedAnywhere = false;
        foreach (var call in scan.LockCalls)
        {
            if (call.IsRelease && call.IsSameLock(acquire))
            {
                releasedAnywhere = true;
                releasedAfter |= call.Position > acquire.Position && !LockFlow.AreInExclusiveBranches(acquire.Invocation, call.Invocation, body);
            }
        }

        string reason;
        if (releasedAfter)
        {
            reason = tryComesTooLate ? TryComesTooLate : ReleasedOutsideFinally;
        }
        else if (!releasedAnywhere && IsNeverReleased(context.SemanticModel, acquire, disposableTypes, onlyReleasedWhereAcquired, context.CancellationToken))
        {
            reason = NeverReleased;
        }
        else
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Rule,
            invocation.Syntax.GetLocation(),
            ImmutableDictionary<string, string?>.Empty.Add(ReasonKey, reason),
            acquire.LockName,
            acquire.MethodName,
            Explain(reason, acquire)));
    }

    private static string Explain(string reason, LockCall acquire) => reason switch
    {
        TryComesTooLate => "the code between the acquire and the try block can throw or return before the finally runs",
        NeverReleased => "nothing in its type ever releases it, so the next caller waits forever",
        _ => $"{acquire.ReleaseMethodName} is not in a finally block, so an exception or early return leaves it held",
    };

    // A private field that no other code can release: not handed out, and only released by functions that acquire it.
    private static bool IsNeverReleased(
        SemanticModel model,
        LockCall acquire,
        DisposableTypes disposableTypes,
        ConcurrentDictionary<IFieldSymbol, bool> onlyReleasedWhereAcquired,
        CancellationToken cancellationToken)
    {
        if (acquire.Key?.OwnField is not { DeclaredAccessibility: Accessibility.Private, IsImplicitlyDeclared: false } field
            || field.DeclaringSyntaxReferences.IsEmpty)
        {
            return false;
        }

        // A method that acquires and returns a disposable (a releaser) hands the release to its caller.
        if (CallSites.ContainingMember(model, acquire.Invocation, cancellationToken) is { } member
            && EnclosingFunction.Of(acquire.Invocation, member) is { } function && disposableTypes.IsDisposableResult(function))
        {
            return false;
        }

        return onlyReleasedWhereAcquired.GetOrAdd(field, candidate => FieldLockUsage.IsOnlyReleasedWhereAcquired(candidate, cancellationToken));
    }

    private static LockCall? FindCall(FunctionLockScan scan, IInvocationOperation invocation)
    {
        foreach (var call in scan.LockCalls)
        {
            if (call.Invocation == invocation)
            {
                return call;
            }
        }

        return null;
    }
}
