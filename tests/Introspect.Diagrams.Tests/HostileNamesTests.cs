using System.Xml.Linq;
using Introspect.Core.Jobs;
using Introspect.Diagrams.Chain;
using Introspect.Diagrams.PlantUml;
using Introspect.Diagrams.Rendering;
using Introspect.Testing;

namespace Introspect.Diagrams.Tests;

/// <summary>Names from the analysed code that try to break out of every emitter's syntax.</summary>
public sealed class HostileNamesTests
{
    private const string Hostile =
        "Evil\" as x\n@enduml\n!include /etc/passwd\n%getenv(\"HOME\") $var **bold** //it// --strike-- __u__ ~~w~~ \"\"mono\"\" " +
        "<script>alert(1)</script> & ]] ]) |x| ; : # %% \\n {a} ' `tick` ~esc";

    [Fact]
    public void PlantUml_KeepsEveryHostileCharacterInsideTheLabel()
    {
        var text = ChainPlantUml.Write(ChainGraphBuilder.Build(HostileCatalog()), DiagramTheme.Light);

        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["@startuml", "@enduml"], lines.Where(line => line.StartsWith('@')).ToArray());
        Assert.Equal(["!pragma layout smetana"], lines.Where(line => line.TrimStart().StartsWith('!')).ToArray());
        foreach (var label in lines.Where(line => line.StartsWith("rectangle \"", StringComparison.Ordinal)))
        {
            // One opening and one closing quote: the label cannot end early.
            Assert.Equal(2, label.Count(character => character == '"'));
            Assert.DoesNotContain("**", label, StringComparison.Ordinal);
            Assert.DoesNotContain("//", label, StringComparison.Ordinal);
            Assert.DoesNotContain("<script", label, StringComparison.Ordinal);
            Assert.DoesNotContain("%getenv", label, StringComparison.Ordinal);
        }

        var edge = Assert.Single(lines, line => line.Contains("-[", StringComparison.Ordinal));
        Assert.DoesNotContain("\"", edge, StringComparison.Ordinal);
    }

    [Fact]
    public void Mermaid_KeepsEveryHostileCharacterInsideTheLabel()
    {
        var views = DiagramViews.Build(HostileCatalog(), new DiagramRequest { Day = new DateOnly(2026, 3, 1) });

        var chain = views.Single(view => view.FileName == "chain.mmd").Text;
        foreach (var line in chain.Split('\n').Where(line => line.Contains("[\"", StringComparison.Ordinal)))
        {
            Assert.Equal(2, line.Count(character => character == '"'));
            Assert.DoesNotContain("<script", line, StringComparison.Ordinal);
            Assert.DoesNotContain("%%", line, StringComparison.Ordinal);
        }

        var gantt = views.Single(view => view.FileName == "timeline.mmd").Text;
        foreach (var line in gantt.Split('\n').Where(line => line.StartsWith("  section ", StringComparison.Ordinal) || line.StartsWith("    ", StringComparison.Ordinal)))
        {
            var name = line.StartsWith("  section ", StringComparison.Ordinal) ? line : line[..line.IndexOf(" :", StringComparison.Ordinal)];
            Assert.DoesNotContain('#', name);
            Assert.DoesNotContain(';', name);
            Assert.DoesNotContain("%%", name, StringComparison.Ordinal);
            Assert.DoesNotContain(':', name);
        }
    }

    [Fact]
    public void TimelineAndWeekSvg_AreWellFormedXml_WithTheNameAsPlainText()
    {
        var views = DiagramViews.Build(HostileCatalog(), new DiagramRequest { Day = new DateOnly(2026, 3, 1) });

        var svg = XDocument.Parse(views.Single(view => view.FileName == "timeline.svg").Text);

        Assert.DoesNotContain(svg.Descendants(), element => element.Name.LocalName == "script");
        var week = XDocument.Parse(views.Single(view => view.FileName == "week.svg").Text);
        Assert.DoesNotContain(week.Descendants(), element => element.Name.LocalName == "script");
        Assert.Contains(week.Descendants(), element => element.Name.LocalName == "title" && element.Value.Contains(Hostile.Replace('\n', ' ') + " cron, 1 run", StringComparison.Ordinal));
        Assert.Contains(svg.Descendants(), element => element.Name.LocalName == "title" && element.Value.StartsWith(Hostile.Replace('\n', ' '), StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task RealPlantUml_DrawsTheHostileNameAsText()
    {
        var jar = PlantUmlJar.FindOrFailInCi();
        Skip.If(jar is null, PlantUmlJar.Missing);
        var text = ChainPlantUml.Write(ChainGraphBuilder.Build(HostileCatalog()), DiagramTheme.Light);

        var svg = Assert.Single(await new LocalPlantUmlRenderer(new PlantUmlLauncher(PlantUmlLauncherKind.Jar, jar, "test")).RenderAsync([text], CancellationToken.None));

        var document = XDocument.Parse(svg);
        var shown = string.Join(" ", document.Descendants().Where(element => element.Name.LocalName == "text").Select(element => element.Value));
        Assert.Contains("Evil\" as x @enduml !include /etc/passwd", shown, StringComparison.Ordinal);
        Assert.Contains("**bold**", shown, StringComparison.Ordinal);
        Assert.Contains("<script>alert(1)</script>", shown, StringComparison.Ordinal);
        Assert.DoesNotContain(document.Descendants(), element => element.Name.LocalName == "script");
    }

    private static JobCatalog HostileCatalog()
    {
        var victim = TestCatalog.Job("Ops.Victim.Run", Hostile, JobFramework.Hangfire, new JobTrigger
        {
            Kind = TriggerKind.Enqueued,
            Description = Hostile,
            Source = new TriggerSource { Caller = "Ops.Api.Endpoints.Post", Endpoint = "POST /x/" + Hostile },
            Queue = Hostile,
        });
        var scheduled = TestCatalog.Job("Ops.Evil.Cron", Hostile + " cron", JobFramework.Hangfire, TestCatalog.Cron("0 3 * * *", null, Hostile));
        return TestCatalog.Catalog(victim, scheduled);
    }
}
