using System.Collections.Immutable;
using Introspect.Analyzers.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Threading;

/// <summary>
/// INTR129: a BackgroundService.ExecuteAsync loop that no catch-all protects, inside the loop or around it, so the
/// first exception ends the service for good (and, with .NET 6+'s default BackgroundServiceExceptionBehavior.StopHost,
/// the whole host); and a catch-all in or around that loop that swallows the exception without logging or rethrowing it.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnhandledExceptionInServiceLoopAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        DiagnosticIds.UnhandledExceptionInServiceLoop,
        title: "Catch and log exceptions in a BackgroundService loop",
        messageFormat: "{0}",
        RuleCategories.Threading,
        DiagnosticSeverity.Warning,
        description: "An exception that escapes BackgroundService.ExecuteAsync ends the service for good: before .NET 6 silently, since .NET 6 "
            + "by stopping the whole host (BackgroundServiceExceptionBehavior.StopHost). One failed database call at night takes the worker down. "
            + "Catch exceptions inside the loop, log them and go on with the next iteration; a catch-all that logs nothing hides the failures instead.");

    private const string Unprotected =
        "One exception in this ExecuteAsync loop ends the service for good (and stops the host by default); catch and log exceptions inside the loop";

    private const string Swallowed =
        "This catch-all in the ExecuteAsync loop swallows every failure without a trace; log the exception or rethrow it";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (start.Compilation.GetTypeByMetadataName(WellKnownTypeNames.BackgroundService) is not { } backgroundService)
            {
                return;
            }

            var catches = new CatchHandling(start.Compilation);
            start.RegisterOperationBlockAction(block => Analyze(block, backgroundService, catches));
        });
    }

    private static void Analyze(OperationBlockAnalysisContext context, INamedTypeSymbol backgroundService, CatchHandling catches)
    {
        if (context.OwningSymbol is not IMethodSymbol { Name: "ExecuteAsync", IsOverride: true } method || !OverridesBackgroundService(method, backgroundService))
        {
            return;
        }

        foreach (var body in context.OperationBlocks)
        {
            foreach (var loop in ServiceLoops.Find(body))
            {
                AnalyzeLoop(context, loop, catches);
            }
        }
    }

    private static void AnalyzeLoop(OperationBlockAnalysisContext context, ILoopOperation loop, CatchHandling catches)
    {
        var catchAll = false;
        foreach (var clause in ClausesInAndAround(loop))
        {
            if (!catches.IsCatchAll(clause))
            {
                continue;
            }

            catchAll = true;
            if (!catches.LeavesATrace(clause) && clause.Syntax is Microsoft.CodeAnalysis.CSharp.Syntax.CatchClauseSyntax syntax)
            {
                context.ReportDiagnostic(Diagnostic.Create(Rule, syntax.CatchKeyword.GetLocation(), Swallowed));
            }
        }

        if (!catchAll && !DelegatesToSelfGuardedWork(loop, context.CancellationToken))
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, ServiceLoops.KeywordLocation(loop), Unprotected));
        }
    }

    /// <summary>
    /// Whether the loop calls a method of the compilation that catches its own failures (every await in a catch-all
    /// try), the common <c>await RunOnceAsync(stoppingToken)</c> shape. One level only, like the catch-alls in the loop.
    /// </summary>
    private static bool DelegatesToSelfGuardedWork(ILoopOperation loop, CancellationToken cancellationToken)
    {
        foreach (var operation in ServiceLoops.OwnDescendants(loop))
        {
            if (operation is IInvocationOperation invocation
                && invocation.TargetMethod.OriginalDefinition.DeclaringSyntaxReferences.Any(reference => OwnExceptionHandling.Handles(reference.GetSyntax(cancellationToken))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The catch clauses inside the loop, and those of the try statements whose protected block holds it, up to its function.</summary>
    private static IEnumerable<ICatchClauseOperation> ClausesInAndAround(ILoopOperation loop)
    {
        foreach (var operation in ServiceLoops.OwnDescendants(loop))
        {
            if (operation is ICatchClauseOperation clause)
            {
                yield return clause;
            }
        }

        IOperation child = loop;
        for (var parent = loop.Parent; parent is not null and not (IAnonymousFunctionOperation or ILocalFunctionOperation); child = parent, parent = parent.Parent)
        {
            if (parent is ITryOperation tryOperation && tryOperation.Body == child)
            {
                foreach (var clause in tryOperation.Catches)
                {
                    yield return clause;
                }
            }
        }
    }

    private static bool OverridesBackgroundService(IMethodSymbol method, INamedTypeSymbol backgroundService)
    {
        for (var current = method.OverriddenMethod; current is not null; current = current.OverriddenMethod)
        {
            if (SymbolEqualityComparer.Default.Equals(current.ContainingType.OriginalDefinition, backgroundService))
            {
                return true;
            }
        }

        return false;
    }
}
