using System.Collections.Immutable;
using System.Composition;
using Introspect.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Introspect.CodeFixes.Threading;

/// <summary>
/// INTR104 fixes. In an async function: <c>Thread.Sleep(d)</c> becomes <c>await Task.Delay(d, token)</c> with a
/// cancellation token in scope (<c>Sleep(0)</c> becomes <c>await Task.Yield()</c>). In a synchronous function that can
/// become async (a sync job method): "Make the method async and await Task.Delay" (see <see cref="AsyncConversion"/>),
/// which awaits every sleep and blocking task call in it. Not offered inside a lock.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ThreadSleepInAsyncCodeFixer))]
[Shared]
public sealed class ThreadSleepInAsyncCodeFixer : CodeFixProvider
{
    private static readonly AwaitOrMakeAsyncFix Fix = new(
        DiagnosticIds.ThreadSleepInAsyncCode, "Await Task.Delay instead", _ => "Make the method async and await Task.Delay", ConvertibleReturns.Any);

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.ThreadSleepInAsyncCode);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override Task RegisterCodeFixesAsync(CodeFixContext context) =>
        Fix.RegisterForBlockingCallAsync(
            context,
            diagnostic => diagnostic.Location,
            (model, sleep, calls, cancellationToken) => AwaitRewrites.ForThreadSleep(model, sleep, calls.Types, cancellationToken));
}
