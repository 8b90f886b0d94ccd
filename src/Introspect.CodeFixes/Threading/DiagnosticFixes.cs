using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Introspect.CodeFixes.Threading;

/// <summary>The document of one fix request, with its syntax root and semantic model loaded once for all its diagnostics.</summary>
internal sealed class FixDocument(Document document, SyntaxNode root, SemanticModel model, CancellationToken cancellationToken)
{
    public Document Document { get; } = document;

    public SyntaxNode Root { get; } = root;

    public SemanticModel Model { get; } = model;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>The innermost node the diagnostic underlines.</summary>
    public SyntaxNode FindNode(Diagnostic diagnostic) => Root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
}

/// <summary>
/// The common shape of a fixer's <c>RegisterCodeFixesAsync</c>: load the document once, then offer for each
/// diagnostic the action the rule's fix builds for it, or nothing where the fix would not be honest.
/// </summary>
internal static class DiagnosticFixes
{
    private static readonly Task<CodeAction?> NoAction = Task.FromResult<CodeAction?>(null);

    public static Task RegisterEachAsync(CodeFixContext context, Func<FixDocument, Diagnostic, CodeAction?> actionFor) =>
        RegisterEachAsync(context, (document, diagnostic) => actionFor(document, diagnostic) is { } action ? Task.FromResult<CodeAction?>(action) : NoAction);

    public static async Task RegisterEachAsync(CodeFixContext context, Func<FixDocument, Diagnostic, Task<CodeAction?>> actionFor)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        var document = new FixDocument(context.Document, root, model, context.CancellationToken);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (await actionFor(document, diagnostic).ConfigureAwait(false) is { } action)
            {
                context.RegisterCodeFix(action, diagnostic);
            }
        }
    }
}
