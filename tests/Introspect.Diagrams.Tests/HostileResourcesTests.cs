using System.Text.RegularExpressions;
using System.Xml.Linq;
using Introspect.Core.Jobs;
using Introspect.Core.Jobs.Process;
using Introspect.Diagrams.Markdown;
using Introspect.Diagrams.PlantUml;
using Introspect.Diagrams.Resources;
using Introspect.Testing;

namespace Introspect.Diagrams.Tests;

/// <summary>Resource and job names, and file paths in links, that try to break out of every resources emitter's syntax.</summary>
public sealed partial class HostileResourcesTests
{
    private const string Hostile =
        "Evil\" as x\n@enduml\n!include /etc/passwd\n%getenv(\"HOME\") $var **bold** //it// --strike-- __u__ ~~w~~ \"\"mono\"\" " +
        "<script>alert(1)</script> & ]] ]) |x| ; : # %% \\n {a} ' `tick` ~esc [[javascript:alert(1)]]";

    private static readonly DiagramRequest s_request = new()
    {
        Day = new DateOnly(2026, 3, 1),
        Links = SourceLinks.FromBase("https://code.example.com/r", "/", out _),
    };

    [Fact]
    public void PlantUml_KeepsTheNamesInsideTheirQuotes_AndTheLinksInsideTheirBrackets()
    {
        var text = View("resources.puml");

        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["@startuml", "@enduml"], lines.Where(line => line.StartsWith('@')).ToArray());
        Assert.Equal(["!pragma layout smetana"], lines.Where(line => line.TrimStart().StartsWith('!')).ToArray());
        var shapes = lines.Where(line => Shape().IsMatch(line)).ToList();
        Assert.NotEmpty(shapes);
        foreach (var line in shapes)
        {
            Assert.Equal(2, line.Count(character => character == '"'));
            Assert.DoesNotContain("**", line, StringComparison.Ordinal);
            Assert.DoesNotContain("<script", line, StringComparison.Ordinal);
            Assert.DoesNotContain("[[javascript", line, StringComparison.Ordinal);
            Assert.True(line.Count(character => character == '[') <= 2, line);
        }
    }

    [Fact]
    public void Mermaid_KeepsTheNamesInsideTheirQuotes_AndTheLinksInsideTheirQuotes()
    {
        var text = View("resources.mmd");

        foreach (var line in text.Split('\n').Where(line => line.Contains('"', StringComparison.Ordinal) && !line.StartsWith("title", StringComparison.Ordinal)))
        {
            Assert.True(line.Count(character => character == '"') is 2 or 4, line);
            Assert.DoesNotContain("<script", line, StringComparison.Ordinal);
            Assert.DoesNotContain("%%", line, StringComparison.Ordinal);
        }

        var clicks = text.Split('\n').Where(line => line.StartsWith("  click ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, clicks.Count);
        Assert.All(clicks, click => Assert.Matches("^  click j_\\w+ href \"https://code\\.example\\.com/r/[A-Za-z0-9%/._~-]+#L10\" _blank$", click));
    }

    [Fact]
    public void MatrixSvg_IsWellFormed_WithTheNameAsPlainText_AndSafeLinks()
    {
        var svg = XDocument.Parse(View("resources-matrix.svg"));

        Assert.DoesNotContain(svg.Descendants(), element => element.Name.LocalName == "script");
        Assert.Contains(svg.Descendants(), element => element.Name.LocalName == "title" && element.Value.Contains(Hostile.Replace('\n', ' '), StringComparison.Ordinal));
        var links = svg.Descendants().Where(element => element.Name.LocalName == "a").Select(element => element.Attribute("href")!.Value).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.StartsWith("https://code.example.com/r/", link, StringComparison.Ordinal));
    }

    [Fact]
    public void MatrixMarkdown_KeepsEveryRowToItsColumns()
    {
        var rows = View("resources-matrix.md").Split('\n').Where(line => line.StartsWith('|')).ToList();

        // Unescaped pipes delimit the cells: a name cannot add a column.
        var columns = rows.Select(row => UnescapedPipe().Count(row)).Distinct();
        Assert.Single(columns);
        Assert.DoesNotContain(rows, row => row.Contains("<script", StringComparison.Ordinal));
        Assert.Equal("\\[\\[javascript:alert\\(1\\)\\]\\]", MarkdownText.Escape("[[javascript:alert(1)]]"));
    }

    [SkippableFact]
    public async Task RealPlantUml_DrawsTheHostileResourceAsText()
    {
        var jar = PlantUmlJar.FindOrFailInCi();
        Skip.If(jar is null, PlantUmlJar.Missing);

        var svg = Assert.Single(await new LocalPlantUmlRenderer(new PlantUmlLauncher(PlantUmlLauncherKind.Jar, jar, "test")).RenderAsync([View("resources.puml")], CancellationToken.None));

        var document = XDocument.Parse(svg);
        var shown = string.Join(" ", document.Descendants().Where(element => element.Name.LocalName == "text").Select(element => element.Value));
        Assert.Contains("<script>alert(1)</script>", shown, StringComparison.Ordinal);
        Assert.DoesNotContain(document.Descendants(), element => element.Name.LocalName == "script");
        Assert.All(
            document.Descendants().Where(element => element.Name.LocalName == "a").Select(element => element.Attribute("href")!.Value),
            link => Assert.StartsWith("https://code.example.com/r/", link, StringComparison.Ordinal));
    }

    private static string View(string fileName) => DiagramViews.Build(HostileCatalog(), s_request).Single(view => view.FileName == fileName).Text;

    /// <summary>Two jobs with hostile names and paths writing a hostile table, plus enough resources for the matrix.</summary>
    private static JobCatalog HostileCatalog()
    {
        var first = TestCatalog.Job("Ops.Evil.Run", Hostile, JobFramework.Hangfire, TestCatalog.Cron("0 3 * * *", null, Hostile)) with
        {
            Location = new SourceLocation("src/" + Hostile.Replace('\n', ' ').Replace('/', '-') + ".cs", 10),
        };
        var second = TestCatalog.Job("Ops.Other.Run", "Other " + Hostile, JobFramework.Hangfire, TestCatalog.Cron("0 3 * * *", null, "at 03:00"));
        (EffectKind, string, EffectAccess)[] uses = [(EffectKind.Database, Hostile, EffectAccess.Write), .. Enumerable.Range(0, 12).Select(index => (EffectKind.File, $"{Hostile}/{index}", EffectAccess.Read))];
        return TestCatalog.Catalog(first.Touching(uses), second.Touching((EffectKind.Database, Hostile, EffectAccess.Write)));
    }

    [GeneratedRegex("^  (database|cloud|storage|file|node|queue|rectangle) \"")]
    private static partial Regex Shape();

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex UnescapedPipe();
}
