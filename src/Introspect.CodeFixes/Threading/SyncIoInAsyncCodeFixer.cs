using System.Collections.Immutable;
using System.Composition;
using Introspect.Analyzers;
using Introspect.Analyzers.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Introspect.CodeFixes.Threading;

/// <summary>
/// INTR111 fix: <c>db.SaveChanges()</c> becomes <c>await db.SaveChangesAsync(cancellationToken)</c>, with the
/// token in scope and any using the async extension method needs. Offered only when the rewritten call binds to the
/// async overload and yields the same type; nothing is offered for <c>a?.Read()</c> or where <c>await</c> is not allowed.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SyncIoInAsyncCodeFixer))]
[Shared]
public sealed class SyncIoInAsyncCodeFixer : CodeFixProvider
{
    private const string EquivalenceKey = "INTR111.AwaitAsyncOverload";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.SyncIoInAsyncCode);

    public override FixAllProvider GetFixAllProvider() =>
        FixAllProvider.Create(async (fixAllContext, document, diagnostics) =>
            await SyncIoCallRewriter.RewriteAsync(document, diagnostics, fixAllContext.CancellationToken).ConfigureAwait(false));

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            // Rewriting up front is how the fix knows it compiles; the preview shows the same document.
            var fixedDocument = await SyncIoCallRewriter.RewriteAsync(context.Document, ImmutableArray.Create(diagnostic), context.CancellationToken)
                .ConfigureAwait(false);
            if (fixedDocument is null
                || !diagnostic.Properties.TryGetValue(SyncIoInAsyncCodeAnalyzer.AsyncNameProperty, out var asyncName))
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create($"Await '{asyncName}'", _ => Task.FromResult(fixedDocument), equivalenceKey: EquivalenceKey),
                diagnostic);
        }
    }
}
