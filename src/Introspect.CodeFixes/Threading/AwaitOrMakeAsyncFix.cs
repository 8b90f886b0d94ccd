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
    private static readonly Task<CodeAction?> NoAction = Task.FromResult<CodeAction?>(null);

    public string AwaitKey { get; } = ruleId + ".Await";

    public string MakeAsyncKey { get; } = ruleId + ".MakeAsync";

    /// <summary>
    /// INTR103 and INTR104: the reported blocking call or sleep is at <paramref name="reportedAt"/>, and "Make the method
    /// async" awaits every blocking task call and sleep of the function (see <see cref="AwaitRewrites.ForBlockingCall"/>).
    /// </summary>
    public Task RegisterForBlockingCallAsync(
        CodeFixContext context,
        Func<Diagnostic, Location?> reportedAt,
        Func<SemanticModel, SyntaxNode, BlockingTaskCalls, CancellationToken, AwaitRewrite?> awaitHere) =>
        DiagnosticFixes.RegisterEachAsync(context, (document, diagnostic) =>
        {
            if (reportedAt(diagnostic) is not { } location || BlockingTaskCalls.Create(document.Model.Compilation) is not { } calls)
            {
                return NoAction;
            }

            var model = document.Model;
            var node = document.Root.FindNode(location.SourceSpan, getInnermostNodeForTie: true);
            return CreateAsync(
                document,
                node,
                () => awaitHere(model, node, calls, document.CancellationToken),
                candidate => AwaitRewrites.ForBlockingCall(model, candidate, calls, document.CancellationToken));
        });

    /// <summary>Whichever fix applies to <paramref name="target"/>, or none.</summary>
    /// <param name="awaitHere">The await for the target itself, in code that takes an await as it is.</param>
    /// <param name="awaitFor">For one node of a function being made async, the await it gets; it must give one for the target.</param>
    public async Task<CodeAction?> CreateAsync(
        FixDocument document,
        SyntaxNode target,
        Func<AwaitRewrite?> awaitHere,
        Func<SyntaxNode, AwaitRewrite?> awaitFor)
    {
        if (AwaitPlacement.AwaitOwner(target) is not { } owner)
        {
            return null;
        }

        if (AwaitPlacement.AcceptsAwait(owner))
        {
            return awaitHere() is { } rewrite
                && AwaitPlacement.CanAwaitAt(target, owner)
                && !AwaitPlacement.HasRefLocals(document.Model, owner, document.CancellationToken)
                    ? CodeAction.Create(awaitTitle, token => SingleRewrite.ApplyAsync(document.Document, rewrite, token), equivalenceKey: AwaitKey)
                    : null;
        }

        var makeAsync = await AsyncConversion.TryPlanAsync(document.Document, document.Model, target, awaitFor, convertible, document.CancellationToken)
            .ConfigureAwait(false);
        return makeAsync is not null && AwaitPlacement.FunctionToMakeAsync(target) is { } function
            ? CodeAction.Create(makeAsyncTitle(FunctionName(function)), makeAsync, equivalenceKey: MakeAsyncKey)
            : null;
    }

    private static string FunctionName(SyntaxNode function) => function switch
    {
        MethodDeclarationSyntax method => method.Identifier.ValueText,
        LocalFunctionStatementSyntax local => local.Identifier.ValueText,
        _ => "lambda",
    };
}
