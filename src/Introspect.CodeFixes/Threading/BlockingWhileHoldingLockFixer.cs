using System.Collections.Immutable;
using System.Composition;
using Introspect.Analyzers;
using Introspect.Analyzers.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Introspect.CodeFixes.Threading;

/// <summary>
/// INTR110 fix for a Monitor on a private lock field held across an await: the field becomes a SemaphoreSlim,
/// Enter becomes <c>await WaitAsync()</c> and Exit becomes <c>Release()</c> (see <see cref="MonitorToSemaphorePlan"/>).
/// Blocking waits inside a lock get no fix: moving them out of the lock needs a design decision.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(BlockingWhileHoldingLockFixer))]
[Shared]
public sealed class BlockingWhileHoldingLockFixer : CodeFixProvider
{
    private static readonly AcquireRewriteFix Fix = new("Use SemaphoreSlim.WaitAsync instead of Monitor", IsFixable, MonitorToSemaphorePlan.Create);

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.BlockingWhileHoldingLock);

    // Several diagnostics can point at the same field; converting it once covers them all.
    public override FixAllProvider GetFixAllProvider() => Fix.FixAllProvider;

    public override Task RegisterCodeFixesAsync(CodeFixContext context) => Fix.RegisterAsync(context);

    private static bool IsFixable(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(BlockingWhileHoldingLockAnalyzer.KindKey, out var kind)
        && kind == BlockingWhileHoldingLockAnalyzer.AwaitWhileHeldKind;
}
