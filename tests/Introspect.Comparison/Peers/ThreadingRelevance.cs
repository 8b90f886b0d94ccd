using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Introspect.Comparison.Peers;

/// <summary>
/// Which peer rules count in the threading comparison. A peer rule counts when it claims a threading, async or
/// locking defect: a deadlock, a crash, a lost exception, a race, a starved pool. Rules that only touch the same
/// APIs without claiming a defect (ConfigureAwait, cancellation forwarding, naming, redundant async, performance
/// rewrites) are kept apart in <see cref="ExcludedGroups"/>: the report shows how often they fired, but they count
/// neither as a catch nor as a false positive, because Introspect makes no such claims to compare against.
/// Built from every descriptor the peers ship (all ~1,050 ids were read; the titles below are theirs).
/// </summary>
public static class ThreadingRelevance
{
    /// <summary>Peer rules that claim a threading/async/locking defect, with the defect in a few words.</summary>
    public static FrozenDictionary<string, string> CountedRules { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // Microsoft.VisualStudio.Threading.Analyzers: every rule but the style ones. The main-thread rules
        // (001, 004, 010, 012, 108, 109, 115) need Visual Studio's JoinableTaskFactory and stay silent on ops code.
        ["VSTHRD001"] = "legacy thread switching",
        ["VSTHRD002"] = "synchronous wait on a task",
        ["VSTHRD003"] = "awaiting a foreign task (deadlock under JoinableTaskFactory)",
        ["VSTHRD004"] = "unawaited SwitchToMainThreadAsync",
        ["VSTHRD010"] = "single-threaded type off the main thread",
        ["VSTHRD011"] = "Lazy<Task<T>> (deadlock)",
        ["VSTHRD012"] = "missing JoinableTaskFactory",
        ["VSTHRD013"] = "CompletedTaskAttribute on a mutable member",
        ["VSTHRD100"] = "async void method",
        ["VSTHRD101"] = "async delegate converted to a void delegate",
        ["VSTHRD102"] = "synchronous wrapper over async work",
        ["VSTHRD103"] = "synchronous call in an async method",
        ["VSTHRD104"] = "blocking API without an async alternative",
        ["VSTHRD105"] = "TaskScheduler.Current assumed",
        ["VSTHRD106"] = "async event raised without InvokeAsync",
        ["VSTHRD107"] = "task not awaited inside using",
        ["VSTHRD108"] = "conditional thread-affinity assertion",
        ["VSTHRD109"] = "assert instead of switch in async code",
        ["VSTHRD110"] = "unobserved task",
        ["VSTHRD112"] = "IAsyncDisposable not implemented",
        ["VSTHRD113"] = "IAsyncDisposable not checked",
        ["VSTHRD114"] = "null returned as a Task",
        ["VSTHRD115"] = "JoinableTaskContext with a null SynchronizationContext",
        ["VSTHRD116"] = "ThreadStatic on an instance field",
        ["VSTHRD117"] = "ThreadStatic field initialised in a type initializer",

        // Meziantou.Analyzer
        ["MA0022"] = "null returned as a Task",
        ["MA0033"] = "ThreadStatic on an instance field",
        ["MA0035"] = "dangerous threading method (Abort, Suspend, ...)",
        ["MA0042"] = "blocking call in an async method",
        ["MA0045"] = "blocking call in a method that should be async",
        ["MA0064"] = "lock on a publicly accessible instance",
        ["MA0100"] = "task not awaited before disposing",
        ["MA0129"] = "task not awaited inside using",
        ["MA0134"] = "unobserved task",
        ["MA0147"] = "async void delegate",
        ["MA0155"] = "async void method",

        // AsyncFixer: every rule but AsyncFixer01 (an unnecessary async/await is a cost, not a defect).
        ["AsyncFixer02"] = "blocking call in an async method",
        ["AsyncFixer03"] = "fire-and-forget async void method or delegate",
        ["AsyncFixer04"] = "fire-and-forget call inside using",
        ["AsyncFixer05"] = "nested Task<Task> from StartNew",
        ["AsyncFixer06"] = "Task<T> silently converted to Task",

        // SonarAnalyzer.CSharp
        ["S2445"] = "lock on a non-readonly field",
        ["S2551"] = "lock on a shared resource (this, Type, string)",
        ["S2696"] = "instance member writes a static field (race)",
        ["S2925"] = "Thread.Sleep in tests",
        ["S2996"] = "ThreadStatic field initialised",
        ["S3005"] = "ThreadStatic on an instance field",
        ["S3168"] = "async void method",
        ["S3889"] = "Thread.Suspend/Resume",
        ["S3998"] = "lock on an object with weak identity",
        ["S4462"] = "blocking call on an async method",
        ["S4586"] = "null returned as a Task",
        ["S5034"] = "ValueTask consumed incorrectly",
        ["S6422"] = "blocking call in an Azure Function",
        ["S6507"] = "lock on a local variable",
        ["S6966"] = "synchronous call where an awaitable exists",

        // The SDK's CA rules (Microsoft.CodeAnalysis.NetAnalyzers); CA1849, CA2002 and CA2008 are off by default.
        ["CA1849"] = "synchronous call in an async method",
        ["CA2002"] = "lock on an object with weak identity",
        ["CA2008"] = "task created without a TaskScheduler",
        ["CA2012"] = "ValueTask used incorrectly",
        ["CA2019"] = "ThreadStatic field initialised inline",
        ["CA2024"] = "StreamReader.EndOfStream in an async method",
        ["CA2025"] = "IDisposable passed to an unawaited task",
        ["CA2247"] = "TaskContinuationOptions passed to TaskCompletionSource",
        ["CA2259"] = "ThreadStatic on an instance field",
        ["CA2261"] = "ConfigureAwaitOptions.SuppressThrowing with Task<T>",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Peer rules about the same APIs that claim no defect; reported apart, never counted.</summary>
    public static ImmutableArray<ExcludedRuleGroup> ExcludedGroups { get; } =
    [
        new("ConfigureAwait", "ask for ConfigureAwait on every await; a library-style choice, not a hazard in app or job code",
            ["VSTHRD111", "CA2007", "MA0004", "S3216"]),
        new("Cancellation forwarding", "pass a CancellationToken on; good practice, but missing one is not a threading hazard",
            ["MA0032", "MA0040", "MA0079", "MA0080", "CA2016", "CA1068", "CA2250", "S8949"]),
        new("Async naming", "the Async suffix and similar naming conventions",
            ["VSTHRD200", "MA0137", "MA0138", "MA0156", "MA0157", "S4261"]),
        new("Style and performance", "redundant async/await, Task.WhenAll of one task, System.Threading.Lock instead of object, and similar rewrites",
            ["VSTHRD202", "AsyncFixer01", "MA0152", "MA0158", "MA0214", "MA0215", "S4457", "S9422", "CA1828", "CA1835", "CA1840", "CA1842", "CA1843", "CA1844"]),
    ];

    /// <summary>Every id the comparison asks the peers to report: counted and excluded alike.</summary>
    public static FrozenSet<string> AllReportedIds { get; } =
        CountedRules.Keys.Concat(ExcludedGroups.SelectMany(group => group.RuleIds)).ToFrozenSet(StringComparer.Ordinal);

    public static bool IsCounted(string id) => CountedRules.ContainsKey(id);

    public static ExcludedRuleGroup? ExcludedGroupOf(string id) =>
        ExcludedGroups.FirstOrDefault(group => group.RuleIds.Contains(id, StringComparer.Ordinal));
}
