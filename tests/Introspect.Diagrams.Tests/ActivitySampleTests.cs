using System.Text.RegularExpressions;
using Introspect.Core.Jobs;
using Introspect.Diagrams.Activity;
using Introspect.Diagrams.PlantUml;
using Introspect.Testing;

namespace Introspect.Diagrams.Tests;

/// <summary>
/// The activity view of the OpsPlatform sample's real jobs (loaded and discovered as the CLI does): three jobs with
/// interesting flow pinned as approved text (read against the code), every job rendered by real PlantUML, the same
/// text on every build, and the dark theme.
/// </summary>
[Collection(SampleCatalogCollection.Name)]
public sealed partial class ActivitySampleTests(SampleCatalogFixture sample)
{
    private static readonly DiagramRequest s_request = new() { Day = new DateOnly(2026, 3, 1), Chain = false, Timeline = false, Resources = false, Activity = true };

    [Theory]
    [InlineData("OpsPlatform.Worker.Snapshots.SnapshotJob")]
    [InlineData("OpsPlatform.Worker.Snapshots.NightlySnapshotScheduler")]
    [InlineData("OpsPlatform.Worker.Monitoring.ProxyLoadBalancingJob")]
    public void SampleJob_MatchesItsApprovedText(string typeName)
    {
        var job = sample.Job(typeName);
        var options = Linked();

        var name = "sample-" + ActivityNames.Slug(job.Id);
        Snapshot.Verify(ActivityPlantUml.Write(job, options, DiagramTheme.Light), name, "puml");
        Snapshot.Verify(ActivityMermaid.Write(job, options, DiagramTheme.Light), name, "mmd");
    }

    [Fact]
    public void NightlyScheduler_EnqueuesTheSnapshotJobInALoop_AndLinksToIt()
    {
        var text = ActivityPlantUml.Write(sample.Job("OpsPlatform.Worker.Snapshots.NightlySnapshotScheduler"), Linked(), DiagramTheme.Light);

        var loop = text.IndexOf("for each var server in servers]]) is (next)", StringComparison.Ordinal);
        var enqueue = text.IndexOf("<b>enqueue</b> &#183; [[jobs/OpsPlatform.Worker.Snapshots.SnapshotJob.CreateAsync.html Snapshot]]", StringComparison.Ordinal);
        var continuation = text.IndexOf("<b>continue with</b> &#183; [[jobs/OpsPlatform.Worker.Snapshots.SnapshotNotifier.NotifyCompletedAsync.html Snapshot notifier]]", StringComparison.Ordinal);
        Assert.True(loop >= 0 && enqueue > loop && continuation > enqueue, text);
        Assert.True(enqueue < text.IndexOf("endwhile", StringComparison.Ordinal), text);
    }

    [Fact]
    public void Views_GiveOneDiagramPerJobInBothLanguages_WithStableNames()
    {
        var views = DiagramViews.Build(sample.Catalog, s_request);

        Assert.Equal(sample.Catalog.Jobs.Length * 2, views.Count);
        Assert.Contains(views, view => view.FileName == "activity.snapshotjob-createasync.puml");
        Assert.Contains(views, view => view.FileName == "activity.snapshotjob-createasync.mmd");
        Assert.All(views, view => Assert.Matches("^activity\\.[a-z0-9-]+\\.(puml|mmd)$", view.FileName));
        Assert.Equal(views.Count, views.Select(view => view.FileName).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void TwoBuilds_AreByteIdentical()
    {
        var first = DiagramViews.Build(sample.Catalog, s_request);
        var second = DiagramViews.Build(sample.Catalog, s_request);

        Assert.Equal(first.Select(view => (view.FileName, view.Text)), second.Select(view => (view.FileName, view.Text)));
    }

    [Fact]
    public void DarkTheme_DiffersOnlyInColours_AndIsNamedDark()
    {
        var light = DiagramViews.Build(sample.Catalog, s_request);
        var dark = DiagramViews.Build(sample.Catalog, s_request with { Theme = DiagramTheme.Dark });

        foreach (var (lightView, darkView) in light.Zip(dark))
        {
            Assert.Equal(lightView.Name + ".dark", darkView.Name);
            Assert.Equal(HexColour().Replace(lightView.Text, "#colour"), HexColour().Replace(darkView.Text, "#colour"));
            Assert.Contains(DiagramTheme.Dark.Background, darkView.Text, StringComparison.Ordinal);
            Assert.DoesNotContain(DiagramTheme.Light.NodeFill, darkView.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void NodeCap_HidesTheRestOfABigJob_TheSameWayEachTime()
    {
        var job = sample.Job("OpsPlatform.Worker.Monitoring.MonitoringSyncJob");
        var options = new ActivityOptions { MaxNodes = 12 };

        var text = ActivityPlantUml.Write(job, options, DiagramTheme.Light);

        Assert.Equal(text, ActivityPlantUml.Write(job, options, DiagramTheme.Light));
        Assert.Matches(@"steps hidden; <<hidden>>|steps inside hidden", text);
        var shown = Regex.Match(text, @"caption (\d+) of (\d+) steps shown");
        Assert.True(shown.Success, text);
        Assert.InRange(int.Parse(shown.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 1, 12);
        Assert.True(int.Parse(shown.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) > 12);
    }

    [SkippableFact]
    public async Task EveryJob_RendersWithRealPlantUml_InOneJvm_WithoutErrors()
    {
        var jar = PlantUmlJar.FindOrFailInCi();
        Skip.If(jar is null, PlantUmlJar.Missing);
        var sources = DiagramViews.Build(sample.Catalog, s_request)
            .Concat(DiagramViews.Build(sample.Catalog, s_request with { Theme = DiagramTheme.Dark }))
            .Where(view => view.Format == DiagramFormat.PlantUml)
            .ToList();
        var renderer = new LocalPlantUmlRenderer(new PlantUmlLauncher(PlantUmlLauncherKind.Jar, jar, "test"));

        var svgs = await renderer.RenderAsync([.. sources.Select(source => source.Text)], CancellationToken.None);
        var again = await renderer.RenderAsync([.. sources.Select(source => source.Text)], CancellationToken.None);

        Assert.Equal(sources.Count, svgs.Count);
        Assert.Equal(svgs, again);
        foreach (var (source, svg) in sources.Zip(svgs))
        {
            Assert.StartsWith("<svg", svg, StringComparison.Ordinal);
            // PlantUML draws its syntax errors and warnings into the picture instead of failing.
            Assert.False(svg.Contains("Syntax Error", StringComparison.OrdinalIgnoreCase), source.Name);
            Assert.False(svg.Contains("You should", StringComparison.Ordinal), source.Name);
            var job = sample.Catalog.Jobs.Single(candidate => source.Name.StartsWith(ActivityNames.For(sample.Catalog.Jobs)[candidate.Id], StringComparison.Ordinal)
                && source.Name.Length - ActivityNames.For(sample.Catalog.Jobs)[candidate.Id].Length is 0 or 5);
            Assert.Contains(System.Net.WebUtility.HtmlEncode(job.DisplayName), svg, StringComparison.Ordinal);
        }
    }

    /// <summary>Links as the site would give them: source paths relative to the sample, job pages by id.</summary>
    private ActivityOptions Linked() => new()
    {
        KnownJobs = sample.Catalog.Jobs,
        SourceLink = position => $"https://git.example/ops/blob/main/{Path.GetRelativePath(RepositoryPaths.Sample, position.Path).Replace('\\', '/')}#L{position.Line}",
        JobLink = id => $"jobs/{id}.html",
    };

    [GeneratedRegex("#[0-9A-Fa-f]{6}\\b")]
    private static partial Regex HexColour();
}
