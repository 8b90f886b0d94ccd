using Introspect.Analyzers.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Introspect.CodeFixes.Threading;

/// <summary>
/// The two fixes the await rules (INTR103, INTR104, INTR105) offer for a reported node: in code that already takes an
/// await, the await itself; in a synchronous function, "Make the method async", which awaits every node of the
/// function the rule's <see cref="AwaitFor"/> picks.
/// </summary>
internal sealed class AwaitOrMakeAsyncFix(string ruleId, string awaitTitle, Func<string, string> makeAsyncTitle, ConvertibleReturns convertible)
{
    public string AwaitKey { get; } = ruleId + ".Await";

    public string MakeAsyncKey { get; } = ruleId + ".MakeAsync";

    /// <summary>
    /// INTR103 and INTR104: the reported blocking call or sleep is at <paramref name="reportedAt"/>, and "Make the method
    /// async" awaits every blocking task call and sleep of the function (see <see cref="AwaitRewrites.ForBlockingCall"/>).
    /// </summary>
    public async Task RegisterForBlockingCallAsync(
        CodeFixContext context,
        Func<Diagnostic, Location?> reportedAt,
        Func<SemanticModel, SyntaxNode, BlockingTaskCalls, CancellationToken, AwaitRewrite?> awaitHere)
    {
        var diagnostic = context.Diagnostics[0];
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null || reportedAt(diagnostic) is not { } location
            || BlockingTaskCalls.Create(model.Compilation) is not { } calls)
        {
            return;
        }

        var node = root.FindNode(location.SourceSpan, getInnermostNodeForTie: true);
        await RegisterAsync(
                context,
                diagnostic,
                model,
                node,
                () => awaitHere(model, node, calls, context.CancellationToken),
                candidate => AwaitRewrites.ForBlockingCall(model, candidate, calls, context.CancellationToken))
            .ConfigureAwait(false);
    }

    /// <summary>Registers whichever fix applies to <paramref name="target"/>, or none.</summary>
    /// <param name="awaitHere">The await for the target itself, in code that takes an await as it is.</param>
    /// <param name="awaitFor">For one node of a function being made async, the await it gets; it must give one for the target.</param>
    public async Task RegisterAsync(
        CodeFixContext context,
        Diagnostic diagnostic,
        SemanticModel model,
        SyntaxNode target,
        Func<AwaitRewrite?> awaitHere,
        Func<SyntaxNode, AwaitRewrite?> awaitFor)
    {
        if (AwaitPlacement.AwaitOwner(target) is not { } owner)
        {
            return;
        }

        if (AwaitPlacement.AcceptsAwait(owner))
        {
            if (awaitHere() is { } rewrite
                && AwaitPlacement.CanAwaitAt(target, owner)
                && !AwaitPlacement.HasRefLocals(model, owner, context.CancellationToken))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(awaitTitle, token => SingleRewrite.ApplyAsync(context.Document, rewrite, token), equivalenceKey: AwaitKey),
                    diagnostic);
            }

            return;
        }

        var makeAsync = await AsyncConversion.TryPlanAsync(context.Document, model, target, awaitFor, convertible, context.CancellationToken)
            .ConfigureAwait(false);
        if (makeAsync is not null && AwaitPlacement.FunctionToMakeAsync(target) is { } function)
        {
            context.RegisterCodeFix(CodeAction.Create(makeAsyncTitle(FunctionName(function)), makeAsync, equivalenceKey: MakeAsyncKey), diagnostic);
        }
    }

    private static string FunctionName(SyntaxNode function) => function switch
    {
        MethodDeclarationSyntax method => method.Identifier.ValueText,
        LocalFunctionStatementSyntax local => local.Identifier.ValueText,
        _ => "lambda",
    };
}
