using System.Collections.Immutable;
using System.Composition;
using Introspect.Analyzers;
using Introspect.Analyzers.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Introspect.CodeFixes.Threading;

/// <summary>
/// INTR103 fixes. In an async function: <c>t.Result</c>, <c>t.GetAwaiter().GetResult()</c>, <c>t.Wait()</c> become
/// <c>await t</c>, and <c>Task.WaitAll</c>/<c>Task.WaitAny</c> (result unused) become <c>await Task.WhenAll</c>/<c>WhenAny</c>.
/// In a synchronous function that can become async: "Make the method async and await". Not offered where the await
/// would change meaning (timeouts, a caught AggregateException, a used WaitAny index) or not compile (lock, query, ...).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(BlockingOnTaskFixer))]
[Shared]
public sealed class BlockingOnTaskFixer : CodeFixProvider
{
    private const string AwaitTitle = "Await the task";
    private const string MakeAsyncTitle = "Make the method async and await";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.BlockingOnTask);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var diagnostic = context.Diagnostics[0];
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null || diagnostic.AdditionalLocations.Count == 0
            || BlockingTaskCalls.Create(model.Compilation) is not { } calls)
        {
            return;
        }

        var expression = root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan, getInnermostNodeForTie: true);
        var function = AwaitPlacement.EnclosingFunction(expression);
        if (function is null)
        {
            return;
        }

        if (AwaitPlacement.IsAsync(function))
        {
            var rewrite = AwaitRewrites.ForBlockingTaskCall(model, expression, calls, context.CancellationToken);
            if (rewrite is not null
                && AwaitPlacement.CanAwaitAt(expression, function)
                && !AwaitPlacement.HasRefLocals(model, function, context.CancellationToken))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(AwaitTitle, token => SingleRewrite.ApplyAsync(context.Document, rewrite, token), equivalenceKey: DiagnosticIds.BlockingOnTask + ".Await"),
                    diagnostic);
            }

            return;
        }

        var makeAsync = await AsyncConversion.TryPlanAsync(context.Document, expression, context.CancellationToken).ConfigureAwait(false);
        if (makeAsync is not null)
        {
            context.RegisterCodeFix(
                CodeAction.Create(MakeAsyncTitle, makeAsync, equivalenceKey: DiagnosticIds.BlockingOnTask + ".MakeAsync"),
                diagnostic);
        }
    }
}
