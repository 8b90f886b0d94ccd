using System.Xml.Linq;
using Introspect.Core.Jobs;
using Introspect.Core.Jobs.Process;
using Introspect.Diagrams.Timeline;

namespace Introspect.Diagrams.Tests;

/// <summary>Red on the timeline where two jobs that write the same resource fire in the same minute, and nowhere else.</summary>
public sealed class TimelineClashTests
{
    private static readonly DiagramRequest s_request = new() { Day = new DateOnly(2026, 3, 1), Chain = false, Resources = false };

    [Fact]
    public void TwoWritersInTheSameMinute_AreRed_WithTheResourceNamed()
    {
        var views = Build(
            CronJob("Ops.A.Run", "0 3 * * *").Touching((EffectKind.Database, "Orders", EffectAccess.Write)),
            CronJob("Ops.B.Run", "0 3 * * *").Touching((EffectKind.Database, "Orders", EffectAccess.ReadWrite)));

        var clashTicks = ClashTicks(views);
        Assert.Equal(2, clashTicks.Count);
        Assert.All(clashTicks, tick => Assert.Equal(DiagramTheme.Light.Clash, tick.Fill));
        Assert.Contains(clashTicks, tick => tick.Title == "03:00 A: fires in the same minute as B; both write Orders");
        Assert.Contains(Texts(views), text => text == "Clash: A, B write Orders and fire together at 03:00.");
        var gantt = views.Single(view => view.FileName == "timeline.mmd").Text;
        Assert.Equal(2, gantt.Split('\n').Count(line => line == "    03h00 clash on Orders :crit, milestone, 03:00, 0m"));
    }

    [Fact]
    public void SameMinute_DisjointResources_IsNotRed()
    {
        var views = Build(
            CronJob("Ops.A.Run", "0 3 * * *").Touching((EffectKind.Database, "Orders", EffectAccess.Write)),
            CronJob("Ops.B.Run", "0 3 * * *").Touching((EffectKind.Database, "Invoices", EffectAccess.Write)));

        AssertNoClash(views);
    }

    [Fact]
    public void SameMinute_WriterAndReader_IsNotRed()
    {
        var views = Build(
            CronJob("Ops.A.Run", "0 3 * * *").Touching((EffectKind.Database, "Orders", EffectAccess.Write)),
            CronJob("Ops.B.Run", "0 3 * * *").Touching((EffectKind.Database, "Orders", EffectAccess.Read)));

        AssertNoClash(views);
    }

    [Fact]
    public void WritersAtDifferentMinutes_AreNotRed()
    {
        var views = Build(
            CronJob("Ops.A.Run", "0 3 * * *").Touching((EffectKind.Database, "Orders", EffectAccess.Write)),
            CronJob("Ops.B.Run", "1 3 * * *").Touching((EffectKind.Database, "Orders", EffectAccess.Write)));

        AssertNoClash(views);
    }

    [Fact]
    public void OneJobWithTwoTriggersInTheSameMinute_IsNotAClash()
    {
        var job = TestCatalog.Job("Ops.A.Run", "A", JobFramework.Hangfire, TestCatalog.Cron("0 3 * * *", null, "at 03:00"), TestCatalog.Cron("0 3 * * 0", null, "Sundays at 03:00"))
            .Touching((EffectKind.Database, "Orders", EffectAccess.Write));

        AssertNoClash(Build(job));
    }

    [Fact]
    public void EverySecondsBand_OverlappingAWritersFire_IsRedInsideTheBand()
    {
        var loop = TestCatalog.Job("Ops.Loop.Run", "Loop", JobFramework.HostedService, Interval(TimeSpan.FromSeconds(30)))
            .Touching((EffectKind.Http, "api.example.com", EffectAccess.Write));
        var views = Build(loop, CronJob("Ops.B.Run", "15 4 * * *").Touching((EffectKind.Http, "api.example.com", EffectAccess.Write)));

        var svg = XDocument.Parse(views.Single(view => view.FileName == "timeline.svg").Text);
        var band = Assert.Single(svg.Descendants(), element => element.Attribute("class")?.Value == "clash");
        Assert.Equal("04:15-04:16: fires in the same minute as B; both write api.example.com", band.Elements().First().Value);
        Assert.Equal(DiagramTheme.Light.Clash, band.Elements().Last().Attribute("fill")!.Value);
        Assert.Contains("    clash on api.example.com :crit, 04:15, 1m\n", views.Single(view => view.FileName == "timeline.mmd").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void FiveMinuteInterval_HasNoKnownMinutes_SoNoClash()
    {
        // When a 5-minute interval fires depends on when the application started: it cannot be said to meet a cron fire.
        var loop = TestCatalog.Job("Ops.Loop.Run", "Loop", JobFramework.HostedService, Interval(TimeSpan.FromMinutes(5)))
            .Touching((EffectKind.Http, "api.example.com", EffectAccess.Write));

        AssertNoClash(Build(loop, CronJob("Ops.B.Run", "15 4 * * *").Touching((EffectKind.Http, "api.example.com", EffectAccess.Write))));
    }

    [Fact]
    public void DarkTheme_UsesTheDarkClashColour()
    {
        var views = DiagramViews.Build(
            TestCatalog.Catalog(
                CronJob("Ops.A.Run", "0 3 * * *").Touching((EffectKind.File, "/tmp/x", EffectAccess.Write)),
                CronJob("Ops.B.Run", "0 3 * * *").Touching((EffectKind.File, "/tmp/x", EffectAccess.Write))),
            s_request with { Theme = DiagramTheme.Dark });

        Assert.All(ClashTicks(views, "timeline.dark.svg"), tick => Assert.Equal(DiagramTheme.Dark.Clash, tick.Fill));
    }

    private static void AssertNoClash(IReadOnlyList<DiagramSource> views)
    {
        Assert.Empty(ClashTicks(views));
        var svg = views.Single(view => view.FileName == "timeline.svg").Text;
        Assert.DoesNotContain("class=\"clash", svg, StringComparison.Ordinal);
        Assert.DoesNotContain(DiagramTheme.Light.Clash, svg, StringComparison.Ordinal);
        Assert.DoesNotContain("clash on", views.Single(view => view.FileName == "timeline.mmd").Text, StringComparison.Ordinal);
    }

    private static IReadOnlyList<DiagramSource> Build(params Job[] jobs) => DiagramViews.Build(TestCatalog.Catalog(jobs), s_request);

    private static List<(string Title, string Fill)> ClashTicks(IReadOnlyList<DiagramSource> views, string file = "timeline.svg") =>
    [
        .. XDocument.Parse(views.Single(view => view.FileName == file).Text).Descendants()
            .Where(element => element.Attribute("class")?.Value == "tick clash")
            .Select(element => (element.Elements().First().Value, element.Elements().Last().Attribute("fill")!.Value)),
    ];

    private static List<string> Texts(IReadOnlyList<DiagramSource> views) =>
        [.. XDocument.Parse(views.Single(view => view.FileName == "timeline.svg").Text).Descendants().Where(element => element.Name.LocalName == "text").Select(element => element.Value)];

    private static Job CronJob(string id, string cron) => TestCatalog.Job(id, id.Split('.')[1], JobFramework.Hangfire, TestCatalog.Cron(cron, "UTC", "cron " + cron));

    private static JobTrigger Interval(TimeSpan interval) => new()
    {
        Kind = TriggerKind.Interval,
        Description = "every " + interval,
        Interval = interval,
        Mechanism = "PeriodicTimer",
    };
}
