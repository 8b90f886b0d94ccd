using System.Collections.Immutable;
using Introspect.Analyzers.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;

namespace Introspect.CodeFixes.Threading;

/// <summary>A rewrite planned around one lock acquire; it is applied with the document's editor.</summary>
internal interface IAcquireRewrite
{
    void Apply(SyntaxEditor editor);
}

/// <summary>
/// The fixes that rewrite the code around one lock acquire (INTR109's try/finally, INTR110's semaphore): find the
/// acquire call a diagnostic underlines, plan the rewrite, and offer it only when a plan exists. Fix All applies the
/// plans one acquire at a time, re-planning on the current document, so nested or neighbouring acquires (or several
/// acquires of one field) do not collide.
/// </summary>
internal sealed class AcquireRewriteFix(
    string title,
    Func<Diagnostic, bool> isFixable,
    Func<SemanticModel, InvocationExpressionSyntax, CancellationToken, IAcquireRewrite?> plan)
{
    public FixAllProvider FixAllProvider => FixAllProvider.Create(FixAllInDocumentAsync);

    /// <summary>The lock call at <paramref name="acquireSyntax"/> when it acquires a lock the rules can name, with the APIs that classified it.</summary>
    public static LockCall? ClassifyAcquire(
        SemanticModel semanticModel, InvocationExpressionSyntax acquireSyntax, CancellationToken cancellationToken, out LockApis apis)
    {
        apis = LockApis.Create(semanticModel.Compilation, ThreadingTypes.Create(semanticModel.Compilation));
        return semanticModel.GetOperation(acquireSyntax, cancellationToken) is IInvocationOperation operation
            && apis.Classify(operation) is { IsAcquire: true, Key: not null } acquire
                ? acquire
                : null;
    }

    public async Task RegisterAsync(CodeFixContext context)
    {
        var diagnostic = context.Diagnostics[0];
        if (!isFixable(diagnostic))
        {
            return;
        }

        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var semanticModel = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || semanticModel is null
            || AcquireAt(root, diagnostic.Location.SourceSpan) is not { } acquire
            || plan(semanticModel, acquire, context.CancellationToken) is null)
        {
            return;
        }

        var document = context.Document;
        var span = diagnostic.Location.SourceSpan;
        context.RegisterCodeFix(
            CodeAction.Create(title, cancellationToken => ApplyAtAsync(document, span, cancellationToken), equivalenceKey: title),
            diagnostic);
    }

    private static InvocationExpressionSyntax? AcquireAt(SyntaxNode root, TextSpan span) =>
        root.FindNode(span, getInnermostNodeForTie: true) as InvocationExpressionSyntax;

    private async Task<Document> ApplyAtAsync(Document document, TextSpan span, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return root is null ? document : await ApplyAsync(document, root, AcquireAt(root, span), cancellationToken).ConfigureAwait(false);
    }

    private async Task<Document> ApplyAsync(Document document, SyntaxNode root, InvocationExpressionSyntax? acquire, CancellationToken cancellationToken)
    {
        var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (acquire is null || semanticModel is null || plan(semanticModel, acquire, cancellationToken) is not { } rewrite)
        {
            return document;
        }

        var editor = new SyntaxEditor(root, document.Project.Solution.Services);
        rewrite.Apply(editor);

        // A rewrite that names a new type (SemaphoreSlim) marks it for its using directive.
        var updated = document.WithSyntaxRoot(editor.GetChangedRoot());
        return await ImportAdder.AddImportsAsync(updated, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private async Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var acquires = new List<InvocationExpressionSyntax>();
        foreach (var diagnostic in diagnostics)
        {
            if (isFixable(diagnostic) && AcquireAt(root, diagnostic.Location.SourceSpan) is { } acquire)
            {
                acquires.Add(acquire);
            }
        }

        var current = document.WithSyntaxRoot(root.TrackNodes(acquires));
        foreach (var original in acquires)
        {
            var currentRoot = await current.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (currentRoot?.GetCurrentNode(original) is { } acquire)
            {
                current = await ApplyAsync(current, currentRoot, acquire, context.CancellationToken).ConfigureAwait(false);
            }
        }

        return current;
    }
}
