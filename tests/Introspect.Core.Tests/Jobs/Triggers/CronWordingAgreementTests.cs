using System.Collections.Immutable;
using Introspect.Analyzers.JobDefinitions;
using Introspect.Core.Jobs.Triggers;
using Introspect.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Introspect.Core.Tests.Jobs.Triggers;

/// <summary>
/// <c>introspect jobs</c> (CronDescriber) and INTR302 describe the sample's schedules in the same words: the time
/// phrase of the job description appears in the rule's message, so the two never contradict each other.
/// </summary>
public sealed class CronWordingAgreementTests
{
    [Theory]
    [InlineData("* 2 * * *", "every minute from 02:00 to 02:59")]
    [InlineData("* 2,14 * * *", "every minute from 02:00 to 14:59 (hours 2,14)")]
    [InlineData("* 8-17 * * *", "every minute from 08:00 to 17:59")]
    public async Task The_rule_and_the_jobs_view_say_the_same_time(string cron, string phrase)
    {
        var described = CronDescriber.Describe(CronParser.Parse(cron, CronDialect.Hangfire));
        Assert.StartsWith(phrase, described, StringComparison.Ordinal);

        var message = Assert.Single(await Diagnose(cron)).GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(phrase + ",", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("30 2 * * *")]
    [InlineData("0 2 * * *")]
    public async Task The_sample_schedules_described_once_a_day_are_not_flagged(string cron)
    {
        Assert.StartsWith("at 02:", CronDescriber.Describe(CronParser.Parse(cron, CronDialect.Hangfire)), StringComparison.Ordinal);
        Assert.Empty(await Diagnose(cron));
    }

    private static async Task<ImmutableArray<Diagnostic>> Diagnose(string cron)
    {
        var source = $$"""
            using System.Threading;
            using System.Threading.Tasks;
            using Hangfire;
            public sealed class RetentionJob { public Task RunAsync(CancellationToken token) => Task.CompletedTask; }
            public static class Registrations
            {
                public static void Register(IRecurringJobManager jobs) =>
                    jobs.AddOrUpdate<RetentionJob>("retention", job => job.RunAsync(CancellationToken.None), "{{cron}}");
            }
            """;
        var compilation = CSharpCompilation.Create(
            "Agreement",
            [CSharpSyntaxTree.ParseText(source)],
            FrameworkReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));
        return await compilation.WithAnalyzers([new MisleadingCronAnalyzer()]).GetAnalyzerDiagnosticsAsync();
    }
}
