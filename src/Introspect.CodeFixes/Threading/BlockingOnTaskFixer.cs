using System.Collections.Immutable;
using System.Composition;
using Introspect.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Introspect.CodeFixes.Threading;

/// <summary>
/// INTR103 fixes. In an async function: <c>t.Result</c>, <c>t.GetAwaiter().GetResult()</c>, <c>t.Wait()</c> become
/// <c>await t</c>, and <c>Task.WaitAll</c>/<c>Task.WaitAny</c> (result unused) become <c>await Task.WhenAll</c>/<c>WhenAny</c>.
/// In a synchronous function that can become async: "Make the method async and await" (see <see cref="AsyncConversion"/>),
/// which awaits every blocking call and <c>Thread.Sleep</c> in it. Not offered where the await would change meaning
/// (timeouts, a caught AggregateException, a used WaitAny index) or not compile (lock, query, ...).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(BlockingOnTaskFixer))]
[Shared]
public sealed class BlockingOnTaskFixer : CodeFixProvider
{
    private static readonly AwaitOrMakeAsyncFix Fix = new(
        DiagnosticIds.BlockingOnTask, "Await the task", _ => "Make the method async and await", ConvertibleReturns.Any);

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.BlockingOnTask);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    // The diagnostic underlines the blocking member; its first additional location is the whole blocking expression.
    public override Task RegisterCodeFixesAsync(CodeFixContext context) =>
        Fix.RegisterForBlockingCallAsync(context, diagnostic => diagnostic.AdditionalLocations.FirstOrDefault(), AwaitRewrites.ForBlockingTaskCall);
}
