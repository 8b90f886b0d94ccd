using System.Collections.Immutable;
using System.Composition;
using Introspect.Analyzers;
using Introspect.Analyzers.Knowledge;
using Introspect.Analyzers.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;

namespace Introspect.CodeFixes.Threading;

/// <summary>
/// INTR102 fixes, offered only where a Task-accepting alternative exists and the rewrite keeps the code's meaning:
/// <c>list.ForEach(async x =&gt; ...)</c> becomes an awaited foreach loop, <c>Parallel.ForEach/For</c> become awaited
/// <c>Parallel.ForEachAsync/ForAsync</c>, and <c>Schedule(async () =&gt; ...)</c> becomes <c>ScheduleAsync(...)</c> where such an
/// overload exists. Timer callbacks and unknown Action parameters need a redesign, so no fix is offered for them.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AsyncLambdaToVoidDelegateFixer))]
[Shared]
public sealed class AsyncLambdaToVoidDelegateFixer : CodeFixProvider
{
    private const string ForEachLoopTitle = "Use a foreach loop that awaits each item";
    private const string ParallelTitle = "Await {0} instead";
    private const string OverloadTitle = "Call '{0}'";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.AsyncLambdaToVoidDelegate);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override Task RegisterCodeFixesAsync(CodeFixContext context) => DiagnosticFixes.RegisterEachAsync(context, ActionFor);

    private static CodeAction? ActionFor(FixDocument document, Diagnostic diagnostic)
    {
        if (!diagnostic.Properties.TryGetValue(AsyncLambdaToVoidDelegateAnalyzer.FixProperty, out var fix)
            || document.FindNode(diagnostic) is not AnonymousFunctionExpressionSyntax lambda
            || lambda.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } } argument)
        {
            return null;
        }

        return fix switch
        {
            nameof(AsyncCallbackAlternativeKind.ForEachLoop) => ForEachLoop(document, invocation, argument, lambda),
            nameof(AsyncCallbackAlternativeKind.ParallelForEachAsync) => ParallelAsync(document, invocation, lambda, "ForEachAsync"),
            nameof(AsyncCallbackAlternativeKind.ParallelForAsync) => ParallelAsync(document, invocation, lambda, "ForAsync"),
            nameof(AsyncCallbackAlternativeKind.AsyncOverload)
                when diagnostic.Properties.TryGetValue(AsyncLambdaToVoidDelegateAnalyzer.OverloadProperty, out var overload) && overload is not null =>
                AsyncOverload(document, invocation, overload),
            _ => null,
        };
    }

    private static CodeAction? ForEachLoop(
        FixDocument document, InvocationExpressionSyntax invocation, ArgumentSyntax lambdaArgument, AnonymousFunctionExpressionSyntax lambda)
    {
        // list.ForEach(body) iterates the receiver; Array.ForEach(array, body) its first argument.
        var collection = invocation.ArgumentList.Arguments.Count switch
        {
            1 when invocation.Expression is MemberAccessExpressionSyntax memberAccess => memberAccess.Expression,
            2 when invocation.ArgumentList.Arguments[1] == lambdaArgument && invocation.ArgumentList.Arguments[0].NameColon is null =>
                invocation.ArgumentList.Arguments[0].Expression,
            _ => null,
        };

        if (collection is null || invocation.Parent is not ExpressionStatementSyntax statement
            || ForEachLoopRewriter.Rewrite(statement, collection, lambda, document.Model, document.CancellationToken) is not { } loop)
        {
            return null;
        }

        return CodeAction.Create(
            ForEachLoopTitle,
            _ => Task.FromResult(document.Document.WithSyntaxRoot(document.Root.ReplaceNode(statement, loop))),
            equivalenceKey: ForEachLoopTitle);
    }

    private static CodeAction? ParallelAsync(
        FixDocument document, InvocationExpressionSyntax invocation, AnonymousFunctionExpressionSyntax lambda, string asyncName)
    {
        if (invocation.Parent is not ExpressionStatementSyntax statement
            || ParallelLoopRewriter.Rewrite(invocation, lambda, asyncName, document.Model, document.CancellationToken) is not { } awaited)
        {
            return null;
        }

        var title = string.Format(System.Globalization.CultureInfo.InvariantCulture, ParallelTitle, "Parallel." + asyncName);
        return CodeAction.Create(
            title,
            token => AddImportsAsync(document.Document.WithSyntaxRoot(document.Root.ReplaceNode(statement, statement.WithExpression(awaited))), token),
            equivalenceKey: title);
    }

    // A typed lambda gets a CancellationToken parameter, which may need its using directive.
    private static Task<Document> AddImportsAsync(Document document, CancellationToken cancellationToken) =>
        ImportAdder.AddImportsAsync(document, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken);

    private static CodeAction? AsyncOverload(FixDocument document, InvocationExpressionSyntax invocation, string overloadName)
    {
        // x?.Schedule(...) cannot be bound on its own, so it is left alone.
        var name = invocation.Expression switch
        {
            MemberAccessExpressionSyntax memberAccess => memberAccess.Name,
            IdentifierNameSyntax identifier => identifier,
            _ => null,
        };

        if (name is not IdentifierNameSyntax)
        {
            return null;
        }

        var renamed = invocation.ReplaceNode(name, SyntaxFactory.IdentifierName(overloadName).WithTriviaFrom(name));

        // Only offer the call if the compiler binds it to the overload the analyzer found.
        var bound = document.Model.GetSpeculativeSymbolInfo(invocation.SpanStart, renamed, SpeculativeBindingOption.BindAsExpression);
        if (bound.Symbol is not IMethodSymbol { Name: var boundName } || boundName != overloadName)
        {
            return null;
        }

        var title = string.Format(System.Globalization.CultureInfo.InvariantCulture, OverloadTitle, overloadName);
        return CodeAction.Create(
            title,
            _ => Task.FromResult(document.Document.WithSyntaxRoot(document.Root.ReplaceNode(invocation, renamed))),
            equivalenceKey: OverloadTitle);
    }
}
