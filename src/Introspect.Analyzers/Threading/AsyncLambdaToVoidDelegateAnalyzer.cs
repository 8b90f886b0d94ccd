using System.Collections.Immutable;
using Introspect.Analyzers.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Threading;

/// <summary>
/// INTR102: an async lambda, async anonymous method or async method group converted to a void-returning delegate
/// (Action, TimerCallback, ThreadStart, ...). The compiler silently makes it async void: the code that invokes the
/// delegate cannot await it, and an exception it throws crashes the process.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AsyncLambdaToVoidDelegateAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property: which rewrite the fixer may offer (an <see cref="AsyncCallbackAlternativeKind"/> name).</summary>
    public const string FixProperty = "Fix";

    /// <summary>Diagnostic property: for an async overload, the name of the method to call instead.</summary>
    public const string OverloadProperty = "Overload";

    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        DiagnosticIds.AsyncLambdaToVoidDelegate,
        title: "Do not pass an async lambda where a void-returning delegate is expected",
        messageFormat: "{0}: {1}; {2}",
        RuleCategories.Threading,
        DiagnosticSeverity.Warning,
        description: "When an async lambda or async method is converted to a delegate that returns void, the compiler makes it async void. "
            + "Whoever invokes the delegate (List<T>.ForEach, Parallel.ForEach, a Timer, an Action parameter) carries on at its first await, "
            + "cannot tell when it has finished, and an exception it throws is raised on the thread pool, where it ends the process. "
            + "Use an API that takes a Task-returning delegate instead. Event handlers of (object, EventArgs) events are not reported.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var threading = ThreadingTypes.Create(start.Compilation);
            if (threading.Task is null)
            {
                // Without Task there is no async code to find.
                return;
            }

            var alternatives = AsyncCallbackAlternatives.Create(start.Compilation, threading);
            start.RegisterOperationAction(
                operationContext => AnalyzeDelegateCreation(operationContext, threading, alternatives),
                OperationKind.DelegateCreation);
        });
    }

    private static void AnalyzeDelegateCreation(
        OperationAnalysisContext context, ThreadingTypes threading, AsyncCallbackAlternatives alternatives)
    {
        var creation = (IDelegateCreationOperation)context.Operation;

        // Cheapest test first: almost no delegate is created from async code.
        var (isAsync, asyncMethodGroup) = creation.Target switch
        {
            IAnonymousFunctionOperation { Symbol.IsAsync: true } => (true, null),
            IMethodReferenceOperation { Method: { IsAsync: true } method } => (true, method),
            _ => (false, (IMethodSymbol?)null),
        };

        if (!isAsync || creation.Type is not INamedTypeSymbol { DelegateInvokeMethod: { ReturnsVoid: true } invoke } delegateType)
        {
            return;
        }

        var eventArgs = threading.EventArgs;
        if (IsEventSubscriptionOrRemoval(creation, invoke, eventArgs))
        {
            return;
        }

        // An async void method that INTR101 reports at its declaration is not reported again where it is used.
        if (asyncMethodGroup is not null && !EventHandlerShape.Matches(asyncMethodGroup, eventArgs) && !SignatureOwnership.IsImposed(asyncMethodGroup))
        {
            return;
        }

        var argument = creation.Parent as IArgumentOperation;
        var alternative = argument is null ? default : alternatives.For(argument, context.ContainingSymbol);
        var properties = FixProperties(creation, argument, alternative, context.ContainingSymbol);

        context.ReportDiagnostic(Diagnostic.Create(
            Rule,
            HeaderLocation(creation),
            properties,
            Conversion(creation.Target, asyncMethodGroup, delegateType),
            Consequence(creation.Target),
            Advice(alternative)));
    }

    /// <summary>
    /// <c>x.Event += async (s, e) =&gt; ...</c> on an (object, EventArgs) event is the accepted home of async void; a removal
    /// (<c>-=</c>) never runs the lambda at all.
    /// </summary>
    private static bool IsEventSubscriptionOrRemoval(IDelegateCreationOperation creation, IMethodSymbol invoke, INamedTypeSymbol? eventArgs) =>
        creation.Parent switch
        {
            IEventAssignmentOperation { Adds: false } => true,
            IEventAssignmentOperation => EventHandlerShape.Matches(invoke, eventArgs),
            ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Subtract } => true,
            _ => false,
        };

    private static ImmutableDictionary<string, string?> FixProperties(
        IDelegateCreationOperation creation, IArgumentOperation? argument, AsyncCallbackAlternative alternative, ISymbol containingSymbol)
    {
        // The rewrites work on a lambda passed straight to a call; method groups are left to a human.
        var properties = ImmutableDictionary<string, string?>.Empty;
        if (creation.Target is not IAnonymousFunctionOperation || argument?.Parent is not IInvocationOperation invocation)
        {
            return properties;
        }

        switch (alternative.Kind)
        {
            case AsyncCallbackAlternativeKind.ForEachLoop:
            case AsyncCallbackAlternativeKind.ParallelForEachAsync:
            case AsyncCallbackAlternativeKind.ParallelForAsync:
                // The rewrite awaits the loop, so it needs a statement in an async function, outside a lock.
                if (creation.Target is IAnonymousFunctionOperation { Symbol.Parameters.Length: 1 }
                    && invocation.Parent is IExpressionStatementOperation
                    && EnclosingFunction.Of(invocation, containingSymbol) is { IsAsync: true }
                    && !EnclosingFunction.IsInLockBody(invocation)
                    && HasLoopShape(invocation.TargetMethod, alternative.Kind))
                {
                    properties = properties.Add(FixProperty, alternative.Kind.ToString());
                }

                break;

            case AsyncCallbackAlternativeKind.AsyncOverload when alternative.Overload is { } overload
                && SymbolEqualityComparer.Default.Equals(overload.ReturnType, invocation.TargetMethod.ReturnType):
                properties = properties.Add(FixProperty, alternative.Kind.ToString()).Add(OverloadProperty, overload.Name);
                break;
        }

        return properties;
    }

    /// <summary>The overloads the loop rewrites understand: (source, body) and (source, ParallelOptions, body).</summary>
    private static bool HasLoopShape(IMethodSymbol method, AsyncCallbackAlternativeKind kind)
    {
        var parameters = method.Parameters;
        return kind switch
        {
            AsyncCallbackAlternativeKind.ForEachLoop => true,
            AsyncCallbackAlternativeKind.ParallelForEachAsync =>
                parameters.Length is 2 or 3
                && parameters[0].Type.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T
                && (parameters.Length == 2 || parameters[1].Type.Name == "ParallelOptions"),
            AsyncCallbackAlternativeKind.ParallelForAsync =>
                parameters.Length is 3 or 4 && (parameters.Length == 3 || parameters[2].Type.Name == "ParallelOptions"),
            _ => false,
        };
    }

    private static string Conversion(IOperation target, IMethodSymbol? methodGroup, INamedTypeSymbol delegateType)
    {
        var delegateName = delegateType.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat);
        return target switch
        {
            _ when methodGroup is not null => $"Async void method '{methodGroup.Name}' is passed as '{delegateName}'",
            { Syntax: AnonymousMethodExpressionSyntax } => $"Async anonymous method becomes async void as '{delegateName}'",
            _ => $"Async lambda becomes async void as '{delegateName}'",
        };
    }

    private static string Consequence(IOperation target) =>
        target is IAnonymousFunctionOperation lambda && CatchesEverything(lambda)
            ? "it catches its exceptions, but nobody can await it, so the caller carries on before the work has finished"
            : "nobody can await it, and an exception it throws crashes the process";

    private static string Advice(AsyncCallbackAlternative alternative) => alternative.Kind switch
    {
        AsyncCallbackAlternativeKind.ForEachLoop => "use a foreach loop and await each item",
        AsyncCallbackAlternativeKind.ParallelForEachAsync => "await Parallel.ForEachAsync instead",
        AsyncCallbackAlternativeKind.ParallelForAsync => "await Parallel.ForAsync instead",
        AsyncCallbackAlternativeKind.AsyncOverload => $"call '{alternative.Overload?.Name}', which takes a Task-returning delegate",
        AsyncCallbackAlternativeKind.PeriodicTimer => "await the work in a PeriodicTimer loop instead of a timer callback",
        _ => "pass a Task-returning delegate (Func<Task>) that the caller awaits, or do the work synchronously",
    };

    /// <summary>The whole body is one try statement with a catch-all that does not rethrow.</summary>
    private static bool CatchesEverything(IAnonymousFunctionOperation lambda)
    {
        ITryOperation? onlyTry = null;
        foreach (var operation in lambda.Body.Operations)
        {
            if (operation.IsImplicit)
            {
                continue;
            }

            if (onlyTry is not null || operation is not ITryOperation tryOperation)
            {
                return false;
            }

            onlyTry = tryOperation;
        }

        if (onlyTry is null)
        {
            return false;
        }

        foreach (var clause in onlyTry.Catches)
        {
            var caught = clause.ExceptionType;
            if (clause.Filter is null
                && (caught.SpecialType == SpecialType.System_Object || caught is { Name: "Exception", ContainingNamespace.Name: "System", ContainingNamespace.ContainingNamespace.IsGlobalNamespace: true })
                && !Rethrows(clause.Handler))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Rethrows(IOperation handler)
    {
        foreach (var descendant in handler.Descendants())
        {
            if (descendant is IThrowOperation)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>From the <c>async</c> keyword to the arrow (or the anonymous method's parameters): short, and on the right line.</summary>
    private static Location HeaderLocation(IDelegateCreationOperation creation)
    {
        var syntax = creation.Target.Syntax;
        var asyncKeyword = syntax switch
        {
            AnonymousFunctionExpressionSyntax function => function.Modifiers.FirstOrDefault(modifier => modifier.IsKind(SyntaxKind.AsyncKeyword)),
            _ => default,
        };

        var end = syntax switch
        {
            LambdaExpressionSyntax lambda => lambda.ArrowToken.Span.End,
            AnonymousMethodExpressionSyntax method => method.ParameterList?.Span.End ?? method.DelegateKeyword.Span.End,
            _ => syntax.Span.End,
        };

        var start = asyncKeyword.IsKind(SyntaxKind.AsyncKeyword) ? asyncKeyword.SpanStart : syntax.SpanStart;
        return end > start
            ? Location.Create(syntax.SyntaxTree, Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(start, end))
            : syntax.GetLocation();
    }
}
