using System.Collections.Immutable;
using System.Composition;
using Introspect.Analyzers;
using Introspect.Analyzers.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace Introspect.CodeFixes.Threading;

/// <summary>
/// INTR109 fix: when the acquire and the release are statements of the same block, the code between them goes
/// into a try block and the release into its finally. Offered only where that keeps the meaning (see
/// <see cref="FinallyReleasePlan"/>); never for a lock that is never released or whose try comes too late.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(LockWithoutFinallyReleaseFixer))]
[Shared]
public sealed class LockWithoutFinallyReleaseFixer : CodeFixProvider
{
    private const string Title = "Release in a finally block";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.LockWithoutFinallyRelease);

    // Fixes in one document are applied one after the other, so nested or neighbouring acquires do not collide.
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
            || AcquireAt(root, diagnostic) is not { } acquire
            || FinallyReleasePlan.Create(semanticModel, acquire, context.CancellationToken) is null)
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create(Title, cancellationToken => FixAsync(context.Document, diagnostic.Location.SourceSpan, cancellationToken), equivalenceKey: Title),
            diagnostic);
    }

    private static bool IsFixable(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(LockWithoutFinallyReleaseAnalyzer.ReasonKey, out var reason)
        && reason == LockWithoutFinallyReleaseAnalyzer.ReleasedOutsideFinally;

    private static InvocationExpressionSyntax? AcquireAt(SyntaxNode root, Diagnostic diagnostic) =>
        root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) as InvocationExpressionSyntax;

    private static async Task<Document> FixAsync(Document document, Microsoft.CodeAnalysis.Text.TextSpan span, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root?.FindNode(span, getInnermostNodeForTie: true) is not InvocationExpressionSyntax acquire || semanticModel is null
            || FinallyReleasePlan.Create(semanticModel, acquire, cancellationToken) is not { } plan)
        {
            return document;
        }

        var editor = new SyntaxEditor(root, document.Project.Solution.Services);
        plan.Apply(editor);
        return document.WithSyntaxRoot(editor.GetChangedRoot());
    }

    private static async Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var acquires = diagnostics.Where(IsFixable).Select(diagnostic => AcquireAt(root, diagnostic)).OfType<InvocationExpressionSyntax>().ToList();
        var tracked = root.TrackNodes(acquires);
        var current = document.WithSyntaxRoot(tracked);
        foreach (var original in acquires)
        {
            var currentRoot = await current.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var semanticModel = await current.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (currentRoot?.GetCurrentNode(original) is not { } acquire || semanticModel is null
                || FinallyReleasePlan.Create(semanticModel, acquire, context.CancellationToken) is not { } plan)
            {
                continue;
            }

            var editor = new SyntaxEditor(currentRoot, current.Project.Solution.Services);
            plan.Apply(editor);
            current = current.WithSyntaxRoot(editor.GetChangedRoot());
        }

        return current;
    }
}
