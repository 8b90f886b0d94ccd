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

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var semanticModel = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || semanticModel is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(AsyncLambdaToVoidDelegateAnalyzer.FixProperty, out var fix)
                || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not AnonymousFunctionExpressionSyntax lambda
                || lambda.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } } argument)
            {
                continue;
            }

            var action = fix switch
            {
                nameof(AsyncCallbackAlternativeKind.ForEachLoop) =>
                    ForEachLoop(context.Document, root, semanticModel, invocation, argument, lambda, context.CancellationToken),
                nameof(AsyncCallbackAlternativeKind.ParallelForEachAsync) =>
                    ParallelAsync(context.Document, root, semanticModel, invocation, lambda, "ForEachAsync", context.CancellationToken),
                nameof(AsyncCallbackAlternativeKind.ParallelForAsync) =>
                    ParallelAsync(context.Document, root, semanticModel, invocation, lambda, "ForAsync", context.CancellationToken),
                nameof(AsyncCallbackAlternativeKind.AsyncOverload)
                    when diagnostic.Properties.TryGetValue(AsyncLambdaToVoidDelegateAnalyzer.OverloadProperty, out var overload) && overload is not null =>
                    AsyncOverload(context.Document, root, semanticModel, invocation, overload),
                _ => null,
            };

            if (action is not null)
            {
                context.RegisterCodeFix(action, diagnostic);
            }
        }
    }

    private static CodeAction? ForEachLoop(
        Document document,
        SyntaxNode root,
        SemanticModel semanticModel,
        InvocationExpressionSyntax invocation,
        ArgumentSyntax lambdaArgument,
        AnonymousFunctionExpressionSyntax lambda,
        CancellationToken cancellationToken)
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
            || ForEachLoopRewriter.Rewrite(statement, collection, lambda, semanticModel, cancellationToken) is not { } loop)
        {
            return null;
        }

        return CodeAction.Create(
            ForEachLoopTitle,
            _ => Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(statement, loop))),
            equivalenceKey: ForEachLoopTitle);
    }

    private static CodeAction? ParallelAsync(
        Document document,
        SyntaxNode root,
        SemanticModel semanticModel,
        InvocationExpressionSyntax invocation,
        AnonymousFunctionExpressionSyntax lambda,
        string asyncName,
        CancellationToken cancellationToken)
    {
        if (invocation.Parent is not ExpressionStatementSyntax statement
            || ParallelLoopRewriter.Rewrite(invocation, lambda, asyncName, semanticModel, cancellationToken) is not { } awaited)
        {
            return null;
        }

        var title = string.Format(System.Globalization.CultureInfo.InvariantCulture, ParallelTitle, "Parallel." + asyncName);
        return CodeAction.Create(
            title,
            token => AddImportsAsync(document.WithSyntaxRoot(root.ReplaceNode(statement, statement.WithExpression(awaited))), token),
            equivalenceKey: title);
    }

    // A typed lambda gets a CancellationToken parameter, which may need its using directive.
    private static Task<Document> AddImportsAsync(Document document, CancellationToken cancellationToken) =>
        ImportAdder.AddImportsAsync(document, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken);

    private static CodeAction? AsyncOverload(
        Document document,
        SyntaxNode root,
        SemanticModel semanticModel,
        InvocationExpressionSyntax invocation,
        string overloadName)
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
        var bound = semanticModel.GetSpeculativeSymbolInfo(invocation.SpanStart, renamed, SpeculativeBindingOption.BindAsExpression);
        if (bound.Symbol is not IMethodSymbol { Name: var boundName } || boundName != overloadName)
        {
            return null;
        }

        var title = string.Format(System.Globalization.CultureInfo.InvariantCulture, OverloadTitle, overloadName);
        return CodeAction.Create(
            title,
            _ => Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(invocation, renamed))),
            equivalenceKey: OverloadTitle);
    }
}
