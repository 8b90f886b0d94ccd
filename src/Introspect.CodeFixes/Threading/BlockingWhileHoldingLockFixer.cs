using System.Collections.Immutable;
using System.Composition;
using Introspect.Analyzers;
using Introspect.Analyzers.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;

namespace Introspect.CodeFixes.Threading;

/// <summary>
/// INTR110 fix for a Monitor on a private lock field held across an await: the field becomes a SemaphoreSlim,
/// Enter becomes <c>await WaitAsync()</c> and Exit becomes <c>Release()</c> (see <see cref="MonitorToSemaphorePlan"/>).
/// Blocking waits inside a lock get no fix: moving them out of the lock needs a design decision.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(BlockingWhileHoldingLockFixer))]
[Shared]
public sealed class BlockingWhileHoldingLockFixer : CodeFixProvider
{
    private const string Title = "Use SemaphoreSlim.WaitAsync instead of Monitor";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.BlockingWhileHoldingLock);

    // Several diagnostics can point at the same field; converting it once covers them all.
    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllInDocumentAsync);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var diagnostic = context.Diagnostics[0];
        if (!IsFixable(diagnostic))
        {
            return;
        }

        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var semanticModel = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || semanticModel is null
            || AcquireAt(root, diagnostic.Location.SourceSpan) is not { } acquire
            || MonitorToSemaphorePlan.Create(semanticModel, acquire, context.CancellationToken) is null)
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create(Title, cancellationToken => FixAsync(context.Document, diagnostic.Location.SourceSpan, cancellationToken), equivalenceKey: Title),
            diagnostic);
    }

    private static bool IsFixable(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(BlockingWhileHoldingLockAnalyzer.KindKey, out var kind)
        && kind == BlockingWhileHoldingLockAnalyzer.AwaitWhileHeldKind;

    private static InvocationExpressionSyntax? AcquireAt(SyntaxNode root, TextSpan span) =>
        root.FindNode(span, getInnermostNodeForTie: true) as InvocationExpressionSyntax;

    private static async Task<Document> FixAsync(Document document, TextSpan span, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return root is null ? document : await ConvertAsync(document, root, AcquireAt(root, span), cancellationToken).ConfigureAwait(false);
    }

    private static async Task<Document> ConvertAsync(Document document, SyntaxNode root, InvocationExpressionSyntax? acquire, CancellationToken cancellationToken)
    {
        var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (acquire is null || semanticModel is null || MonitorToSemaphorePlan.Create(semanticModel, acquire, cancellationToken) is not { } plan)
        {
            return document;
        }

        var editor = new SyntaxEditor(root, document.Project.Solution.Services);
        plan.Apply(editor);
        var updated = document.WithSyntaxRoot(editor.GetChangedRoot());
        return await ImportAdder.AddImportsAsync(updated, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static async Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var acquires = diagnostics.Where(IsFixable)
            .Select(diagnostic => AcquireAt(root, diagnostic.Location.SourceSpan))
            .OfType<InvocationExpressionSyntax>()
            .ToList();
        var current = document.WithSyntaxRoot(root.TrackNodes(acquires));
        foreach (var original in acquires)
        {
            var currentRoot = await current.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (currentRoot?.GetCurrentNode(original) is { } acquire)
            {
                current = await ConvertAsync(current, currentRoot, acquire, context.CancellationToken).ConfigureAwait(false);
            }
        }

        return current;
    }
}
