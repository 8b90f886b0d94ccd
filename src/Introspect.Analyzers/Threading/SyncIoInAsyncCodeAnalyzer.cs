using System.Collections.Immutable;
using Introspect.Analyzers.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Threading;

/// <summary>
/// INTR111: synchronous I/O inside an async method, lambda or local function, where the API has a real async
/// overload. Only calls from the curated list in <see cref="SyncIoApis"/> are reported, not every method that
/// happens to have an Async sibling.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SyncIoInAsyncCodeAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property with the name of the async overload to call.</summary>
    public const string AsyncNameProperty = "AsyncName";

    /// <summary>Diagnostic property with the namespace an async extension method lives in, which the fix may have to import.</summary>
    public const string ImportNamespaceProperty = "ImportNamespace";

    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        DiagnosticIds.SyncIoInAsyncCode,
        title: "Call the async overload of I/O in async code",
        messageFormat: "'{0}' blocks a thread-pool thread on I/O inside async code; await '{1}' instead",
        RuleCategories.Threading,
        DiagnosticSeverity.Warning,
        description: "A synchronous database query, file or network call inside async code holds a thread-pool thread for as long as the I/O takes. Under load that starves the pool: jobs, timers and requests queue behind threads that are only waiting. Await the async overload, which frees the thread while the I/O is in flight.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var apis = SyncIoApis.Create(start.Compilation);
            start.RegisterOperationAction(operationContext => AnalyzeInvocation(operationContext, apis), OperationKind.Invocation);
        });
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, SyncIoApis apis)
    {
        var invocation = (IInvocationOperation)context.Operation;

        // Name first: nearly every call is dismissed here, before any walk up the tree. In a lock body no await is
        // allowed, so there is no async overload to advise; blocking while holding a lock is INTR110's concern.
        if (!SyncIoApis.IsCandidateName(invocation.TargetMethod.Name)
            || EnclosingFunction.Of(invocation, context.ContainingSymbol) is not { IsAsync: true } function
            || EnclosingFunction.IsInLockBody(invocation)
            || apis.FindAsyncCounterpart(invocation) is not { } counterpart
            || IsOwnSyncTwin(invocation, function, counterpart))
        {
            return;
        }

        var properties = ImmutableDictionary<string, string?>.Empty.Add(AsyncNameProperty, counterpart.Name);
        if (counterpart.IsExtensionMethod && counterpart.ContainingNamespace is { IsGlobalNamespace: false } extensionNamespace)
        {
            properties = properties.Add(ImportNamespaceProperty, extensionNamespace.ToDisplayString());
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Rule, NameLocation(invocation.Syntax), properties, invocation.TargetMethod.Name, counterpart.Name));
    }

    /// <summary>
    /// An async override such as <c>FlushAsync</c> that calls its own type's <c>Flush</c>: the async overload is the
    /// method itself, so following the advice would make it call itself.
    /// </summary>
    private static bool IsOwnSyncTwin(IInvocationOperation invocation, IMethodSymbol function, IMethodSymbol counterpart)
    {
        if (invocation.Instance is not IInstanceReferenceOperation)
        {
            return false;
        }

        for (var current = function; current is not null; current = current.OverriddenMethod)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, counterpart.OriginalDefinition))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The method name of the call (<c>ToList</c> in <c>query.ToList()</c>), not the whole chain.</summary>
    private static Location NameLocation(SyntaxNode syntax) =>
        syntax is InvocationExpressionSyntax invocation
            ? invocation.Expression switch
            {
                MemberAccessExpressionSyntax access => access.Name.GetLocation(),
                MemberBindingExpressionSyntax binding => binding.Name.GetLocation(),
                SimpleNameSyntax name => name.GetLocation(),
                _ => invocation.GetLocation(),
            }
            : syntax.GetLocation();
}
