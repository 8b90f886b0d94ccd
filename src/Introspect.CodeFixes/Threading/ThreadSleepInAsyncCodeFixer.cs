using System.Collections.Immutable;
using System.Composition;
using Introspect.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Introspect.CodeFixes.Threading;

/// <summary>
/// INTR104 fixes. In an async function: <c>Thread.Sleep(d)</c> becomes <c>await Task.Delay(d, token)</c> with a
/// cancellation token in scope (<c>Sleep(0)</c> becomes <c>await Task.Yield()</c>). In a synchronous function that can
/// become async (a sync job method): "Make the method async and await Task.Delay". Not offered inside a lock.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ThreadSleepInAsyncCodeFixer))]
[Shared]
public sealed class ThreadSleepInAsyncCodeFixer : CodeFixProvider
{
    private const string AwaitTitle = "Await Task.Delay instead";
    private const string MakeAsyncTitle = "Make the method async and await Task.Delay";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.ThreadSleepInAsyncCode);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var diagnostic = context.Diagnostics[0];
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        var sleep = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        var function = AwaitPlacement.EnclosingFunction(sleep);
        if (function is null)
        {
            return;
        }

        if (AwaitPlacement.IsAsync(function))
        {
            var rewrite = AwaitRewrites.ForThreadSleep(model, sleep, context.CancellationToken);
            if (rewrite is not null
                && AwaitPlacement.CanAwaitAt(sleep, function)
                && !AwaitPlacement.HasRefLocals(model, function, context.CancellationToken))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(AwaitTitle, token => SingleRewrite.ApplyAsync(context.Document, rewrite, token), equivalenceKey: DiagnosticIds.ThreadSleepInAsyncCode + ".Await"),
                    diagnostic);
            }

            return;
        }

        var makeAsync = await AsyncConversion.TryPlanAsync(context.Document, sleep, context.CancellationToken).ConfigureAwait(false);
        if (makeAsync is not null)
        {
            context.RegisterCodeFix(
                CodeAction.Create(MakeAsyncTitle, makeAsync, equivalenceKey: DiagnosticIds.ThreadSleepInAsyncCode + ".MakeAsync"),
                diagnostic);
        }
    }
}
