using System.Text;
using Introspect.Comparison.Tests.Running;

namespace Introspect.Comparison.Tests.Report;

/// <summary>How the comparison was made, and what it does not show.</summary>
internal static class MethodSection
{
    public static void Write(StringBuilder output, ComparisonResults results, string relevanceLink)
    {
        // Only the threading rules are compared, so only they are listed: a new migration or job rule leaves this page as it is.
        var introspectRules = results.Introspect.SupportedDescriptors.Select(descriptor => descriptor.Id)
            .Where(id => id.StartsWith("INTR1", StringComparison.Ordinal)).ToList();
        output.Append("## Method\n\n");
        output.Append("- **Compilation.** Each case is its own compilation: the .NET 10 reference assemblies plus the real assemblies of ");
        output.Append("Microsoft.Extensions.Hosting, Hangfire.Core, Quartz, Coravel, EF Core Relational, FluentMigrator and DbUp; nullable on, ");
        output.Append("no implicit usings, latest C#. A test fails if any case has a compile error.\n");
        output.Append("- **Introspect.** Every analyzer in `Introspect.Analyzers` runs, with every rule on. Threading rules in this run: ");
        output.Append(ComparisonDocument.Ids(introspectRules)).Append(". Only these are counted.");
        var absent = results.Cases.Select(findings => findings.Case.Topic).Distinct(StringComparer.Ordinal)
            .Where(topic => !introspectRules.Contains(topic, StringComparer.Ordinal)).Order(StringComparer.Ordinal).ToList();
        if (absent.Count > 0)
        {
            output.Append(" Not in this build yet, so their hazards show as missed: ").Append(string.Join(", ", absent)).Append('.');
        }

        output.Append('\n');
        output.Append("- **Peers.** Each peer's analyzer DLLs are loaded from its NuGet package (the SDK's own for the CA rules) into a ");
        output.Append("load context of its own and run in the same pass, with every rule they ship switched on at Warning. Analyzers that ");
        output.Append("cannot report any id this page looks at are not run: they could not change a table.\n");
        output.Append(ComparisonDocument.Invariant($"- **What counts.** A curated list of peer rules ([ThreadingRelevance.cs]({relevanceLink})): those that claim a threading, "));
        output.Append("async or locking defect. ConfigureAwait, cancellation-forwarding, naming and style rules are shown apart above.\n");
        output.Append("- **Generous to the peers.** A case holds one hazard, and a peer is credited with a catch when any counted rule fires ");
        output.Append("anywhere in the file, even for another reason; the per-case table shows which rule fired. Introspect is only credited ");
        output.Append("when the rules the case names fire.\n");
        output.Append("- **Not counted.** Compiler warnings such as CS4014 (an unawaited call in an async method) and CS1998 are part of every ");
        output.Append("build, whichever analyzers run, so they are left out; the unobserved-task cases are written where CS4014 is silent. ");
        output.Append("Code fixes and message quality are not compared here.\n");
        WriteFailures(output, results);
        output.Append('\n');
    }

    private static void WriteFailures(StringBuilder output, ComparisonResults results)
    {
        var failures = results.Cases
            .SelectMany(findings => findings.PeerFailures.Select(failure => (Case: findings.Case.Id, failure.AnalyzerType)))
            .Distinct()
            .OrderBy(failure => failure.Case, StringComparer.Ordinal)
            .ThenBy(failure => failure.AnalyzerType, StringComparer.Ordinal)
            .ToList();
        if (failures.Count == 0)
        {
            output.Append("- **Analyzer failures.** No analyzer threw on any case.\n");
            return;
        }

        output.Append("- **Analyzer failures.** These peer analyzers threw (AD0001); what they would have reported is missing: ");
        output.Append(string.Join("; ", failures.Select(failure => $"`{failure.AnalyzerType}` on {failure.Case}"))).Append(".\n");
    }
}
