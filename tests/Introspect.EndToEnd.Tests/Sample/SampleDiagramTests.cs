using System.Text.RegularExpressions;
using System.Xml.Linq;
using Introspect.Testing;

namespace Introspect.EndToEnd.Tests.Sample;

/// <summary>
/// <c>introspect diagram</c> on the sample: the chain and the timeline are pinned as approved files (reviewed by eye), and
/// the facts the sample's README states are checked on their own so a re-approved snapshot cannot lose them.
/// </summary>
public sealed partial class SampleDiagramTests(SampleDiagramRun run) : IClassFixture<SampleDiagramRun>
{
    [Fact]
    public void Run_Succeeds() => Assert.True(run.Result.ExitCode == 0, run.Result.ToString());

    [Theory]
    [InlineData("chain.puml")]
    [InlineData("chain.mmd")]
    [InlineData("timeline.svg")]
    [InlineData("timeline.mmd")]
    [InlineData("timeline.dark.svg")]
    [InlineData("week.svg")]
    [InlineData("resources.puml")]
    [InlineData("resources.mmd")]
    [InlineData("resources-matrix.md")]
    [InlineData("resources-matrix.svg")]
    public void View_MatchesItsApprovedFile(string fileName) =>
        Snapshot.Verify(run.Read(fileName), "sample-" + Path.GetFileNameWithoutExtension(fileName), Path.GetExtension(fileName)[1..]);

    [Fact]
    public void Chain_NightlySchedulerEnqueuesSnapshotsInALoop_EachContinuedByTheNotifier()
    {
        var edges = Edges(run.Read("chain.puml"));

        Assert.Contains(("NightlySnapshotScheduler_ScheduleAsync", "SnapshotJob_CreateAsync", "enqueue (queue snapshots), once per item of a loop"), edges);
        Assert.Contains(("SnapshotJob_CreateAsync", "SnapshotNotifier_NotifyCompletedAsync", "continuation, once per item of a loop"), edges);
        Assert.Contains(("endpoint_POST__servers__id_int__raid_monitoring", "RaidMonitoringInstaller_InstallAsync", "enqueue (queue provisioning)"), edges);
        Assert.Equal(3, edges.Count);
    }

    [Fact]
    public void Timeline_ShowsTheInvalidCronAndTheNightlyRunInUtc()
    {
        var svg = XDocument.Parse(run.Read("timeline.svg"));
        var texts = svg.Descendants().Where(element => element.Name.LocalName is "text" or "title").Select(element => element.Value).ToList();

        Assert.Contains("invalid cron '0 25 * * *': never runs", texts);
        Assert.Contains("01:30 Nightly snapshot scheduler", texts);
        Assert.Contains(texts, text => text.StartsWith("05:30 Maintenance mailer", StringComparison.Ordinal));
        Assert.Contains(texts, text => text.StartsWith("01:30: 3 jobs fire together", StringComparison.Ordinal));
    }

    [Fact]
    public void Resources_FlagTheSamplesContendedResources_AndTheTimelineTheirClashes()
    {
        var puml = run.Read("resources.puml");
        var contended = ContendedResource().Matches(puml).Select(match => match.Groups[1].Value).Order(StringComparer.Ordinal);

        Assert.Equal(["AlertOutbox", "MonitoringApiClient", "SmsGatewayClient", "Snapshots", "StorageApiClient"], contended);
        Assert.Contains("OpsDbContext\\n<size:10>SaveChanges names the DbContext, not its tables</size>", puml, StringComparison.Ordinal);
        var texts = XDocument.Parse(run.Read("timeline.svg")).Descendants().Where(element => element.Name.LocalName is "text" or "title").Select(element => element.Value).ToList();
        Assert.Contains("Clash: Alert outbox dispatcher, Maintenance mailer write SmsGatewayClient and fire together at 05:30.", texts);
        Assert.Contains("05:30 Maintenance mailer: fires in the same minute as Alert outbox dispatcher; both write SmsGatewayClient", texts);
    }

    [SkippableFact]
    public void ResourcesSvg_IsRealPlantUmlSvg()
    {
        Skip.If(run.Jar is null, PlantUmlJar.Missing);
        var svg = run.Read("resources.svg");

        Assert.StartsWith("<svg", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("Syntax Error", svg, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("StorageApiClient", svg, StringComparison.Ordinal);
        Assert.Contains("#FF7B72", run.Read("resources.dark.svg"), StringComparison.Ordinal);
    }

    [SkippableFact]
    public void ChainSvg_IsRealPlantUmlSvgWithTheJobNames()
    {
        Skip.If(run.Jar is null, PlantUmlJar.Missing);
        var svg = run.Read("chain.svg");

        Assert.StartsWith("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("<?plantuml 1.2026.8?>", svg, StringComparison.Ordinal);
        foreach (var name in (string[])["Nightly snapshot scheduler", "Snapshot notifier", "Raid monitoring installer", "POST /servers/{id:int}/raid-monitoring"])
        {
            Assert.Contains(name, svg, StringComparison.Ordinal);
        }

        Assert.Contains("#0D1117", run.Read("chain.dark.svg"), StringComparison.Ordinal);
    }

    /// <summary>(from, to, label) for each arrow, with the ids' hash suffixes taken off.</summary>
    private static List<(string From, string To, string Label)> Edges(string puml) =>
        [.. Arrow().Matches(puml).Select(match => (match.Groups[1].Value, match.Groups[2].Value, match.Groups[3].Value))];

    [GeneratedRegex(@"^n_(\w+?)_[0-9a-f]{6} -\[[^\]]*\]-> n_(\w+?)_[0-9a-f]{6} : (.*)$", RegexOptions.Multiline)]
    private static partial Regex Arrow();

    [GeneratedRegex(@"^  \w+ ""(\w+)\\n.*<<contended>>$", RegexOptions.Multiline)]
    private static partial Regex ContendedResource();
}
