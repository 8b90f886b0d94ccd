using Introspect.Analyzers.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FindSymbols;
using Microsoft.CodeAnalysis.Text;

namespace Introspect.CodeFixes.Threading;

/// <summary>A call of the method being made async, which will be awaited.</summary>
internal readonly struct CallerEdit(DocumentId document, TextSpan invocation)
{
    public DocumentId Document { get; } = document;

    public TextSpan Invocation { get; } = invocation;
}

/// <summary>
/// Before a <c>void</c> or <c>T</c> method becomes <c>async Task</c>/<c>async Task&lt;T&gt;</c>, every caller in the
/// solution must be able to await it, or the change would break the build (a T caller) or silently turn a call into
/// fire-and-forget (a void caller). Allowed: calls from async functions where an await may go, recursive calls,
/// top-level statements, <c>nameof</c> and doc references, and Hangfire job expressions (<c>BackgroundJob.Enqueue&lt;Job&gt;(j =&gt; j.Run())</c>),
/// which Hangfire awaits when the method returns a Task. Anything else (method groups, sync callers) means no fix.
/// </summary>
internal static class AsyncCallers
{
    public static async Task<List<CallerEdit>?> FindAsync(
        IMethodSymbol method, Solution solution, SyntaxNode declaration, CancellationToken cancellationToken)
    {
        var edits = new List<CallerEdit>();
        var references = await SymbolFinder.FindReferencesAsync(method, solution, cancellationToken).ConfigureAwait(false);
        foreach (var referenced in references)
        {
            foreach (var location in referenced.Locations)
            {
                if (location.IsCandidateLocation || location.IsImplicit || location.Document.Project.Language != LanguageNames.CSharp)
                {
                    return null;
                }

                var root = await location.Document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                var node = root?.FindNode(location.Location.SourceSpan, findInsideTrivia: true, getInnermostNodeForTie: true);
                if (node is null)
                {
                    return null;
                }

                var verdict = await ClassifyAsync(node, location.Document, method, declaration, cancellationToken).ConfigureAwait(false);
                switch (verdict)
                {
                    case Verdict.Await:
                        edits.Add(new CallerEdit(location.Document.Id, InvocationOf(node)!.Span));
                        break;
                    case Verdict.Unaffected:
                        break;
                    default:
                        return null;
                }
            }
        }

        return edits;
    }

    private enum Verdict
    {
        Blocks,
        Await,
        Unaffected,
    }

    private static async Task<Verdict> ClassifyAsync(
        SyntaxNode node, Document document, IMethodSymbol method, SyntaxNode declaration, CancellationToken cancellationToken)
    {
        if (node.IsPartOfStructuredTrivia() || node.Ancestors().Any(IsNameOf))
        {
            return Verdict.Unaffected;
        }

        if (InvocationOf(node) is not { } invocation)
        {
            // A method group (delegate, event subscription) keeps its old delegate type: it cannot follow the change.
            return Verdict.Blocks;
        }

        var caller = AwaitPlacement.AwaitOwner(invocation);
        if (caller is null)
        {
            return Verdict.Blocks;
        }

        // A recursive call: the method itself becomes async.
        if (caller == declaration || (caller.SyntaxTree == declaration.SyntaxTree && caller.Span == declaration.Span))
        {
            return AwaitPlacement.CanAwaitAt(invocation, caller) ? Verdict.Await : Verdict.Blocks;
        }

        // Async functions, and top-level statements (whose entry point becomes async with the await).
        if (AwaitPlacement.AcceptsAwait(caller) && AwaitPlacement.CanAwaitAt(invocation, caller))
        {
            return Verdict.Await;
        }

        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        return model is not null && IsHangfireJobExpression(model, invocation, caller, method, cancellationToken) ? Verdict.Unaffected : Verdict.Blocks;
    }

    /// <summary>The invocation whose target is the referenced name (<c>M(...)</c>, <c>x.M(...)</c>); null for anything else.</summary>
    private static InvocationExpressionSyntax? InvocationOf(SyntaxNode node)
    {
        var expression = node.Parent is MemberAccessExpressionSyntax memberAccess && memberAccess.Name == node ? memberAccess : node;
        return expression.Parent is InvocationExpressionSyntax invocation && invocation.Expression == expression ? invocation : null;
    }

    private static bool IsNameOf(SyntaxNode node) =>
        node is InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } };

    private static bool IsHangfireJobExpression(
        SemanticModel model, InvocationExpressionSyntax invocation, SyntaxNode caller, IMethodSymbol method, CancellationToken cancellationToken)
    {
        if (!method.ReturnsVoid
            || caller is not LambdaExpressionSyntax lambda
            || lambda.Body != invocation
            || !ExpressionTrees.IsExpressionTreeType(model.GetTypeInfo(lambda, cancellationToken).ConvertedType))
        {
            return false;
        }

        var scheduling = lambda.Parent is ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax outer }
            ? model.GetSymbolInfo(outer, cancellationToken).Symbol
            : null;
        var root = scheduling?.ContainingNamespace;
        while (root?.ContainingNamespace is { IsGlobalNamespace: false })
        {
            root = root.ContainingNamespace;
        }

        return root?.Name == "Hangfire";
    }
}
