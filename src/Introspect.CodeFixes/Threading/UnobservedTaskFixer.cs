using System.Collections.Immutable;
using System.Composition;
using Introspect.Analyzers;
using Introspect.Analyzers.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Introspect.CodeFixes.Threading;

/// <summary>
/// INTR105 fixes. Where the code already takes an await: <c>_ = SendAsync()</c> becomes <c>await SendAsync()</c>.
/// In a synchronous <c>void</c> or <c>T</c> method or local function: "Make 'M' async and await the task" (see
/// <see cref="AsyncConversion"/>) makes it <c>async Task</c>/<c>Task&lt;T&gt;</c>, awaits the task and every other
/// task it drops, and awaits its callers. No fix for <c>a?.SendAsync()</c> (awaiting a null task throws), lambdas
/// (they would become async void), Task-returning functions (see below) or places where <c>await</c> is not allowed.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnobservedTaskFixer))]
[Shared]
public sealed class UnobservedTaskFixer : CodeFixProvider
{
    // A synchronous Task-returning function that drops a task (StartAsync starting a loop, then returning
    // Task.CompletedTask) chose to return something else: awaiting the dropped task there would change what the
    // function's own task means, e.g. block the host's start-up until the loop ends.
    private static readonly AwaitOrMakeAsyncFix Fix = new(
        DiagnosticIds.UnobservedTask, "Await the task", name => $"Make '{name}' async and await the task", ConvertibleReturns.VoidOrValue);

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UnobservedTask);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override Task RegisterCodeFixesAsync(CodeFixContext context) =>
        DiagnosticFixes.RegisterEachAsync(context, (document, diagnostic) =>
        {
            if (DroppedTask(document.Root, diagnostic) is not { } target)
            {
                return Task.FromResult<CodeAction?>(null);
            }

            var model = document.Model;
            var types = ThreadingTypes.Create(model.Compilation);
            var awaitTarget = target is AssignmentExpressionSyntax discard
                ? AwaitRewrites.ForDiscardedTask(discard)
                : AwaitRewrites.AwaitCall(target);
            return Fix.CreateAsync(
                document,
                target,
                () => awaitTarget,
                node => node == target ? awaitTarget : AwaitRewrites.ForDroppedTask(model, node, types, document.CancellationToken));
        });

    /// <summary>
    /// What the await goes around: the call used as a statement (or as a method's expression body), or the whole
    /// <c>_ = call</c> discard. Null for <c>a?.SendAsync()</c> and anything else.
    /// </summary>
    private static ExpressionSyntax? DroppedTask(SyntaxNode root, Diagnostic diagnostic) =>
        root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is InvocationExpressionSyntax call
            ? call.Parent switch
            {
                AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: "_" }, Parent: ExpressionStatementSyntax } discard
                    when discard.Right == call => discard,
                ExpressionStatementSyntax or ArrowExpressionClauseSyntax => call,
                _ => null,
            }
            : null;
}
