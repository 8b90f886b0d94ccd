using System.Collections.Immutable;
using System.Composition;
using Introspect.Analyzers;
using Introspect.Analyzers.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Introspect.CodeFixes.Threading;

/// <summary>
/// INTR109 fix: when the acquire and the release are statements of the same block, the code between them goes
/// into a try block and the release into its finally. Offered only where that keeps the meaning (see
/// <see cref="FinallyReleasePlan"/>); never for a lock that is never released or whose try comes too late.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(LockWithoutFinallyReleaseFixer))]
[Shared]
public sealed class LockWithoutFinallyReleaseFixer : CodeFixProvider
{
    private static readonly AcquireRewriteFix Fix = new("Release in a finally block", IsFixable, FinallyReleasePlan.Create);

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.LockWithoutFinallyRelease);

    // Fixes in one document are applied one after the other, so nested or neighbouring acquires do not collide.
    public override FixAllProvider GetFixAllProvider() => Fix.FixAllProvider;

    public override Task RegisterCodeFixesAsync(CodeFixContext context) => Fix.RegisterAsync(context);

    private static bool IsFixable(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(LockWithoutFinallyReleaseAnalyzer.ReasonKey, out var reason)
        && reason == LockWithoutFinallyReleaseAnalyzer.ReleasedOutsideFinally;
}
