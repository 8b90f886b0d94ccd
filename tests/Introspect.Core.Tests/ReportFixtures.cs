using System.Collections.Immutable;
using Introspect.Core.Analysis;
using Introspect.Core.Baselines;
using Introspect.Core.Loading;

namespace Introspect.Core.Tests;

/// <summary>Hand-made reports for the writer tests, independent of any analyzer or project load.</summary>
internal static class ReportFixtures
{
    public const string Root = "/repo";

    public static RuleInfo AsyncVoidRule { get; } = new(
        "INTR101",
        "Return Task from async methods that are not event handlers",
        "An async void method cannot be awaited.",
        "Threading",
        FindingSeverity.Warning,
        "https://github.com/introspect-dev/introspect/blob/main/docs/rules/INTR101.md");

    public static Finding Finding(
        string path = "/repo/src/Ops Worker/Notifier.cs",
        int line = 12,
        string symbol = "Ops.Notifier.NotifyCustomer",
        string lineText = "    public async void NotifyCustomer(string email)",
        string ruleId = "INTR101",
        FindingSeverity severity = FindingSeverity.Warning) =>
        new(
            ruleId,
            AsyncVoidRule.Title,
            severity,
            "Async method 'NotifyCustomer' returns void: return Task instead",
            "Ops.Worker",
            new FindingLocation(path, line, 23, line, 37),
            AsyncVoidRule.HelpUri,
            symbol,
            lineText);

    public static AnalysisReport Report(IEnumerable<Finding> findings, params ProjectLoadProblem[] problems) => new(
        [.. FindingFingerprint.Assign([.. findings], Root)],
        ["Ops.Worker", "Ops.Api"],
        [.. problems],
        [],
        Root,
        [AsyncVoidRule],
        AnalysisTimings.None);
}
